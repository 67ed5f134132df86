import { z } from "zod";
import { newestFirst, paginate } from "../core/list";
import { parseParams, zExpand, zListParams } from "../core/params";
import { toInvoice } from "../objects/invoice";
import { expandObject } from "../objects/resolve";
import { getInvoice } from "../state/lookup";
import { route, type Route } from "./route";

export const invoiceRoutes: Route[] = [
  route("GET", "/v1/invoices/:id", ({ rt, params, path }) => {
    const p = parseParams(z.object({ expand: zExpand }), params);
    return expandObject(rt, toInvoice(rt, getInvoice(rt, path.id ?? "")), p.expand);
  }),

  route("GET", "/v1/invoices", ({ rt, params }) => {
    const schema = z.object({
      ...zListParams,
      customer: z.string().optional(),
      subscription: z.string().optional(),
      status: z.enum(["draft", "open", "paid", "uncollectible", "void"]).optional(),
    });
    const p = parseParams(schema, params);
    const all = newestFirst(rt.state.invoices).filter(
      (i) =>
        (p.customer === undefined || i.customer === p.customer) &&
        (p.subscription === undefined || i.subscription === p.subscription) &&
        (p.status === undefined || i.status === p.status),
    );
    return expandObject(
      rt,
      paginate(
        all.map((i) => toInvoice(rt, i)),
        p,
        "/v1/invoices",
      ),
      p.expand,
    );
  }),
];
