import { billingPortalRoutes } from "./billing-portal";
import { checkoutSessionRoutes } from "./checkout-sessions";
import { couponRoutes } from "./coupons";
import { customerRoutes } from "./customers";
import { eventRoutes } from "./events";
import { invoicePaymentRoutes } from "./invoice-payments";
import { invoiceRoutes } from "./invoices";
import { paymentMethodRoutes } from "./payment-methods";
import { priceRoutes } from "./prices";
import { productRoutes } from "./products";
import { promotionCodeRoutes } from "./promotion-codes";
import { refundRoutes } from "./refunds";
import type { Route } from "./route";
import { subscriptionRoutes } from "./subscriptions";

/** Every `/v1` endpoint the stand-in serves. */
export const apiRoutes: Route[] = [
  ...customerRoutes,
  ...productRoutes,
  ...priceRoutes,
  ...couponRoutes,
  ...promotionCodeRoutes,
  ...checkoutSessionRoutes,
  ...subscriptionRoutes,
  ...invoiceRoutes,
  ...invoicePaymentRoutes,
  ...paymentMethodRoutes,
  ...refundRoutes,
  ...billingPortalRoutes,
  ...eventRoutes,
];
