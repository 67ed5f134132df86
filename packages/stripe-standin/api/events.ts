import { z } from "zod";
import { notFound } from "../core/errors";
import { paginate } from "../core/list";
import { parseParams, zExpand, zListParams } from "../core/params";
import { route, type Route } from "./route";

export const eventRoutes: Route[] = [
  route("GET", "/v1/events/:id", ({ rt, params, path }) => {
    parseParams(z.object({ expand: zExpand }), params);
    const event = rt.state.events.find((e) => e.id === path.id);
    if (!event) throw notFound("event", path.id ?? "");
    return event;
  }),

  route("GET", "/v1/events", ({ rt, params }) => {
    const p = parseParams(z.object({ ...zListParams, type: z.string().optional(), types: z.array(z.string()).optional() }), params);
    // `type` accepts a trailing wildcard like Stripe (`customer.subscription.*`).
    const typeMatches = (t: string) => {
      if (p.types) return p.types.includes(t);
      if (!p.type) return true;
      return p.type.endsWith("*") ? t.startsWith(p.type.slice(0, -1)) : t === p.type;
    };
    const all = [...rt.state.events].reverse().filter((e) => typeMatches(e.type));
    return paginate(all, p, "/v1/events");
  }),
];
