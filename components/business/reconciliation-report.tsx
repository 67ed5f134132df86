import type { ReconciliationRun } from "@prisma/client";
import type { Difference } from "@/lib/business/reconcile-diff";
import { TableHead } from "@/components/ui/table-head";

/** The last nightly comparison of the subscription mirror with Stripe. */
export function ReconciliationReport({ run }: { run: ReconciliationRun | null }) {
  if (!run) return <p className="mt-4 text-sm text-muted">The nightly check has not run yet.</p>;
  const differences = run.differences as unknown as Difference[];
  return (
    <div className="mt-4 text-sm">
      <p>
        Last run {run.startedAt.toUTCString()}: {run.checked} subscriptions compared,{" "}
        <strong>{differences.length === 0 ? "no differences" : `${differences.length} differences`}</strong>.
      </p>
      {differences.length > 0 && (
        <div className="mt-2 overflow-x-auto">
          <table className="w-full bg-white text-left">
            <TableHead columns={["Stripe subscription", "Field", "Our mirror", "Stripe"]} />
            <tbody>
              {differences.map((d) => (
                <tr key={`${d.stripeSubscriptionId}-${d.field}`} className="border-b border-neutral-200">
                  <td className="p-2 font-mono">{d.stripeSubscriptionId}</td>
                  <td className="p-2">{d.field}</td>
                  <td className="p-2">{d.mirror}</td>
                  <td className="p-2">{d.stripe}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
