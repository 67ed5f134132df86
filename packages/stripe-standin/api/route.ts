import type { FormObject } from "../core/form-parser";
import type { Runtime } from "../state/runtime";

export type Method = "GET" | "POST" | "DELETE";

export interface ApiCall {
  rt: Runtime;
  /** Query string and form body merged (the SDK puts GET/DELETE params in the query). */
  params: FormObject;
  /** Named path segments, e.g. `{ id: "cus_123" }` for `/v1/customers/:id`. */
  path: Record<string, string>;
}

/** Handlers return the JSON body of a 200 response, or throw a StandinError. */
export type Handler = (call: ApiCall) => object;

/** Generic over the handler so hosted pages can reuse the same matcher with their own handler type. */
export interface Route<H = Handler> {
  method: Method;
  pattern: RegExp;
  names: string[];
  handler: H;
}

/** `route("GET", "/v1/customers/:id", fn)`; `:name` matches one path segment. */
export function route<H = Handler>(method: Method, template: string, handler: H): Route<H> {
  const names: string[] = [];
  const source = template
    .split("/")
    .map((part) => {
      if (!part.startsWith(":")) return part.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
      names.push(part.slice(1));
      return "([^/]+)";
    })
    .join("/");
  return { method, pattern: new RegExp(`^${source}$`), names, handler };
}

export function matchRoute<H>(
  routes: Route<H>[],
  method: string,
  pathname: string,
): { route: Route<H>; path: Record<string, string> } | null {
  for (const r of routes) {
    if (r.method !== method) continue;
    const m = r.pattern.exec(pathname);
    if (!m) continue;
    const path: Record<string, string> = {};
    r.names.forEach((name, i) => (path[name] = decodeURIComponent(m[i + 1] ?? "")));
    return { route: r, path };
  }
  return null;
}

/** Whether any route exists for this path under another method (405 vs 404 like Stripe's "Unrecognized request URL"). */
export function pathKnown<H>(routes: Route<H>[], pathname: string): boolean {
  return routes.some((r) => r.pattern.test(pathname));
}
