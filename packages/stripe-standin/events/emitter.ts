import Stripe from "stripe";
import { ID_PREFIX, newId } from "../core/ids";

/** The event types the stand-in produces; anything else in Stripe's catalogue is never sent. */
export type EmittedEventType =
  | "customer.created"
  | "customer.updated"
  | "customer.deleted"
  | "product.created"
  | "product.updated"
  | "price.created"
  | "price.updated"
  | "coupon.created"
  | "promotion_code.created"
  | "promotion_code.updated"
  | "checkout.session.completed"
  | "customer.subscription.created"
  | "customer.subscription.updated"
  | "customer.subscription.deleted"
  | "invoice.created"
  | "invoice.finalized"
  | "invoice.paid"
  | "invoice.payment_succeeded"
  | "invoice.payment_failed"
  | "billing_portal.session.created"
  | "refund.created";

type EventFor<T extends EmittedEventType> = Extract<Stripe.Event, { type: T }>;
/** The exact `data.object` type Stripe's typings declare for each event type. */
export type EventObject<T extends EmittedEventType> = EventFor<T>["data"]["object"];

/** Stripe's `event.request`: the API call that caused the event (null ids for clock-driven ones). */
export type EventRequestInfo = Stripe.Event.Request;

/** The API version the installed SDK pins, so `constructEvent` consumers see a matching one. */
export const API_VERSION: string = Stripe.API_VERSION;

export function buildEvent<T extends EmittedEventType>(args: {
  type: T;
  object: EventObject<T>;
  previousAttributes?: Partial<EventObject<T>>;
  created: number;
  request: EventRequestInfo | null;
  pendingWebhooks: number;
}): Stripe.EventBase {
  const data: Stripe.Event.Data = { object: args.object };
  if (args.previousAttributes) data.previous_attributes = args.previousAttributes;
  return {
    id: newId(ID_PREFIX.event),
    object: "event",
    api_version: API_VERSION,
    created: args.created,
    data,
    livemode: false,
    pending_webhooks: args.pendingWebhooks,
    request: args.request ?? { id: null, idempotency_key: null },
    type: args.type,
  };
}
