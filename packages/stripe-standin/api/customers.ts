import { z } from "zod";
import { ID_PREFIX, newId } from "../core/ids";
import { newestFirst, paginate } from "../core/list";
import { mergeMetadata, parseParams, zExpand, zListParams, zMetadata } from "../core/params";
import { endSubscription } from "../billing/subscription-events";
import { toCustomer, toCustomerOrDeleted } from "../objects/customer";
import { expandObject } from "../objects/resolve";
import { getCustomer } from "../state/lookup";
import type { CustomerRecord } from "../state/types";
import { route, type Route } from "./route";

const fields = {
  email: z.string().optional(),
  name: z.string().optional(),
  description: z.string().optional(),
  phone: z.string().optional(),
  metadata: zMetadata.optional(),
  expand: zExpand,
};
const orNull = (v: string | undefined) => (v === undefined || v === "" ? null : v);

export const customerRoutes: Route[] = [
  route("POST", "/v1/customers", ({ rt, params }) => {
    const p = parseParams(z.object(fields), params);
    const rec: CustomerRecord = {
      id: newId(ID_PREFIX.customer, 14),
      created: rt.now(),
      email: orNull(p.email),
      name: orNull(p.name),
      description: orNull(p.description),
      phone: orNull(p.phone),
      metadata: mergeMetadata({}, p.metadata),
      deleted: false,
      card: null,
    };
    rt.state.customers[rec.id] = rec;
    rt.emit("customer.created", toCustomer(rec));
    return expandObject(rt, toCustomer(rec), p.expand);
  }),

  route("GET", "/v1/customers/:id", ({ rt, params, path }) => {
    const p = parseParams(z.object({ expand: zExpand }), params);
    const rec = rt.state.customers[path.id ?? ""] ?? getCustomer(rt, path.id ?? "");
    return expandObject(rt, toCustomerOrDeleted(rec), p.expand);
  }),

  route("POST", "/v1/customers/:id", ({ rt, params, path }) => {
    const p = parseParams(z.object(fields), params);
    const rec = getCustomer(rt, path.id ?? "");
    const before = toCustomer(rec);
    if (p.email !== undefined) rec.email = orNull(p.email);
    if (p.name !== undefined) rec.name = orNull(p.name);
    if (p.description !== undefined) rec.description = orNull(p.description);
    if (p.phone !== undefined) rec.phone = orNull(p.phone);
    rec.metadata = mergeMetadata(rec.metadata, p.metadata);
    const after = toCustomer(rec);
    const previous = Object.fromEntries(
      Object.entries(before).filter(([k, v]) => JSON.stringify(v) !== JSON.stringify(after[k as keyof typeof after])),
    );
    if (Object.keys(previous).length > 0) rt.emit("customer.updated", after, previous);
    return expandObject(rt, after, p.expand);
  }),

  route("GET", "/v1/customers", ({ rt, params }) => {
    const p = parseParams(z.object({ ...zListParams, email: z.string().optional() }), params);
    const all = newestFirst(rt.state.customers).filter((c) => !c.deleted && (p.email === undefined || c.email === p.email));
    return expandObject(rt, paginate(all.map(toCustomer), p, "/v1/customers"), p.expand);
  }),

  // Deleting a customer cancels their subscriptions immediately, as at Stripe.
  route("DELETE", "/v1/customers/:id", ({ rt, path }) => {
    const rec = getCustomer(rt, path.id ?? "");
    for (const sub of Object.values(rt.state.subscriptions)) {
      if (sub.customer === rec.id && sub.status !== "canceled") endSubscription(rt, sub, "cancellation_requested", rt.now());
    }
    rt.emit("customer.deleted", toCustomer(rec));
    rec.deleted = true;
    return toCustomerOrDeleted(rec);
  }),
];
