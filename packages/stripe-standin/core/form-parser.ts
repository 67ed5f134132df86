/**
 * Decodes Stripe's form encoding (`a[b][0][c]=x`, `expand[]=y`) into nested objects/arrays.
 * The SDK sends indexed arrays (`expand[0]=...`) while curl users often write `expand[]=...`;
 * both end up as arrays. Values stay strings: zod schemas coerce them per field.
 */
export type FormValue = string | FormValue[] | { [key: string]: FormValue };
export type FormObject = { [key: string]: FormValue };

function splitKey(key: string): string[] | null {
  const first = key.indexOf("[");
  if (first === -1) return [key];
  const parts = [key.slice(0, first)];
  const rest = key.slice(first);
  const re = /\[([^\]]*)\]/g;
  let consumed = 0;
  for (const m of rest.matchAll(re)) {
    if (m.index !== consumed) return null;
    parts.push(m[1] ?? "");
    consumed = m.index + m[0].length;
  }
  return consumed === rest.length ? parts : null;
}

/** Objects whose keys are all indexes become arrays ordered by index. */
function normalize(value: FormValue): FormValue {
  if (typeof value === "string" || Array.isArray(value)) return value;
  const keys = Object.keys(value);
  const normalized: FormObject = {};
  for (const k of keys) normalized[k] = normalize(value[k] as FormValue);
  if (keys.length > 0 && keys.every((k) => /^\d+$/.test(k))) {
    return keys.sort((a, b) => Number(a) - Number(b)).map((k) => normalized[k] as FormValue);
  }
  return normalized;
}

export function parseForm(body: string): FormObject {
  const root: FormObject = {};
  let appendCounter = 0;
  for (const [rawKey, value] of new URLSearchParams(body)) {
    const parts = splitKey(rawKey);
    if (!parts || parts[0] === "") continue;
    let node: FormObject = root;
    parts.forEach((part, i) => {
      // `[]` appends: give it a unique numeric key so normalize() turns it into an array slot.
      const key = part === "" ? String(1_000_000 + appendCounter++) : part;
      const last = i === parts.length - 1;
      if (last) {
        node[key] = value;
        return;
      }
      const existing = node[key];
      if (existing === undefined || typeof existing === "string" || Array.isArray(existing)) node[key] = {};
      node = node[key] as FormObject;
    });
  }
  return normalize(root) as FormObject;
}
