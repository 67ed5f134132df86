"use client";

// Authors of the article: a group of checkboxes (works with keyboard, screen readers and on a
// phone), with the selection's errors next to it.

interface Props {
  authors: Array<{ id: string; name: string; location: string }>;
  selected: string[];
  errors?: string[];
  onChange: (ids: string[]) => void;
}

export function AuthorPicker({ authors, selected, errors, onChange }: Props) {
  const toggle = (id: string, on: boolean) => onChange(on ? [...selected, id] : selected.filter((other) => other !== id));
  return (
    <fieldset
      className="rounded border border-neutral-300 p-3"
      aria-describedby={errors?.length ? "authorIds-error" : undefined}
      aria-invalid={errors?.length ? true : undefined}
    >
      <legend className="px-1 font-semibold">Authors</legend>
      {authors.length === 0 ? (
        <p className="text-sm text-muted">No authors yet: add them under Authors.</p>
      ) : (
        <ul className="max-h-48 space-y-1 overflow-y-auto">
          {authors.map((author) => (
            <li key={author.id}>
              <label className="flex items-center gap-2">
                <input
                  type="checkbox"
                  name="authorIds"
                  value={author.id}
                  checked={selected.includes(author.id)}
                  onChange={(event) => toggle(author.id, event.target.checked)}
                  className="h-4 w-4"
                />
                {author.name} <span className="text-sm text-muted">({author.location})</span>
              </label>
            </li>
          ))}
        </ul>
      )}
      {errors?.length ? (
        <p id="authorIds-error" className="mt-1 text-sm font-semibold text-red-800">
          {errors.join(" ")}
        </p>
      ) : null}
    </fieldset>
  );
}
