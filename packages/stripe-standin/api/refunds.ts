import { z } from "zod";
import { invalidRequest, missingParam, notFound } from "../core/errors";
import { ID_PREFIX, newId } from "../core/ids";
import { newestFirst, paginate } from "../core/list";
import { mergeMetadata, parseParams, zExpand, zInt, zListParams, zMetadata } from "../core/params";
import { expandObject } from "../objects/resolve";
import { toRefund } from "../objects/refund";
import type { Runtime } from "../state/runtime";
import type { RefundRecord } from "../state/types";
import { route, type Route } from "./route";

const createSchema = z.object({
  payment_intent: z.string().optional(),
  amount: zInt.pipe(z.number().min(1)).optional(),
  reason: z.enum(["duplicate", "fraudulent", "requested_by_customer"]).optional(),
  metadata: zMetadata.optional(),
  expand: zExpand,
});

const refundedSoFar = (rt: Runtime, paymentIntent: string) =>
  Object.values(rt.state.refunds)
    .filter((r) => r.paymentIntent === paymentIntent)
    .reduce((sum, r) => sum + r.amount, 0);

export const refundRoutes: Route[] = [
  // Refunds what an invoice's PaymentIntent collected: all that is left by default, or `amount`.
  route("POST", "/v1/refunds", ({ rt, params }) => {
    const p = parseParams(createSchema, params);
    if (!p.payment_intent) throw missingParam("payment_intent");
    const invoice = Object.values(rt.state.invoices).find((i) => i.paymentIntent === p.payment_intent);
    if (!invoice) throw notFound("payment_intent", p.payment_intent, "payment_intent");
    const left = invoice.amountPaid - refundedSoFar(rt, p.payment_intent);
    if (left <= 0) throw invalidRequest(`Charge for ${p.payment_intent} has already been refunded.`, undefined, "charge_already_refunded");
    if (p.amount !== undefined && p.amount > left)
      throw invalidRequest(
        `Refund amount (${p.amount}) is greater than unrefunded amount on charge (${left})`,
        "amount",
        "amount_too_large",
      );
    const rec: RefundRecord = {
      id: newId(ID_PREFIX.refund),
      created: rt.now(),
      amount: p.amount ?? left,
      currency: invoice.currency,
      paymentIntent: p.payment_intent,
      invoice: invoice.id,
      customer: invoice.customer,
      reason: p.reason ?? null,
      metadata: mergeMetadata({}, p.metadata),
    };
    rt.state.refunds[rec.id] = rec;
    rt.emit("refund.created", toRefund(rec));
    return expandObject(rt, toRefund(rec), p.expand);
  }),

  route("GET", "/v1/refunds/:id", ({ rt, params, path }) => {
    const p = parseParams(z.object({ expand: zExpand }), params);
    const rec = rt.state.refunds[path.id ?? ""];
    if (!rec) throw notFound("refund", path.id ?? "");
    return expandObject(rt, toRefund(rec), p.expand);
  }),

  route("GET", "/v1/refunds", ({ rt, params }) => {
    const p = parseParams(z.object({ ...zListParams, payment_intent: z.string().optional() }), params);
    const all = newestFirst(rt.state.refunds).filter((r) => p.payment_intent === undefined || r.paymentIntent === p.payment_intent);
    return expandObject(rt, paginate(all.map(toRefund), p, "/v1/refunds"), p.expand);
  }),
];
