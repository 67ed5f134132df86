import type { ServerResponse } from "node:http";
import { matchRoute, type Route } from "../api/route";
import { redirect, sendHtml } from "../core/http";
import type { Runtime } from "../state/runtime";
import { checkoutPageRoutes } from "./checkout-routes";
import { invoicePageRoutes } from "./invoice-page";
import type { PageHandler } from "./page-route";
import { portalPageRoutes } from "./portal-routes";

const pageRoutes: Route<PageHandler>[] = [...checkoutPageRoutes, ...portalPageRoutes, ...invoicePageRoutes];

/** Serves a hosted page if one matches; returns false to let the caller answer 404. */
export function handlePage(rt: Runtime, method: string, url: URL, body: string, res: ServerResponse): boolean {
  const match = matchRoute(pageRoutes, method, url.pathname);
  if (!match) return false;
  const result = match.route.handler({ rt, path: match.path, query: url.searchParams, form: new URLSearchParams(body) });
  if ("redirect" in result) redirect(res, result.redirect);
  else sendHtml(res, result.status, result.html);
  return true;
}
