import type Stripe from "stripe";
import type { InvoiceRecord } from "../state/types";

/** The payment of a paid invoice (`inpay_...`): how the API links an invoice to its PaymentIntent since 2025-03. */
export function toInvoicePayment(inv: InvoiceRecord & { paymentIntent: string }): Stripe.InvoicePayment {
  return {
    id: `inpay_${inv.id.slice("in_".length)}`,
    object: "invoice_payment",
    amount_paid: inv.amountPaid,
    amount_requested: inv.total,
    created: inv.paidAt ?? inv.created,
    currency: inv.currency,
    invoice: inv.id,
    is_default: true,
    livemode: false,
    payment: { type: "payment_intent", payment_intent: inv.paymentIntent },
    status: "paid",
    status_transitions: { canceled_at: null, paid_at: inv.paidAt },
  };
}
