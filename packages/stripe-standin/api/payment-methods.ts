import { z } from "zod";
import { missingParam, notFound } from "../core/errors";
import { parseParams, zExpand } from "../core/params";
import { acceptCard } from "../billing/cards";
import { toPaymentMethod } from "../objects/payment-method";
import { expandObject } from "../objects/resolve";
import { getCustomer } from "../state/lookup";
import { route, type Route } from "./route";

/** Stripe's test PaymentMethods and the test card each stands for (see cards.ts for how it behaves). */
const TEST_PAYMENT_METHODS: Record<string, string> = {
  pm_card_visa: "4242424242424242",
  pm_card_mastercard: "5555555555554444",
  pm_card_amex: "378282246310005",
  pm_card_chargeCustomerFail: "4000000000000341",
  pm_card_chargeDeclined: "4000000000000002",
};

export const paymentMethodRoutes: Route[] = [
  // Attaching a test PaymentMethod saves its card on the customer under a new `pm_` id, as at Stripe.
  route("POST", "/v1/payment_methods/:id/attach", ({ rt, params, path }) => {
    const p = parseParams(z.object({ customer: z.string().optional(), expand: zExpand }), params);
    if (!p.customer) throw missingParam("customer");
    const customer = getCustomer(rt, p.customer, "customer");
    const number = TEST_PAYMENT_METHODS[path.id ?? ""];
    if (!number) throw notFound("PaymentMethod", path.id ?? "", "payment_method");
    const expiryYear = new Date(rt.now() * 1000).getUTCFullYear() + 3;
    customer.card = acceptCard({ number, expiry: `12/${expiryYear}`, cvc: "123" }, rt.now());
    return expandObject(rt, toPaymentMethod(customer.card, customer, rt.now()), p.expand);
  }),
];
