import { z } from "zod";
import { invalidRequest } from "../core/errors";
import { newCouponId } from "../core/ids";
import { newestFirst, paginate } from "../core/list";
import { mergeMetadata, parseParams, zDecimal, zExpand, zInt, zListParams, zMetadata } from "../core/params";
import { toCoupon } from "../objects/coupon";
import { expandObject } from "../objects/resolve";
import { getCoupon } from "../state/lookup";
import type { CouponRecord } from "../state/types";
import { route, type Route } from "./route";

const createSchema = z.object({
  id: z.string().optional(),
  name: z.string().optional(),
  percent_off: zDecimal.pipe(z.number().gt(0).max(100)).optional(),
  amount_off: zInt.pipe(z.number().min(1)).optional(),
  currency: z.string().optional(),
  duration: z.enum(["forever", "once", "repeating"]).optional(),
  duration_in_months: zInt.pipe(z.number().min(1)).optional(),
  max_redemptions: zInt.pipe(z.number().min(1)).optional(),
  redeem_by: zInt.optional(),
  metadata: zMetadata.optional(),
  expand: zExpand,
});

export const couponRoutes: Route[] = [
  route("POST", "/v1/coupons", ({ rt, params }) => {
    const p = parseParams(createSchema, params);
    if ((p.percent_off === undefined) === (p.amount_off === undefined)) {
      throw invalidRequest("You must pass exactly one of percent_off or amount_off.", "percent_off");
    }
    if (p.amount_off !== undefined && !p.currency) throw invalidRequest("You must pass currency when passing amount_off.", "currency");
    const duration = p.duration ?? "once";
    if (duration === "repeating" && p.duration_in_months === undefined) {
      throw invalidRequest("You must pass duration_in_months when duration is repeating.", "duration_in_months");
    }
    if (p.id && rt.state.coupons[p.id] && !rt.state.coupons[p.id]?.deleted) {
      throw invalidRequest("Coupon already exists.", "id", "resource_already_exists");
    }
    const rec: CouponRecord = {
      id: p.id ?? newCouponId(),
      created: rt.now(),
      name: p.name ?? null,
      percentOff: p.percent_off ?? null,
      amountOff: p.amount_off ?? null,
      currency: p.currency?.toLowerCase() ?? null,
      duration,
      durationInMonths: duration === "repeating" ? (p.duration_in_months ?? null) : null,
      maxRedemptions: p.max_redemptions ?? null,
      redeemBy: p.redeem_by ?? null,
      timesRedeemed: 0,
      metadata: mergeMetadata({}, p.metadata),
      deleted: false,
    };
    rt.state.coupons[rec.id] = rec;
    const coupon = toCoupon(rec, rt.now());
    if (!coupon.deleted) rt.emit("coupon.created", coupon);
    return expandObject(rt, coupon, p.expand);
  }),

  route("GET", "/v1/coupons/:id", ({ rt, params, path }) => {
    const p = parseParams(z.object({ expand: zExpand }), params);
    return expandObject(rt, toCoupon(getCoupon(rt, path.id ?? ""), rt.now()), p.expand);
  }),

  route("POST", "/v1/coupons/:id", ({ rt, params, path }) => {
    const p = parseParams(z.object({ name: z.string().optional(), metadata: zMetadata.optional(), expand: zExpand }), params);
    const rec = getCoupon(rt, path.id ?? "");
    if (p.name !== undefined) rec.name = p.name || null;
    rec.metadata = mergeMetadata(rec.metadata, p.metadata);
    return expandObject(rt, toCoupon(rec, rt.now()), p.expand);
  }),

  route("GET", "/v1/coupons", ({ rt, params }) => {
    const p = parseParams(z.object(zListParams), params);
    const all = newestFirst(rt.state.coupons).filter((c) => !c.deleted);
    return expandObject(
      rt,
      paginate(
        all.map((c) => toCoupon(c, rt.now())),
        p,
        "/v1/coupons",
      ),
      p.expand,
    );
  }),

  // Deleting a coupon stops new redemptions; discounts already applied keep working, as at Stripe.
  route("DELETE", "/v1/coupons/:id", ({ rt, path }) => {
    const rec = getCoupon(rt, path.id ?? "");
    rec.deleted = true;
    return toCoupon(rec, rt.now());
  }),
];
