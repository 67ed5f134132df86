import { z } from "zod";
import { invalidRequest, missingParam } from "../core/errors";
import { ID_PREFIX, newId } from "../core/ids";
import { newestFirst, paginate } from "../core/list";
import { mergeMetadata, parseParams, zBool, zExpand, zInt, zListParams, zMetadata } from "../core/params";
import { toPrice } from "../objects/price";
import { toProduct } from "../objects/product";
import { expandObject } from "../objects/resolve";
import { getPrice, getProduct } from "../state/lookup";
import type { Runtime } from "../state/runtime";
import type { PriceRecord, ProductRecord } from "../state/types";
import { route, type Route } from "./route";

const createSchema = z.object({
  currency: z
    .string()
    .length(3)
    .transform((c) => c.toLowerCase()),
  unit_amount: zInt.pipe(z.number().min(0)).optional(),
  product: z.string().optional(),
  product_data: z.object({ name: z.string().min(1), metadata: zMetadata.optional() }).optional(),
  recurring: z
    .object({
      interval: z.enum(["day", "week", "month", "year"]),
      interval_count: zInt.pipe(z.number().min(1)).optional(),
    })
    .optional(),
  lookup_key: z.string().optional(),
  transfer_lookup_key: zBool.optional(),
  nickname: z.string().optional(),
  active: zBool.optional(),
  metadata: zMetadata.optional(),
  expand: zExpand,
});

const updateSchema = z.object({
  active: zBool.optional(),
  nickname: z.string().optional(),
  lookup_key: z.string().optional(),
  transfer_lookup_key: zBool.optional(),
  metadata: zMetadata.optional(),
  expand: zExpand,
});

/** Lookup keys are unique; `transfer_lookup_key=true` moves the key from the price holding it. */
function claimLookupKey(rt: Runtime, key: string, transfer: boolean | undefined): void {
  const holder = Object.values(rt.state.prices).find((pr) => pr.lookupKey === key);
  if (!holder) return;
  if (!transfer) {
    throw invalidRequest(`A price (\`${holder.id}\`) already uses that lookup key.`, "lookup_key", "resource_already_exists");
  }
  holder.lookupKey = null;
}

function productFor(rt: Runtime, p: z.output<typeof createSchema>): ProductRecord {
  if (p.product) return getProduct(rt, p.product, "product");
  if (!p.product_data) throw missingParam("product");
  const now = rt.now();
  const product: ProductRecord = {
    id: newId(ID_PREFIX.product, 14),
    created: now,
    updated: now,
    name: p.product_data.name,
    description: null,
    active: true,
    metadata: mergeMetadata({}, p.product_data.metadata),
    defaultPrice: null,
  };
  rt.state.products[product.id] = product;
  rt.emit("product.created", toProduct(product));
  return product;
}

export const priceRoutes: Route[] = [
  route("POST", "/v1/prices", ({ rt, params }) => {
    const p = parseParams(createSchema, params);
    if (p.unit_amount === undefined) throw missingParam("unit_amount");
    if (p.lookup_key) claimLookupKey(rt, p.lookup_key, p.transfer_lookup_key);
    const product = productFor(rt, p);
    const rec: PriceRecord = {
      id: newId(ID_PREFIX.price, 24),
      created: rt.now(),
      product: product.id,
      active: p.active ?? true,
      currency: p.currency,
      unitAmount: p.unit_amount,
      recurring: p.recurring ? { interval: p.recurring.interval, intervalCount: p.recurring.interval_count ?? 1 } : null,
      lookupKey: p.lookup_key ?? null,
      nickname: p.nickname ?? null,
      metadata: mergeMetadata({}, p.metadata),
    };
    rt.state.prices[rec.id] = rec;
    rt.emit("price.created", toPrice(rec));
    return expandObject(rt, toPrice(rec), p.expand);
  }),

  route("GET", "/v1/prices/:id", ({ rt, params, path }) => {
    const p = parseParams(z.object({ expand: zExpand }), params);
    return expandObject(rt, toPrice(getPrice(rt, path.id ?? "")), p.expand);
  }),

  route("POST", "/v1/prices/:id", ({ rt, params, path }) => {
    const p = parseParams(updateSchema, params);
    const rec = getPrice(rt, path.id ?? "");
    const before = toPrice(rec);
    if (p.lookup_key !== undefined && p.lookup_key !== rec.lookupKey) {
      if (p.lookup_key) claimLookupKey(rt, p.lookup_key, p.transfer_lookup_key);
      rec.lookupKey = p.lookup_key || null;
    }
    if (p.active !== undefined) rec.active = p.active;
    if (p.nickname !== undefined) rec.nickname = p.nickname || null;
    rec.metadata = mergeMetadata(rec.metadata, p.metadata);
    rt.emit("price.updated", toPrice(rec), { active: before.active, lookup_key: before.lookup_key, metadata: before.metadata });
    return expandObject(rt, toPrice(rec), p.expand);
  }),

  route("GET", "/v1/prices", ({ rt, params }) => {
    const schema = z.object({
      ...zListParams,
      active: zBool.optional(),
      product: z.string().optional(),
      currency: z.string().optional(),
      type: z.enum(["one_time", "recurring"]).optional(),
      lookup_keys: z.array(z.string()).optional(),
      recurring: z.object({ interval: z.string().optional() }).optional(),
    });
    const p = parseParams(schema, params);
    const all = newestFirst(rt.state.prices).filter(
      (r) =>
        (p.active === undefined || r.active === p.active) &&
        (p.product === undefined || r.product === p.product) &&
        (p.currency === undefined || r.currency === p.currency.toLowerCase()) &&
        (p.type === undefined || (p.type === "recurring") === (r.recurring !== null)) &&
        (p.lookup_keys === undefined || (r.lookupKey !== null && p.lookup_keys.includes(r.lookupKey))) &&
        (p.recurring?.interval === undefined || r.recurring?.interval === p.recurring.interval),
    );
    return expandObject(rt, paginate(all.map(toPrice), p, "/v1/prices"), p.expand);
  }),
];
