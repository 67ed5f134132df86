import { cardError } from "../core/errors";
import { ID_PREFIX, newId } from "../core/ids";
import type { CardRecord } from "../state/types";

/**
 * Stripe's documented test cards that matter to a subscription app. Any other number that
 * passes the Luhn check is refused the way Stripe test mode refuses real (live) cards.
 */
type CardBehaviour =
  | { kind: "ok"; brand: string }
  | { kind: "fails_renewals"; brand: string }
  | { kind: "decline"; message: string; code: string; declineCode?: string };

const TEST_CARDS: Record<string, CardBehaviour> = {
  "4242424242424242": { kind: "ok", brand: "visa" },
  "4000056655665556": { kind: "ok", brand: "visa" },
  "5555555555554444": { kind: "ok", brand: "mastercard" },
  "378282246310005": { kind: "ok", brand: "amex" },
  // Attaches fine; in this stand-in the first payment succeeds and later renewals fail.
  "4000000000000341": { kind: "fails_renewals", brand: "visa" },
  "4000000000000002": { kind: "decline", message: "Your card was declined.", code: "card_declined", declineCode: "generic_decline" },
  "4000000000009995": {
    kind: "decline",
    message: "Your card has insufficient funds.",
    code: "card_declined",
    declineCode: "insufficient_funds",
  },
  "4000000000009987": { kind: "decline", message: "Your card was declined.", code: "card_declined", declineCode: "lost_card" },
  "4000000000000069": { kind: "decline", message: "Your card has expired.", code: "expired_card" },
  "4000000000000127": { kind: "decline", message: "Your card's security code is incorrect.", code: "incorrect_cvc" },
};

export interface CardInput {
  number: string;
  expiry: string;
  cvc: string;
}

function luhnValid(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}

/** Accepts "MM / YY", "MM/YY" or "MM/YYYY". */
function parseExpiry(expiry: string): { month: number; year: number } | null {
  const m = /^\s*(\d{1,2})\s*\/\s*(\d{2}|\d{4})\s*$/.exec(expiry);
  if (!m) return null;
  const month = Number(m[1]);
  const year = (m[2] as string).length === 2 ? 2000 + Number(m[2]) : Number(m[2]);
  return month >= 1 && month <= 12 ? { month, year } : null;
}

/**
 * Validates a card typed into a hosted page and returns what to store on the customer.
 * Throws a card error (HTTP 402 shape) with Stripe's customer-facing message when refused.
 */
export function acceptCard(input: CardInput, nowUnix: number): CardRecord {
  const digits = input.number.replace(/[\s-]/g, "");
  if (!/^\d{13,19}$/.test(digits) || !luhnValid(digits)) throw cardError("Your card number is incorrect.", "incorrect_number");
  const expiry = parseExpiry(input.expiry);
  if (!expiry) throw cardError("Your card's expiration date is incomplete.", "invalid_expiry_month");
  const now = new Date(nowUnix * 1000);
  const expired = expiry.year < now.getUTCFullYear() || (expiry.year === now.getUTCFullYear() && expiry.month < now.getUTCMonth() + 1);
  if (expired) throw cardError("Your card's expiration year is in the past.", "invalid_expiry_year");
  if (!/^\d{3,4}$/.test(input.cvc.trim())) throw cardError("Your card's security code is incomplete.", "invalid_cvc");

  const behaviour = TEST_CARDS[digits] ?? {
    kind: "decline",
    message: "Your card was declined. Your request was in test mode, but used a non test (live) card.",
    code: "card_declined",
    declineCode: "test_mode_live_card",
  };
  if (behaviour.kind === "decline") throw cardError(behaviour.message, behaviour.code, behaviour.declineCode);
  return {
    id: newId(ID_PREFIX.paymentMethod),
    brand: behaviour.brand,
    last4: digits.slice(-4),
    expMonth: expiry.month,
    expYear: expiry.year,
    failsRenewals: behaviour.kind === "fails_renewals",
  };
}
