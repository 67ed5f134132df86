import type { DiscountCode } from "@prisma/client";

// What the account page says about the academic discount, from the facts about one reader. Pure.

export type AcademicState =
  /** A code to use at checkout. */
  | { kind: "open-code"; code: DiscountCode }
  /** Their subscription has the discount. */
  | { kind: "discounted"; code: string }
  /** An admin revoked their code: nothing automatic until an admin grants one. */
  | { kind: "withdrawn" }
  /** A qualifying address, no discount yet: a button gets a code, or puts it on their subscription. */
  | { kind: "can-claim"; mailbox: string; subscribed: boolean; expiredCode: string | null }
  /** Every qualifying address backs another account's discount. */
  | { kind: "in-use"; mailbox: string }
  | { kind: "add-address" };

export interface AcademicFacts {
  openCode: DiscountCode | null;
  /** The reader's most recent code, whatever its status. */
  lastCode: DiscountCode | null;
  /** Mailboxes that qualify the reader, best first, and whether another account's discount holds each. */
  mailboxes: { email: string; heldElsewhere: boolean }[];
  /** Their current (live) subscription. */
  subscription: { discountPercentOff: number | null } | undefined;
}

export function academicState({ openCode, lastCode, mailboxes, subscription }: AcademicFacts): AcademicState {
  // A subscriber has no use for a checkout code: an open one is put onto their subscription instead.
  if (openCode && !subscription) return { kind: "open-code", code: openCode };
  if (subscription?.discountPercentOff && lastCode?.status === "redeemed") return { kind: "discounted", code: lastCode.code };
  if (lastCode?.status === "revoked") return { kind: "withdrawn" };
  const free = mailboxes.find((m) => !m.heldElsewhere);
  if (free) {
    const expiredCode = lastCode?.status === "expired" ? lastCode.code : null;
    return { kind: "can-claim", mailbox: free.email, subscribed: subscription !== undefined, expiredCode };
  }
  if (mailboxes[0]) return { kind: "in-use", mailbox: mailboxes[0].email };
  return { kind: "add-address" };
}
