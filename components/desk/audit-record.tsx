import type { AuditChange } from "@/lib/audit/audit-changes";
import { formatDateTimeIn } from "@/lib/format";

export interface AuditRecordView {
  id: string;
  at: Date;
  action: string;
  subject: string;
  actor: string;
  changes: AuditChange[];
}

/** One audit record: who did what to what, when, and each changed field from before to after. */
export function AuditRecord({ record, timeZone }: { record: AuditRecordView; timeZone: string }) {
  return (
    <li className="rounded border border-neutral-300 bg-white p-3">
      <p className="text-sm text-muted">
        <time dateTime={record.at.toISOString()}>{formatDateTimeIn(record.at, timeZone)}</time>
      </p>
      <p className="mt-1 break-words">
        <span className="font-semibold">{record.actor}</span> · <code className="rounded bg-neutral-100 px-1">{record.action}</code> ·{" "}
        <span className="break-all">{record.subject}</span>
      </p>
      {record.changes.length > 0 && (
        <dl className="mt-2 space-y-1 text-sm">
          {record.changes.map((change) => (
            <div key={change.field} className="flex flex-wrap gap-x-2">
              <dt className="font-semibold">{change.field}:</dt>
              <dd className="break-all">
                {change.before !== undefined && (
                  <del className="bg-red-50 text-red-900" aria-label={`before: ${change.before}`}>
                    {change.before}
                  </del>
                )}
                {change.before !== undefined && change.after !== undefined && <span aria-hidden="true"> → </span>}
                {change.after !== undefined && (
                  <ins className="bg-green-50 text-green-900 no-underline" aria-label={`after: ${change.after}`}>
                    {change.after}
                  </ins>
                )}
              </dd>
            </div>
          ))}
        </dl>
      )}
    </li>
  );
}
