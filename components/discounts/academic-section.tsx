import type { AcademicEmail, DiscountCode } from "@prisma/client";
import { addAcademicEmail, requestFreshCode } from "@/app/(site)/account/academic-actions";
import { ACADEMIC_PERCENT_OFF } from "@/lib/discounts/academic-rules";
import { formatDate } from "@/lib/format";

interface Props {
  openCode: DiscountCode | null;
  lastCode: DiscountCode | null;
  qualifiedBy: string | null;
  academicEmails: AcademicEmail[];
  subscribed: boolean;
  notice?: string;
}

/** The account page's academic-discount section: the reader's code and their academic addresses. */
export function AcademicSection({ openCode, lastCode, qualifiedBy, academicEmails, subscribed, notice }: Props) {
  return (
    <section id="academic" aria-labelledby="academic-heading">
      <h2 id="academic-heading" className="font-serif text-xl font-bold">
        Student and teacher discount
      </h2>
      {notice && (
        <p role="status" className="mt-2 rounded border border-green-700 bg-green-50 p-3">
          {notice}
        </p>
      )}
      {openCode ? (
        <p className="mt-2">
          Your personal code <strong className="font-mono">{openCode.code}</strong> takes {ACADEMIC_PERCENT_OFF}% off a monthly or yearly
          plan until {formatDate(openCode.expiresAt)}. It is applied automatically when you subscribe.
        </p>
      ) : lastCode?.status === "redeemed" ? (
        <p className="mt-2">Your academic discount ({lastCode.code}) is applied to your subscription.</p>
      ) : qualifiedBy && !subscribed ? (
        <form action={requestFreshCode} className="mt-2">
          <p>
            {lastCode && lastCode.status !== "revoked"
              ? `Your code ${lastCode.code} expired unused.`
              : `${qualifiedBy} qualifies you for ${ACADEMIC_PERCENT_OFF}% off.`}
          </p>
          <button type="submit" className="mt-2 rounded border border-ink px-4 py-2 font-semibold hover:bg-ink hover:text-paper">
            Get my code
          </button>
        </form>
      ) : (
        <p className="mt-2">
          Students and teachers pay {ACADEMIC_PERCENT_OFF}% less. Add your university or school email address to get a personal code.
        </p>
      )}
      {academicEmails.length > 0 && (
        <ul className="mt-3 list-disc pl-6">
          {academicEmails.map((a) => (
            <li key={a.id}>
              {a.email} — {a.verifiedAt ? `confirmed ${formatDate(a.verifiedAt)}` : "waiting for you to click the link we sent"}
            </li>
          ))}
        </ul>
      )}
      {!qualifiedBy && (
        <form action={addAcademicEmail} className="mt-4 flex flex-wrap items-end gap-3">
          <div>
            <label htmlFor="academicEmail" className="block font-semibold">
              Academic email address
            </label>
            <input
              id="academicEmail"
              name="academicEmail"
              type="email"
              required
              autoComplete="off"
              placeholder="you@university.edu"
              className="mt-1 rounded border border-neutral-400 bg-white px-3 py-2"
            />
          </div>
          <button type="submit" className="rounded border border-ink px-4 py-2 font-semibold hover:bg-ink hover:text-paper">
            Send confirmation link
          </button>
        </form>
      )}
    </section>
  );
}
