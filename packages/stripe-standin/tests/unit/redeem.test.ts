import { describe, expect, it } from "vitest";
import { assertPromotionCodeRedeemable, findPromotionCodeByCode } from "../../billing/redeem";
import { Clock } from "../../core/clock";
import { Runtime } from "../../state/runtime";
import { emptyState, type PromotionCodeRecord } from "../../state/types";

function setup() {
  const state = emptyState();
  const rt = new Runtime(state, new Clock(), "http://standin.test", null, () => undefined);
  const now = rt.now();
  state.coupons.C1 = {
    id: "C1",
    created: now,
    name: null,
    percentOff: 20,
    amountOff: null,
    currency: null,
    duration: "forever",
    durationInMonths: null,
    maxRedemptions: null,
    redeemBy: null,
    timesRedeemed: 0,
    metadata: {},
    deleted: false,
  };
  const promo = (over: Partial<PromotionCodeRecord>): PromotionCodeRecord => {
    const rec: PromotionCodeRecord = {
      id: `promo_${Object.keys(state.promotionCodes).length}`,
      created: now,
      code: "CODE",
      coupon: "C1",
      customer: null,
      active: true,
      maxRedemptions: null,
      expiresAt: null,
      timesRedeemed: 0,
      firstTimeTransaction: false,
      metadata: {},
      ...over,
    };
    state.promotionCodes[rec.id] = rec;
    return rec;
  };
  return { rt, now, promo, state };
}

describe("promotion code redemption rules", () => {
  it("accepts a valid code and returns its coupon", () => {
    const { rt, promo } = setup();
    expect(assertPromotionCodeRedeemable(rt, promo({}), "cus_a", "p").id).toBe("C1");
  });

  it("refuses inactive, expired, exhausted and other-customer codes", () => {
    const { rt, now, promo } = setup();
    expect(() => assertPromotionCodeRedeemable(rt, promo({ active: false }), null, "p")).toThrow(/inactive/);
    expect(() => assertPromotionCodeRedeemable(rt, promo({ expiresAt: now - 1 }), null, "p")).toThrow(/expired/);
    expect(() => assertPromotionCodeRedeemable(rt, promo({ maxRedemptions: 2, timesRedeemed: 2 }), null, "p")).toThrow(/maximum/);
    expect(() => assertPromotionCodeRedeemable(rt, promo({ customer: "cus_a" }), "cus_b", "p")).toThrow(/different customer/);
    expect(() => assertPromotionCodeRedeemable(rt, promo({ customer: "cus_a" }), null, "p")).toThrow(/different customer/);
  });

  it("refuses a code whose coupon is no longer valid", () => {
    const { rt, now, promo, state } = setup();
    state.coupons.C1!.redeemBy = now - 10;
    expect(() => assertPromotionCodeRedeemable(rt, promo({}), null, "p")).toThrow(/no longer valid/);
  });

  it("finds typed codes case-insensitively, preferring the customer's own code", () => {
    const { rt, promo } = setup();
    const general = promo({ code: "SPRING" });
    const mine = promo({ code: "spring", customer: "cus_a" });
    expect(findPromotionCodeByCode(rt, " Spring ", "cus_a").id).toBe(mine.id);
    expect(findPromotionCodeByCode(rt, "SPRING", "cus_b").id).toBe(general.id);
    expect(() => findPromotionCodeByCode(rt, "AUTUMN", null)).toThrow("This code is invalid.");
  });
});
