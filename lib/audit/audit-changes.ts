// The readable part of an audit record: which fields changed, from what to what. Pure.

export interface AuditChange {
  field: string;
  /** Absent when the field did not exist before (a creation) or after (a removal). */
  before?: string;
  after?: string;
}

type Values = Record<string, unknown> | null | undefined;

const asObject = (value: unknown): Values =>
  value && typeof value === "object" && !Array.isArray(value) ? (value as Record<string, unknown>) : null;

/** A value as an admin reads it: text as it is, anything else as compact JSON. */
export function showValue(value: unknown): string {
  if (typeof value === "string") return value;
  return JSON.stringify(value) ?? "";
}

/** The fields that differ between `before` and `after`, in the order they first appear. */
export function auditChanges(before: unknown, after: unknown): AuditChange[] {
  const was = asObject(before) ?? {};
  const now = asObject(after) ?? {};
  const fields = [...new Set([...Object.keys(was), ...Object.keys(now)])];
  return fields.flatMap((field): AuditChange[] => {
    const hadIt = field in was;
    const hasIt = field in now;
    if (hadIt && hasIt && showValue(was[field]) === showValue(now[field])) return [];
    return [{ field, ...(hadIt ? { before: showValue(was[field]) } : {}), ...(hasIt ? { after: showValue(now[field]) } : {}) }];
  });
}
