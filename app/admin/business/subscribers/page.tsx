import type { Metadata } from "next";
import Link from "next/link";
import { Button } from "@/components/ui/button";
import { SelectField, TextField } from "@/components/ui/field";
import { requireRole } from "@/lib/auth/guards";
import { filterQuery, parseSubscriberFilter } from "@/lib/business/subscriber-filter";
import { listSubscribers } from "@/lib/business/subscriber-list";
import { formatDate } from "@/lib/format";
import { TableHead } from "@/components/ui/table-head";

export const metadata: Metadata = { title: "Subscribers", robots: { index: false } };

const STATUS_OPTIONS = ["active", "trialing", "past_due", "canceled", "unpaid", "paused", "incomplete", "incomplete_expired"];

interface Props {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

// A plain GET form and links: the table works without JavaScript.
export default async function SubscribersPage({ searchParams }: Props) {
  await requireRole("ADMIN");
  const filter = parseSubscriberFilter(await searchParams);
  const { rows, total, plans, pageCount } = await listSubscribers(filter);
  const query = filterQuery(filter);
  const pageHref = (page: number) => `/admin/business/subscribers?${query}${query ? "&" : ""}page=${page}`;
  return (
    <>
      <h1 className="font-serif text-3xl font-bold">Subscribers</h1>
      <p className="mt-2 text-sm">
        <Link href="/admin/business" prefetch={false} className="underline">
          Business
        </Link>{" "}
        · {total} matching ·{" "}
        <a href={`/admin/business/subscribers/export${query ? `?${query}` : ""}`} className="underline">
          Download CSV
        </a>
      </p>
      <form method="get" action="/admin/business/subscribers" className="mt-6 grid gap-4 sm:grid-cols-5 sm:items-end">
        <TextField name="q" label="Email contains" type="search" defaultValue={filter.q} />
        <SelectField
          name="plan"
          label="Plan"
          defaultValue={filter.plan ?? ""}
          options={[{ value: "", label: "Any" }, ...plans.map((p) => ({ value: p.slug, label: p.name }))]}
        />
        <SelectField
          name="status"
          label="Status"
          defaultValue={filter.status ?? ""}
          options={[{ value: "", label: "Any" }, ...STATUS_OPTIONS.map((s) => ({ value: s, label: s.replace("_", " ") }))]}
        />
        <SelectField
          name="academic"
          label="Academic"
          defaultValue={filter.academic ?? ""}
          options={[
            { value: "", label: "Any" },
            { value: "yes", label: "Academic" },
            { value: "no", label: "Not academic" },
          ]}
        />
        <Button>Filter</Button>
      </form>
      <div className="mt-6 overflow-x-auto">
        <table className="w-full bg-white text-left text-sm">
          <TableHead columns={["Email", "Plan", "Status", "Renews or ends", "Code", "Since"]} />
          <tbody>
            {rows.map((row) => (
              <tr key={row.id} className="border-b border-neutral-200">
                <th scope="row" className="p-2 font-normal">
                  {row.user.email}
                </th>
                <td className="p-2">{row.plan.name}</td>
                <td className="p-2">
                  {row.status.replace("_", " ")}
                  {row.cancelAtPeriodEnd && row.status !== "canceled" ? " (canceling)" : ""}
                </td>
                <td className="p-2">{formatDate(row.currentPeriodEnd)}</td>
                <td className="p-2 font-mono">{row.discountCode ?? ""}</td>
                <td className="p-2">{formatDate(row.createdAt)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <nav aria-label="Pages" className="mt-4 flex gap-4 text-sm">
        {filter.page > 1 && (
          <Link href={pageHref(filter.page - 1)} prefetch={false} className="underline">
            Previous
          </Link>
        )}
        <span>
          Page {Math.min(filter.page, pageCount)} of {pageCount}
        </span>
        {filter.page < pageCount && (
          <Link href={pageHref(filter.page + 1)} prefetch={false} className="underline">
            Next
          </Link>
        )}
      </nav>
    </>
  );
}
