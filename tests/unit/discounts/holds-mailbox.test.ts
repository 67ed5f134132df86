import { describe, expect, it } from "vitest";
import { holdsMailbox, type MailboxHoldingCode } from "@/lib/discounts/holds-mailbox";

// When a code stops holding its academic mailbox, so that another account may use it.

const now = new Date("2026-06-01T12:00:00Z");
const later = new Date("2026-06-15T00:00:00Z");
const earlier = new Date("2026-05-01T00:00:00Z");
const code = (c: Partial<MailboxHoldingCode>): MailboxHoldingCode => ({
  status: "issued",
  expiresAt: later,
  discountRemovedAt: null,
  ...c,
});

describe("holdsMailbox", () => {
  it.each<[string, MailboxHoldingCode, boolean, boolean]>([
    ["an open code before its deadline", code({}), false, true],
    ["an open code at its deadline", code({ expiresAt: now }), false, false],
    ["a code that expired unused", code({ status: "expired", expiresAt: earlier }), false, false],
    ["a redeemed code on a live subscription", code({ status: "redeemed" }), true, true],
    ["a redeemed code whose subscription ended", code({ status: "redeemed" }), false, false],
    ["a redeemed code whose discount was taken off", code({ status: "redeemed", discountRemovedAt: earlier }), true, false],
    ["a revoked code, redeemed or not", code({ status: "revoked", expiresAt: earlier }), false, true],
  ])("%s", (_, holding, onLiveSubscription, expected) => {
    expect(holdsMailbox(holding, onLiveSubscription, now)).toBe(expected);
  });
});
