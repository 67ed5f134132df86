import type { Metadata } from "next";
import { requireRole } from "@/lib/auth/guards";
import { formatDate } from "@/lib/format";
import { getFeedSharingReport } from "@/lib/podcasts/feed-sharing-report";

export const metadata: Metadata = { title: "Feed sharing", robots: { index: false } };

// Private podcast feeds by how many client addresses used them lately (admins only).
export default async function FeedSharingPage() {
  await requireRole("ADMIN");
  const { windowHours, threshold, rows } = await getFeedSharingReport();
  return (
    <>
      <h1 className="font-serif text-3xl font-bold">Feed sharing</h1>
      <p className="mt-2 text-muted">
        Private podcast feeds used in the last {windowHours} hours, most client addresses first. A feed used from more than {threshold}{" "}
        addresses in that time gets a new address automatically and its subscriber an email.
      </p>
      {rows.length === 0 ? (
        <p className="mt-6">No private feed was used in this time.</p>
      ) : (
        <table className="mt-6 w-full text-left text-sm">
          <thead>
            <tr className="border-b border-neutral-400">
              <th scope="col" className="py-2">
                Subscriber
              </th>
              <th scope="col">Addresses</th>
              <th scope="col">Requests</th>
              <th scope="col">Feed address</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.tokenId} className="border-b border-neutral-200">
                <td className="py-2">{row.email}</td>
                <td>{row.addresses}</td>
                <td>{row.requests}</td>
                <td>
                  {row.revokedAt
                    ? `${row.revokedReason === "shared" ? "Replaced for sharing" : "Replaced by the subscriber"} on ${formatDate(row.revokedAt)}`
                    : `In use since ${formatDate(row.createdAt)}`}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
