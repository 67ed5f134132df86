import { z } from "zod";
import { invalidRequest } from "../core/errors";
import { ID_PREFIX, newId } from "../core/ids";
import { newestFirst, paginate } from "../core/list";
import { mergeMetadata, parseParams, zBool, zExpand, zListParams, zMetadata } from "../core/params";
import { toProduct } from "../objects/product";
import { expandObject } from "../objects/resolve";
import { getPrice, getProduct } from "../state/lookup";
import type { ProductRecord } from "../state/types";
import { route, type Route } from "./route";

const createSchema = z.object({
  id: z.string().optional(),
  name: z.string().min(1),
  description: z.string().optional(),
  active: zBool.optional(),
  metadata: zMetadata.optional(),
  expand: zExpand,
});

const updateSchema = z.object({
  name: z.string().min(1).optional(),
  description: z.string().optional(),
  active: zBool.optional(),
  default_price: z.string().optional(),
  metadata: zMetadata.optional(),
  expand: zExpand,
});

export const productRoutes: Route[] = [
  route("POST", "/v1/products", ({ rt, params }) => {
    const p = parseParams(createSchema, params);
    if (p.id && rt.state.products[p.id]) throw invalidRequest(`Product already exists.`, "id", "resource_already_exists");
    const now = rt.now();
    const rec: ProductRecord = {
      id: p.id ?? newId(ID_PREFIX.product, 14),
      created: now,
      updated: now,
      name: p.name,
      description: p.description || null,
      active: p.active ?? true,
      metadata: mergeMetadata({}, p.metadata),
      defaultPrice: null,
    };
    rt.state.products[rec.id] = rec;
    rt.emit("product.created", toProduct(rec));
    return expandObject(rt, toProduct(rec), p.expand);
  }),

  route("GET", "/v1/products/:id", ({ rt, params, path }) => {
    const p = parseParams(z.object({ expand: zExpand }), params);
    return expandObject(rt, toProduct(getProduct(rt, path.id ?? "")), p.expand);
  }),

  route("POST", "/v1/products/:id", ({ rt, params, path }) => {
    const p = parseParams(updateSchema, params);
    const rec = getProduct(rt, path.id ?? "");
    const before = toProduct(rec);
    if (p.name !== undefined) rec.name = p.name;
    if (p.description !== undefined) rec.description = p.description || null;
    if (p.active !== undefined) rec.active = p.active;
    if (p.default_price !== undefined) rec.defaultPrice = p.default_price ? getPrice(rt, p.default_price, "default_price").id : null;
    rec.metadata = mergeMetadata(rec.metadata, p.metadata);
    rec.updated = rt.now();
    rt.emit("product.updated", toProduct(rec), { active: before.active, name: before.name, metadata: before.metadata });
    return expandObject(rt, toProduct(rec), p.expand);
  }),

  route("GET", "/v1/products", ({ rt, params }) => {
    const p = parseParams(z.object({ ...zListParams, active: zBool.optional(), ids: z.array(z.string()).optional() }), params);
    const all = newestFirst(rt.state.products).filter(
      (r) => (p.active === undefined || r.active === p.active) && (!p.ids || p.ids.includes(r.id)),
    );
    return expandObject(rt, paginate(all.map(toProduct), p, "/v1/products"), p.expand);
  }),
];
