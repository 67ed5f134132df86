import { z } from "zod";
import { invalidRequest, missingParam } from "../core/errors";
import { ID_PREFIX, newId, randomToken } from "../core/ids";
import { newestFirst, paginate } from "../core/list";
import { mergeMetadata, parseParams, zBool, zExpand, zInt, zListParams, zMetadata } from "../core/params";
import { toPromotionCode } from "../objects/promotion-code";
import { expandObject } from "../objects/resolve";
import { getCoupon, getCustomer, getPromotionCode } from "../state/lookup";
import type { Runtime } from "../state/runtime";
import type { PromotionCodeRecord } from "../state/types";
import { route, type Route } from "./route";

const createSchema = z.object({
  // The installed API version nests the coupon under `promotion`; plain `coupon` is the older shape.
  promotion: z.object({ type: z.literal("coupon").optional(), coupon: z.string().optional() }).optional(),
  coupon: z.string().optional(),
  code: z
    .string()
    .regex(/^[a-zA-Z0-9_-]{1,500}$/, "may only contain letters, digits, - and _")
    .optional(),
  customer: z.string().optional(),
  active: zBool.optional(),
  max_redemptions: zInt.pipe(z.number().min(1)).optional(),
  expires_at: zInt.optional(),
  restrictions: z.object({ first_time_transaction: zBool.optional() }).optional(),
  metadata: zMetadata.optional(),
  expand: zExpand,
});

/**
 * Stripe's uniqueness rule: a code usable by anyone can't share its (case-insensitive) code with
 * another active promotion code; customer-restricted codes may share one among different customers.
 */
function assertCodeAvailable(rt: Runtime, code: string, customer: string | null): void {
  const clash = Object.values(rt.state.promotionCodes).find(
    (p) => p.active && p.code.toLowerCase() === code.toLowerCase() && (p.customer === null || customer === null || p.customer === customer),
  );
  if (clash) throw invalidRequest(`An active promotion code with \`code: ${code}\` already exists.`, "code", "resource_already_exists");
}

export const promotionCodeRoutes: Route[] = [
  route("POST", "/v1/promotion_codes", ({ rt, params }) => {
    const p = parseParams(createSchema, params);
    const couponId = p.promotion?.coupon ?? p.coupon;
    if (!couponId) throw missingParam("promotion[coupon]");
    const coupon = getCoupon(rt, couponId, "promotion[coupon]");
    const customer = p.customer ? getCustomer(rt, p.customer, "customer").id : null;
    const code = p.code ?? randomToken(8).toUpperCase();
    const active = p.active ?? true;
    if (active) assertCodeAvailable(rt, code, customer);
    const rec: PromotionCodeRecord = {
      id: newId(ID_PREFIX.promotionCode, 24),
      created: rt.now(),
      code,
      coupon: coupon.id,
      customer,
      active,
      maxRedemptions: p.max_redemptions ?? null,
      expiresAt: p.expires_at ?? null,
      timesRedeemed: 0,
      firstTimeTransaction: p.restrictions?.first_time_transaction ?? false,
      metadata: mergeMetadata({}, p.metadata),
    };
    rt.state.promotionCodes[rec.id] = rec;
    rt.emit("promotion_code.created", toPromotionCode(rec));
    return expandObject(rt, toPromotionCode(rec), p.expand);
  }),

  route("GET", "/v1/promotion_codes/:id", ({ rt, params, path }) => {
    const p = parseParams(z.object({ expand: zExpand }), params);
    return expandObject(rt, toPromotionCode(getPromotionCode(rt, path.id ?? "")), p.expand);
  }),

  route("POST", "/v1/promotion_codes/:id", ({ rt, params, path }) => {
    const p = parseParams(z.object({ active: zBool.optional(), metadata: zMetadata.optional(), expand: zExpand }), params);
    const rec = getPromotionCode(rt, path.id ?? "");
    const before = toPromotionCode(rec);
    if (p.active === true && !rec.active) assertCodeAvailable(rt, rec.code, rec.customer);
    if (p.active !== undefined) rec.active = p.active;
    rec.metadata = mergeMetadata(rec.metadata, p.metadata);
    rt.emit("promotion_code.updated", toPromotionCode(rec), { active: before.active, metadata: before.metadata });
    return expandObject(rt, toPromotionCode(rec), p.expand);
  }),

  route("GET", "/v1/promotion_codes", ({ rt, params }) => {
    const schema = z.object({
      ...zListParams,
      code: z.string().optional(),
      customer: z.string().optional(),
      coupon: z.string().optional(),
      active: zBool.optional(),
    });
    const p = parseParams(schema, params);
    const all = newestFirst(rt.state.promotionCodes).filter(
      (r) =>
        (p.code === undefined || r.code.toLowerCase() === p.code.toLowerCase()) &&
        (p.customer === undefined || r.customer === p.customer) &&
        (p.coupon === undefined || r.coupon === p.coupon) &&
        (p.active === undefined || r.active === p.active),
    );
    return expandObject(rt, paginate(all.map(toPromotionCode), p, "/v1/promotion_codes"), p.expand);
  }),
];
