import type { DiscountCodeStatus } from "@prisma/client";

// One academic mailbox backs at most one account's discount at a time. A code holds its mailbox
// from issue until that discount is over; this is the rule for "over". Pure.

export interface MailboxHoldingCode {
  status: DiscountCodeStatus;
  expiresAt: Date;
  discountRemovedAt: Date | null;
}

/**
 * Whether a code still holds its mailbox. `onLiveSubscription`: a subscription that has not
 * ended carries this code's discount (only asked for redeemed codes).
 */
export function holdsMailbox(code: MailboxHoldingCode, onLiveSubscription: boolean, now: Date): boolean {
  switch (code.status) {
    case "issued":
      return now < code.expiresAt;
    case "redeemed":
      return code.discountRemovedAt === null && onLiveSubscription;
    case "revoked":
      // An admin withdrew it: that inbox gives no other account a code automatically either.
      return true;
    case "expired":
      return false;
  }
}
