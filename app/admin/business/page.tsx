import type { Metadata } from "next";
import Link from "next/link";
import { BarListChart } from "@/components/business/bar-list-chart";
import { BriefAudienceReport } from "@/components/business/brief-audience-report";
import { FunnelTable } from "@/components/business/funnel-table";
import { ReconciliationReport } from "@/components/business/reconciliation-report";
import { StatList } from "@/components/business/stat-list";
import { WeeklyChart } from "@/components/business/weekly-chart";
import { requireRole } from "@/lib/auth/guards";
import { FUNNEL_DAYS, loadBusiness } from "@/lib/business/load-business";
import { formatMoney } from "@/lib/format";
import { TableHead } from "@/components/ui/table-head";

export const metadata: Metadata = { title: "Business", robots: { index: false } };

const percent = (share: number | null) => (share === null ? "—" : `${(share * 100).toFixed(1)}%`);

// Server-rendered only: no client component, so the page ships no JavaScript of its own.
export default async function BusinessPage() {
  await requireRole("ADMIN");
  const figures = await loadBusiness();
  const money = (cents: number) => formatMoney(Math.round(cents), figures.currency);
  const counted = figures.plans.reduce((sum, p) => sum + Object.values(p.counts).reduce((a, b) => a + b, 0), 0);
  return (
    <>
      <h1 className="font-serif text-3xl font-bold">Business</h1>
      <p className="mt-2 text-sm text-muted">
        From our own subscription mirror, as of {figures.now.toUTCString()}.{" "}
        <Link href="/admin/business/subscribers" prefetch={false} className="underline">
          Subscribers
        </Link>
      </p>
      <StatList
        label="Headline figures"
        stats={[
          ["Monthly recurring revenue", money(figures.mrr)],
          ["Annual run rate", money(figures.arr)],
          ["Subscribers", String(counted)],
          ["Churn, last 30 days", percent(figures.churn)],
        ]}
      />

      <h2 className="mt-10 font-serif text-2xl font-bold">By plan and status</h2>
      <div className="mt-4 overflow-x-auto">
        <table className="w-full bg-white text-left text-sm">
          <TableHead columns={["Plan", "Active", "Trialing", "Past due (in grace)", "Canceling", "MRR"]} />
          <tbody>
            {figures.plans.map((plan) => (
              <tr key={plan.planSlug} className="border-b border-neutral-200">
                <th scope="row" className="p-2">
                  {plan.planName}
                </th>
                <td className="p-2">{plan.counts.active}</td>
                <td className="p-2">{plan.counts.trialing}</td>
                <td className="p-2">{plan.counts["past-due-in-grace"]}</td>
                <td className="p-2">{plan.counts.canceling}</td>
                <td className="p-2">{money(plan.mrr)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div className="mt-6 grid gap-6 lg:grid-cols-2">
        <BarListChart
          id="mrr-by-plan"
          title="MRR by plan"
          valueHeading="MRR"
          bars={figures.plans.map((p) => ({ label: p.planName, value: p.mrr, display: money(p.mrr) }))}
        />
        <BarListChart
          id="revenue-by-region"
          title="MRR by region of the article readers subscribed from"
          valueHeading="MRR"
          bars={figures.regions.map((r) => ({ label: r.region, value: r.mrr, display: `${money(r.mrr)} (${r.subscribers})` }))}
        />
      </div>

      <h2 className="mt-10 font-serif text-2xl font-bold">Movement</h2>
      <div className="mt-4">
        <WeeklyChart weeks={figures.weeks} />
      </div>

      <h2 className="mt-10 font-serif text-2xl font-bold">Students and teachers</h2>
      <StatList
        label="Academic discount"
        stats={[
          ["Codes issued", String(figures.academic.codesIssued)],
          ["Codes redeemed", String(figures.academic.codesRedeemed)],
          ["Active academic subscribers", String(figures.academic.activeStudents)],
          ["Their share of MRR", percent(figures.academic.revenueShare)],
        ]}
      />

      <h2 className="mt-10 font-serif text-2xl font-bold">Daily Brief</h2>
      <BriefAudienceReport audience={figures.brief} />

      <h2 className="mt-10 font-serif text-2xl font-bold">Paywall, last {FUNNEL_DAYS} days</h2>
      <FunnelTable rows={figures.funnel} top={figures.topConverting} />

      <h2 className="mt-10 font-serif text-2xl font-bold">Mirror check</h2>
      <ReconciliationReport run={figures.reconciliation} />
    </>
  );
}
