import type Stripe from "stripe";
import type { CustomerRecord } from "../state/types";

/** The one place a customer record becomes a full `Stripe.Customer`; unmodelled fields get Stripe's empty defaults. */
export function toCustomer(rec: CustomerRecord): Stripe.Customer {
  return {
    id: rec.id,
    object: "customer",
    address: null,
    balance: 0,
    created: rec.created,
    currency: null,
    default_source: null,
    delinquent: false,
    description: rec.description,
    discount: null,
    email: rec.email,
    invoice_prefix: rec.id.slice(4, 12).toUpperCase(),
    invoice_settings: {
      custom_fields: null,
      default_payment_method: rec.card?.id ?? null,
      footer: null,
      rendering_options: null,
    },
    livemode: false,
    metadata: { ...rec.metadata },
    name: rec.name,
    next_invoice_sequence: 1,
    phone: rec.phone,
    preferred_locales: [],
    shipping: null,
    tax_exempt: "none",
    test_clock: null,
  };
}

/** Stripe keeps answering for deleted customers, with this stub. */
export function toCustomerOrDeleted(rec: CustomerRecord): Stripe.Customer | Stripe.DeletedCustomer {
  return rec.deleted ? { id: rec.id, object: "customer", deleted: true } : toCustomer(rec);
}
