// Desk records are addressed by their cuid ids; anything else never reaches the database. Pure.

export const DESK_ID_PATTERN = /^[a-z0-9]{1,64}$/i;

/** The id a desk form carries in its `id` field, or null when it is missing or malformed. */
export function deskIdOf(form: FormData, field = "id"): string | null {
  const id = form.get(field);
  return typeof id === "string" && DESK_ID_PATTERN.test(id) ? id : null;
}
