import type { Metadata } from "next";
import type { DiscountCode } from "@prisma/client";
import { requireRole } from "@/lib/auth/guards";
import { DISCOUNT_CODE_PATTERN } from "@/lib/discounts/discount-code";
import { listCodes } from "@/lib/discounts/staff";
import { formatDate } from "@/lib/format";
import { pageMessage } from "@/lib/page-messages";
import { grantCode, revokeCode } from "./actions";
import { ADMIN_ERRORS, ADMIN_NOTICES } from "./messages";

export const metadata: Metadata = { title: "Academic codes", robots: { index: false } };

interface Props {
  searchParams: Promise<{ notice?: string | string[]; code?: string | string[]; error?: string | string[] }>;
}

/** Revocable while it can still be redeemed, or while its discount is on a subscription. */
const revocable = (c: DiscountCode) => c.status === "issued" || (c.status === "redeemed" && !c.discountRemovedAt);

const statusLabel = (c: DiscountCode) => (c.status === "redeemed" && c.discountRemovedAt ? "redeemed, discount ended" : c.status);

export default async function DiscountCodesPage({ searchParams }: Props) {
  await requireRole("ADMIN");
  const [params, codes] = await Promise.all([searchParams, listCodes()]);
  const code = typeof params.code === "string" && DISCOUNT_CODE_PATTERN.test(params.code) ? params.code : null;
  const notice = code ? pageMessage(ADMIN_NOTICES, params.notice)?.(code) : undefined;
  const error = pageMessage(ADMIN_ERRORS, params.error);
  return (
    <>
      <h1 className="font-serif text-3xl font-bold">Academic codes</h1>
      {notice && (
        <p role="status" className="mt-4 rounded border border-green-700 bg-green-50 p-3">
          {notice}
        </p>
      )}
      {error && (
        <p role="alert" className="mt-4 rounded border border-red-700 bg-red-50 p-3">
          {error}
        </p>
      )}

      <section aria-labelledby="grant-heading" className="mt-6 rounded border border-neutral-300 bg-white p-4">
        <h2 id="grant-heading" className="font-semibold">
          Grant a code by hand
        </h2>
        <p className="text-sm text-muted">For a student or teacher whose institution our list doesn’t know. Logged with your name.</p>
        <form action={grantCode} className="mt-3 flex flex-wrap items-end gap-3">
          <div>
            <label htmlFor="grant-email" className="block text-sm font-semibold">
              Reader’s email
            </label>
            <input id="grant-email" name="email" type="email" required className="mt-1 rounded border border-neutral-400 px-3 py-2" />
          </div>
          <div>
            <label htmlFor="grant-note" className="block text-sm font-semibold">
              Why (for the log)
            </label>
            <input id="grant-note" name="note" maxLength={500} className="mt-1 rounded border border-neutral-400 px-3 py-2" />
          </div>
          <button type="submit" className="rounded bg-ink px-4 py-2 font-semibold text-paper">
            Grant code
          </button>
        </form>
      </section>

      <div className="mt-6 overflow-x-auto">
        <table className="w-full text-left text-sm">
          <caption className="sr-only">Issued academic codes, newest first</caption>
          <thead>
            <tr className="border-b">
              <th scope="col" className="py-2">
                Code
              </th>
              <th scope="col">Reader</th>
              <th scope="col">Domain</th>
              <th scope="col">Status</th>
              <th scope="col">Issued</th>
              <th scope="col">Expires / redeemed</th>
              <th scope="col">
                <span className="sr-only">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {codes.map((c) => (
              <tr key={c.id} className="border-b border-neutral-200">
                <td className="py-2 font-mono">{c.code}</td>
                <td>{c.user.email}</td>
                <td>
                  {c.domain}
                  {c.grantedById ? " (by hand)" : ""}
                </td>
                <td>{statusLabel(c)}</td>
                <td>{formatDate(c.issuedAt)}</td>
                <td>{c.redeemedAt ? `redeemed ${formatDate(c.redeemedAt)}` : formatDate(c.expiresAt)}</td>
                <td>
                  {revocable(c) && (
                    <form action={revokeCode}>
                      <input type="hidden" name="codeId" value={c.id} />
                      <button type="submit" className="underline" aria-label={`Revoke ${c.code}`}>
                        Revoke
                      </button>
                    </form>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
