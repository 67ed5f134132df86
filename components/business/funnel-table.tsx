import { conversionRate, type FunnelRow } from "@/lib/business/funnel";
import { TableHead } from "@/components/ui/table-head";

const rate = (row: FunnelRow) => {
  const value = conversionRate(row);
  return value === null ? "—" : `${(value * 100).toFixed(1)}%`;
};

function Rows({ caption, rows }: { caption: string; rows: FunnelRow[] }) {
  return (
    <div className="mt-4 overflow-x-auto">
      <table className="w-full bg-white text-left text-sm">
        <caption className="p-2 text-left font-semibold">{caption}</caption>
        <TableHead columns={["Article", "Paywall views", "Pricing clicks", "Checkouts started", "Subscriptions", "Conversion"]} />
        <tbody>
          {rows.length === 0 && (
            <tr>
              <td colSpan={6} className="p-2 text-muted">
                Nothing counted yet.
              </td>
            </tr>
          )}
          {rows.map((row) => (
            <tr key={row.articleId} className="border-b border-neutral-200">
              <th scope="row" className="p-2 font-normal">
                {row.title}
              </th>
              <td className="p-2">{row.impressions}</td>
              <td className="p-2">{row.pricingClicks}</td>
              <td className="p-2">{row.checkoutStarts}</td>
              <td className="p-2">{row.subscriptions}</td>
              <td className="p-2">{rate(row)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** The first-party paywall funnel: aggregate counts only (see lib/business/funnel.ts). */
export function FunnelTable({ rows, top }: { rows: FunnelRow[]; top: FunnelRow[] }) {
  return (
    <>
      <Rows caption="Top converting articles" rows={top} />
      <Rows caption="Most seen paywalls" rows={rows} />
    </>
  );
}
