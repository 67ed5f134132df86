/** Catalogue and customer records. Only the modelled fields; `objects/*` builders add the rest. */
export type Metadata = Record<string, string>;

/** A saved test card. `failsRenewals` models 4000 0000 0000 0341. */
export interface CardRecord {
  id: string;
  brand: string;
  last4: string;
  expMonth: number;
  expYear: number;
  failsRenewals: boolean;
}

export interface CustomerRecord {
  id: string;
  created: number;
  email: string | null;
  name: string | null;
  description: string | null;
  phone: string | null;
  metadata: Metadata;
  deleted: boolean;
  card: CardRecord | null;
}

export interface ProductRecord {
  id: string;
  created: number;
  updated: number;
  name: string;
  description: string | null;
  active: boolean;
  metadata: Metadata;
  defaultPrice: string | null;
}

export interface PriceRecord {
  id: string;
  created: number;
  product: string;
  active: boolean;
  currency: string;
  unitAmount: number;
  /** null for one-time prices; checkout in subscription mode requires a recurring one. */
  recurring: { interval: "day" | "week" | "month" | "year"; intervalCount: number } | null;
  lookupKey: string | null;
  nickname: string | null;
  metadata: Metadata;
}

export interface CouponRecord {
  id: string;
  created: number;
  name: string | null;
  percentOff: number | null;
  amountOff: number | null;
  currency: string | null;
  duration: "forever" | "once" | "repeating";
  durationInMonths: number | null;
  maxRedemptions: number | null;
  redeemBy: number | null;
  timesRedeemed: number;
  metadata: Metadata;
  deleted: boolean;
}

export interface PromotionCodeRecord {
  id: string;
  created: number;
  code: string;
  coupon: string;
  customer: string | null;
  active: boolean;
  maxRedemptions: number | null;
  expiresAt: number | null;
  timesRedeemed: number;
  firstTimeTransaction: boolean;
  metadata: Metadata;
}

/** A coupon applied to a subscription (Stripe's `discount` object, id `di_...`). */
export interface DiscountRecord {
  id: string;
  coupon: string;
  promotionCode: string | null;
  customer: string;
  subscription: string | null;
  checkoutSession: string | null;
  start: number;
  end: number | null;
}
