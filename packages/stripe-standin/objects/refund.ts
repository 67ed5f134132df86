import type Stripe from "stripe";
import type { RefundRecord } from "../state/types";

export function toRefund(rec: RefundRecord): Stripe.Refund {
  return {
    id: rec.id,
    object: "refund",
    amount: rec.amount,
    balance_transaction: null,
    charge: null,
    created: rec.created,
    currency: rec.currency,
    customer: rec.customer,
    customer_account: null,
    metadata: { ...rec.metadata },
    payment_intent: rec.paymentIntent,
    payment_method: null,
    reason: rec.reason,
    receipt_number: null,
    source_transfer_reversal: null,
    status: "succeeded",
    transfer_reversal: null,
  };
}
