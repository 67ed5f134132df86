import type { Metadata } from "next";
import Link from "next/link";
import { requireRole } from "@/lib/auth/guards";
import { db } from "@/lib/db";
import { ACCESS_STATUSES, isSubscriptionEntitled } from "@/lib/entitlements";
import { getAccessPolicy } from "@/lib/viewer";

export const metadata: Metadata = { title: "Newsroom", robots: { index: false } };

export default async function AdminHomePage() {
  const staff = await requireRole("EDITOR");
  const [readers, candidates, articles, episodes] = await Promise.all([
    db.user.count(),
    db.subscription.findMany({
      where: { status: { in: [...ACCESS_STATUSES] } },
      select: { status: true, currentPeriodEnd: true, cancelAtPeriodEnd: true, pastDueSince: true },
    }),
    db.article.count(),
    db.podcastEpisode.count(),
  ]);
  // Counted by the one access decision: past_due beyond its grace period does not count.
  const policy = getAccessPolicy();
  const subscribers = candidates.filter((subscription) => isSubscriptionEntitled(subscription, policy)).length;
  const stats = [
    ["Readers with an account", readers],
    ["Paying subscriptions", subscribers],
    ["Articles", articles],
    ["Podcast episodes", episodes],
  ] as const;
  return (
    <>
      <h1 className="font-serif text-3xl font-bold">Newsroom</h1>
      <dl className="mt-6 grid gap-4 sm:grid-cols-4">
        {stats.map(([label, value]) => (
          <div key={label} className="rounded border border-neutral-300 bg-white p-4">
            <dt className="text-sm text-muted">{label}</dt>
            <dd className="text-3xl font-bold">{value}</dd>
          </div>
        ))}
      </dl>
      {staff.role === "ADMIN" && (
        <nav aria-label="Admin" className="mt-8">
          <ul className="list-disc pl-6">
            <li>
              <Link href="/admin/discounts" className="underline">
                Academic codes
              </Link>
            </li>
          </ul>
        </nav>
      )}
    </>
  );
}
