import type { Metadata } from "next";
import { AuditRecord } from "@/components/desk/audit-record";
import { Pagination } from "@/components/desk/pagination";
import { Button } from "@/components/ui/button";
import { SelectField, TextField } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import { auditSearchSchema, listAuditActions, NO_SEARCH, searchAudit } from "@/lib/audit/audit-search";
import { requireRole } from "@/lib/auth/guards";
import { deskLinks } from "@/lib/desk/desk-links";
import { fieldErrorsOf } from "@/lib/forms/form-state";
import { getPublication } from "@/lib/publication";

export const metadata: Metadata = { title: "Audit log", robots: { index: false } };

interface Props {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

/** The first value of each query parameter (a repeated one is not an array of filters). */
function firstValues(params: Record<string, string | string[] | undefined>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(params).flatMap(([k, v]) => (typeof v === "string" ? [[k, v]] : Array.isArray(v) && v[0] ? [[k, v[0]]] : [])),
  );
}

export default async function AuditLogPage({ searchParams }: Props) {
  await requireRole("ADMIN");
  const values = firstValues(await searchParams);
  const parsed = auditSearchSchema.safeParse(values);
  const search = parsed.success ? parsed.data : NO_SEARCH;
  const errors = parsed.success ? {} : fieldErrorsOf(parsed.error);
  const [{ timeZone }, actions] = await Promise.all([getPublication(), listAuditActions()]);
  const result = parsed.success ? await searchAudit(search, timeZone) : null;
  const { page: _page, ...filters } = search;
  const hrefFor = (page: number) =>
    `${deskLinks.audit}?${new URLSearchParams({ ...Object.fromEntries(Object.entries(filters).filter(([, v]) => v)), page: String(page) })}`;
  return (
    <>
      <h1 className="font-serif text-3xl font-bold">Audit log</h1>
      <p className="mt-1 text-sm text-muted">
        What staff changed, newest first. Days and times are in the publication’s time zone, {timeZone}.
      </p>
      <form
        role="search"
        action={deskLinks.audit}
        className="mt-4 grid gap-3 rounded border border-neutral-300 bg-white p-4 sm:grid-cols-2 lg:grid-cols-3"
      >
        <SelectField
          name="action"
          label="Action"
          defaultValue={values.action ?? ""}
          errors={errors.action}
          options={[{ value: "", label: "Any action" }, ...actions.map((a) => ({ value: a, label: a }))]}
        />
        <TextField name="actor" label="Who (email contains)" defaultValue={values.actor ?? ""} errors={errors.actor} />
        <TextField
          name="subject"
          label="Subject contains"
          hint="An email, or e.g. article:"
          defaultValue={values.subject ?? ""}
          errors={errors.subject}
        />
        <TextField name="from" type="date" label="From (day)" defaultValue={values.from ?? ""} errors={errors.from} />
        <TextField name="to" type="date" label="To (day, included)" defaultValue={values.to ?? ""} errors={errors.to} />
        <div className="flex items-end">
          <Button>Search</Button>
        </div>
      </form>
      {!result ? (
        <div className="mt-4">
          <Notice tone="error">Please correct the search fields marked above.</Notice>
        </div>
      ) : (
        <>
          <p role="status" className="mt-4 text-sm text-muted">
            {result.total === 1 ? "1 record" : `${result.total} records`}.
          </p>
          <ol className="mt-2 space-y-2">
            {result.records.map((record) => (
              <AuditRecord key={record.id} record={record} timeZone={timeZone} />
            ))}
          </ol>
          <Pagination page={search.page} pageCount={result.pageCount} hrefFor={hrefFor} label="Audit log pages" />
        </>
      )}
    </>
  );
}
