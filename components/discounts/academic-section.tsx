import type { AcademicEmail } from "@prisma/client";
import { addAcademicEmail, requestFreshCode } from "@/app/(site)/account/academic-actions";
import { ACADEMIC_PERCENT_OFF } from "@/lib/discounts/academic-rules";
import type { AcademicState } from "@/lib/discounts/academic-state";
import { proofCutoff } from "@/lib/discounts/qualification";
import { formatDate } from "@/lib/format";

interface Props {
  state: AcademicState;
  academicEmails: AcademicEmail[];
  /** A message for this section after an action (fixed copy from a message code). */
  message?: { text: string; tone: "notice" | "error" };
  now: Date;
}

const button = "mt-2 rounded border border-ink px-4 py-2 font-semibold hover:bg-ink hover:text-paper";

/** The account page's academic-discount section: where the reader stands, and their academic addresses. */
export function AcademicSection({ state, academicEmails, message, now }: Props) {
  return (
    <section id="academic" aria-labelledby="academic-heading">
      <h2 id="academic-heading" className="font-serif text-xl font-bold">
        Student and teacher discount
      </h2>
      {message &&
        (message.tone === "notice" ? (
          <p role="status" className="mt-2 rounded border border-green-700 bg-green-50 p-3">
            {message.text}
          </p>
        ) : (
          <p role="alert" className="mt-2 rounded border border-red-700 bg-red-50 p-3 text-red-900">
            {message.text}
          </p>
        ))}
      <Standing state={state} />
      {academicEmails.length > 0 && (
        <ul className="mt-3 list-disc pl-6">
          {academicEmails.map((a) => (
            <li key={a.id}>
              {a.email} — <AddressStatus address={a} now={now} />
            </li>
          ))}
        </ul>
      )}
      {(state.kind === "add-address" || state.kind === "in-use") && (
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

function Standing({ state }: { state: AcademicState }) {
  switch (state.kind) {
    case "open-code":
      return (
        <p className="mt-2">
          Your personal code <strong className="font-mono">{state.code.code}</strong> takes {ACADEMIC_PERCENT_OFF}% off a monthly or yearly
          plan until {formatDate(state.code.expiresAt)}. It is applied automatically when you subscribe.
        </p>
      );
    case "discounted":
      return <p className="mt-2">Your academic discount ({state.code}) is applied to your subscription.</p>;
    case "withdrawn":
      return (
        <p className="mt-2">
          Your academic code was withdrawn by our team. If you think this is a mistake, write to us and we’ll look at it.
        </p>
      );
    case "can-claim":
      return (
        <form action={requestFreshCode} className="mt-2">
          <p>
            {state.expiredCode
              ? `Your code ${state.expiredCode} expired unused.`
              : `${state.mailbox} qualifies you for ${ACADEMIC_PERCENT_OFF}% off.`}
            {state.subscribed ? " You can pay the student price from your next renewal." : ""}
          </p>
          <button type="submit" className={button}>
            {state.subscribed ? "Apply my student price" : "Get my code"}
          </button>
        </form>
      );
    case "in-use":
      return (
        <p className="mt-2">
          {state.mailbox} already backs another account’s academic discount, and one address gives one account a discount at a time. If that
          account is yours, use it; otherwise add a different academic address below.
        </p>
      );
    case "add-address":
      return (
        <p className="mt-2">
          Students and teachers pay {ACADEMIC_PERCENT_OFF}% less. Add your university or school email address to get a personal code.
        </p>
      );
  }
}

function AddressStatus({ address, now }: { address: AcademicEmail; now: Date }) {
  if (address.verifiedAt && address.verifiedAt > proofCutoff(now)) return <>confirmed {formatDate(address.verifiedAt)}</>;
  if (address.verifiedAt) return <>confirmed {formatDate(address.verifiedAt)}, over a year ago: confirm it again</>;
  if (address.verifyTokenExpires && address.verifyTokenExpires > now) return <>waiting for you to click the link we sent</>;
  return <>the link has expired: ask for a new one</>;
}
