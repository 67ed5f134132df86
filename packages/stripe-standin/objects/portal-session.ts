import type Stripe from "stripe";
import type { Runtime } from "../state/runtime";
import type { PortalSessionRecord } from "../state/types";

/** There is a single, implicit portal configuration; its id is stable so apps can log it. */
export const PORTAL_CONFIGURATION_ID = "bpc_standin_default";

export function toPortalSession(rt: Runtime, rec: PortalSessionRecord): Stripe.BillingPortal.Session {
  return {
    id: rec.id,
    object: "billing_portal.session",
    configuration: PORTAL_CONFIGURATION_ID,
    created: rec.created,
    customer: rec.customer,
    customer_account: null,
    flow: null,
    livemode: false,
    locale: null,
    on_behalf_of: null,
    return_url: rec.returnUrl,
    url: `${rt.publicUrl}/p/session/${rec.id}`,
  };
}
