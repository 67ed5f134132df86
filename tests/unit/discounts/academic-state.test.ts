import { describe, expect, it } from "vitest";
import type { DiscountCode } from "@prisma/client";
import { academicState, type AcademicFacts } from "@/lib/discounts/academic-state";

// What the account page says about the academic discount, including the former dead end: a
// full-price subscriber with a confirmed academic address.

const code = (status: DiscountCode["status"]) => ({ code: "EDU-AAAA-BBBB", status }) as DiscountCode;
const facts = (f: Partial<AcademicFacts>): AcademicFacts => ({
  openCode: null,
  lastCode: null,
  mailboxes: [],
  subscription: undefined,
  ...f,
});
const mine = { email: "me@uni.ac.uk", heldElsewhere: false };
const theirs = { email: "me@uni.ac.uk", heldElsewhere: true };

describe("academicState", () => {
  it.each<[string, Partial<AcademicFacts>, ReturnType<typeof academicState>["kind"]]>([
    ["no academic address", {}, "add-address"],
    ["an open code", { openCode: code("issued"), lastCode: code("issued"), mailboxes: [mine] }, "open-code"],
    ["a qualifying address and no code", { mailboxes: [mine] }, "can-claim"],
    ["a full-price subscriber with a qualifying address", { mailboxes: [mine], subscription: { discountPercentOff: null } }, "can-claim"],
    [
      "a subscriber with an open code: it goes onto the subscription",
      { openCode: code("issued"), mailboxes: [mine], subscription: { discountPercentOff: null } },
      "can-claim",
    ],
    ["a discounted subscriber", { lastCode: code("redeemed"), mailboxes: [mine], subscription: { discountPercentOff: 50 } }, "discounted"],
    ["a revoked code", { lastCode: code("revoked"), mailboxes: [mine] }, "withdrawn"],
    ["an address backing another account's discount", { mailboxes: [theirs] }, "in-use"],
    ["one address taken, another free", { mailboxes: [theirs, { email: "me@mit.edu", heldElsewhere: false }] }, "can-claim"],
  ])("%s", (_, given, kind) => {
    expect(academicState(facts(given)).kind).toBe(kind);
  });

  it("a subscriber is offered the student price, a free reader a code; an expired code is named", () => {
    expect(academicState(facts({ mailboxes: [mine], subscription: { discountPercentOff: null } }))).toEqual({
      kind: "can-claim",
      mailbox: "me@uni.ac.uk",
      subscribed: true,
      expiredCode: null,
    });
    expect(academicState(facts({ mailboxes: [mine], lastCode: code("expired") }))).toMatchObject({
      subscribed: false,
      expiredCode: "EDU-AAAA-BBBB",
    });
  });
});
