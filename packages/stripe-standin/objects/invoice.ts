import type Stripe from "stripe";
import type { Runtime } from "../state/runtime";
import type { InvoiceLineRecord, InvoiceRecord } from "../state/types";

function toLine(rt: Runtime, inv: InvoiceRecord, line: InvoiceLineRecord): Stripe.InvoiceLineItem {
  const product = rt.state.prices[line.price]?.product ?? "";
  return {
    id: line.id,
    object: "line_item",
    amount: line.amount,
    currency: inv.currency,
    description: line.description,
    discount_amounts: line.discountAmounts.map((d) => ({ amount: d.amount, discount: d.discount })),
    discountable: !line.proration,
    discounts: line.discountAmounts.map((d) => d.discount),
    invoice: inv.id,
    livemode: false,
    metadata: {},
    parent: inv.subscription
      ? {
          invoice_item_details: null,
          subscription_item_details: {
            invoice_item: null,
            proration: line.proration,
            proration_details: { credited_items: null },
            subscription: inv.subscription,
            subscription_item: line.subscriptionItem ?? "",
          },
          type: "subscription_item_details",
        }
      : null,
    period: { start: line.periodStart, end: line.periodEnd },
    pretax_credit_amounts: line.discountAmounts.map((d) => ({ amount: d.amount, discount: d.discount, type: "discount" })),
    pricing: { price_details: { price: line.price, product }, type: "price_details", unit_amount_decimal: null },
    quantity: line.quantity,
    quantity_decimal: null,
    subscription: inv.subscription,
    subtotal: line.amount,
    taxes: [],
  };
}

/** Totals of the discounts applied across all lines, per discount id. */
function discountTotals(inv: InvoiceRecord): Stripe.Invoice.TotalDiscountAmount[] {
  const totals = new Map<string, number>();
  for (const line of inv.lines) {
    for (const d of line.discountAmounts) totals.set(d.discount, (totals.get(d.discount) ?? 0) + d.amount);
  }
  return [...totals].map(([discount, amount]) => ({ amount, discount }));
}

export function toInvoice(rt: Runtime, inv: InvoiceRecord): Stripe.Invoice {
  const customer = rt.state.customers[inv.customer];
  const amountDue = inv.status === "void" ? 0 : Math.max(inv.total, 0);
  const invoiceUrl = `${rt.publicUrl}/i/${inv.id}`;
  return {
    id: inv.id,
    object: "invoice",
    account_country: "US",
    account_name: "Stripe stand-in",
    account_tax_ids: null,
    amount_due: amountDue,
    amount_overpaid: 0,
    amount_paid: inv.amountPaid,
    amount_remaining: Math.max(amountDue - inv.amountPaid, 0),
    amount_shipping: 0,
    application: null,
    attempt_count: inv.attemptCount,
    attempted: inv.attemptCount > 0,
    auto_advance: inv.status === "open",
    automatic_tax: { disabled_reason: null, enabled: false, liability: null, provider: null, status: null },
    automatically_finalizes_at: null,
    billing_reason: inv.billingReason,
    collection_method: "charge_automatically",
    created: inv.created,
    currency: inv.currency,
    custom_fields: null,
    customer: inv.customer,
    customer_account: null,
    customer_address: null,
    customer_email: customer?.email ?? null,
    customer_name: customer?.name ?? null,
    customer_phone: customer?.phone ?? null,
    customer_shipping: null,
    customer_tax_exempt: "none",
    customer_tax_ids: [],
    default_payment_method: null,
    default_source: null,
    default_tax_rates: [],
    description: null,
    discounts: [...inv.discounts],
    due_date: null,
    effective_at: inv.finalizedAt,
    ending_balance: inv.finalizedAt === null ? null : 0,
    footer: null,
    from_invoice: null,
    hosted_invoice_url: invoiceUrl,
    invoice_pdf: null,
    issuer: { type: "self" },
    last_finalization_error: null,
    latest_revision: null,
    lines: {
      object: "list",
      data: inv.lines.map((line) => toLine(rt, inv, line)),
      has_more: false,
      url: `/v1/invoices/${inv.id}/lines`,
    },
    livemode: false,
    metadata: {},
    next_payment_attempt: inv.nextPaymentAttempt,
    number: inv.number,
    on_behalf_of: null,
    // Since API 2025-03-31 the subscription link lives here rather than in `invoice.subscription`.
    parent: inv.subscription
      ? {
          quote_details: null,
          subscription_details: { metadata: { ...inv.subscriptionMetadata }, subscription: inv.subscription },
          type: "subscription_details",
        }
      : null,
    payment_settings: { default_mandate: null, payment_method_options: null, payment_method_types: null },
    period_end: inv.periodEnd,
    period_start: inv.periodStart,
    post_payment_credit_notes_amount: 0,
    pre_payment_credit_notes_amount: 0,
    receipt_number: null,
    rendering: null,
    shipping_cost: null,
    shipping_details: null,
    starting_balance: 0,
    statement_descriptor: null,
    status: inv.status,
    status_transitions: {
      finalized_at: inv.finalizedAt,
      marked_uncollectible_at: null,
      paid_at: inv.paidAt,
      voided_at: null,
    },
    subtotal: inv.subtotal,
    subtotal_excluding_tax: inv.subtotal,
    test_clock: null,
    total: inv.total,
    total_discount_amounts: discountTotals(inv),
    total_excluding_tax: inv.total,
    total_pretax_credit_amounts: discountTotals(inv).map((d) => ({ amount: d.amount, discount: d.discount, type: "discount" })),
    total_taxes: [],
    webhooks_delivered_at: inv.created,
  };
}
