import { StatList } from "@/components/business/stat-list";
import { TableHead } from "@/components/ui/table-head";
import type { BriefAudience, DeliveryCounts } from "@/lib/business/brief-audience";
import { formatDate } from "@/lib/format";

// The Daily Brief's audience: who takes it now, and what went out to them.

const cells = (counts: DeliveryCounts) => [counts.sent, counts.failed, counts.pending, counts.canceled];

export function BriefAudienceReport({ audience }: { audience: BriefAudience }) {
  const { optedIn, lastBrief, windows } = audience;
  const rows: Array<{ label: string; values: number[]; unsubscribed: number | null }> = [
    ...(lastBrief ? [{ label: `Last brief (${formatDate(lastBrief.date)})`, values: cells(lastBrief), unsubscribed: null }] : []),
    ...windows.map((w) => ({ label: `Briefs of the last ${w.days} days`, values: cells(w), unsubscribed: w.unsubscribed })),
  ];
  return (
    <>
      <StatList
        label="Brief readers"
        stats={[
          ["Opted in", String(optedIn.full + optedIn.free)],
          ["Full edition (subscribers, staff)", String(optedIn.full)],
          ["Free edition", String(optedIn.free)],
        ]}
      />
      <div className="mt-4 overflow-x-auto">
        <table aria-label="Brief deliveries" className="w-full bg-white text-left text-sm">
          <TableHead columns={["Briefs", "Sent", "Failed", "Still to send", "Canceled", "Unsubscribed"]} />
          <tbody>
            {rows.map((row) => (
              <tr key={row.label} className="border-b border-neutral-200">
                <th scope="row" className="p-2">
                  {row.label}
                </th>
                {row.values.map((value, i) => (
                  <td key={i} className="p-2">
                    {value}
                  </td>
                ))}
                <td className="p-2">{row.unsubscribed ?? "—"}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
