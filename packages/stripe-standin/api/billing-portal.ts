import { z } from "zod";
import { missingParam } from "../core/errors";
import { ID_PREFIX, newId } from "../core/ids";
import { parseParams, zExpand } from "../core/params";
import { toPortalSession } from "../objects/portal-session";
import { expandObject } from "../objects/resolve";
import { getCustomer } from "../state/lookup";
import type { PortalSessionRecord } from "../state/types";
import { route, type Route } from "./route";

const createSchema = z.object({
  customer: z.string().optional(),
  return_url: z.string().optional(),
  configuration: z.string().optional(),
  locale: z.string().optional(),
  expand: zExpand,
});

export const billingPortalRoutes: Route[] = [
  route("POST", "/v1/billing_portal/sessions", ({ rt, params }) => {
    const p = parseParams(createSchema, params);
    if (!p.customer) throw missingParam("customer");
    const customer = getCustomer(rt, p.customer, "customer");
    const rec: PortalSessionRecord = {
      id: newId(ID_PREFIX.portalSession, 24),
      created: rt.now(),
      customer: customer.id,
      returnUrl: p.return_url ?? null,
    };
    rt.state.portalSessions[rec.id] = rec;
    rt.emit("billing_portal.session.created", toPortalSession(rt, rec));
    return expandObject(rt, toPortalSession(rt, rec), p.expand);
  }),
];
