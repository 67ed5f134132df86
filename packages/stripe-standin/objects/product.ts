import type Stripe from "stripe";
import type { ProductRecord } from "../state/types";

export function toProduct(rec: ProductRecord): Stripe.Product {
  return {
    id: rec.id,
    object: "product",
    active: rec.active,
    created: rec.created,
    default_price: rec.defaultPrice,
    description: rec.description,
    images: [],
    livemode: false,
    marketing_features: [],
    metadata: { ...rec.metadata },
    name: rec.name,
    package_dimensions: null,
    shippable: null,
    statement_descriptor: null,
    tax_code: null,
    tax_details: null,
    type: "service",
    unit_label: null,
    updated: rec.updated,
    url: null,
  };
}
