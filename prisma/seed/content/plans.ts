// The two plans a new publication starts with. Amounts are in cents; Stripe Price ids are
// filled in by the plan sync, never hard-coded.
export const plans = [
  { slug: "monthly", name: "Monthly", interval: "month", amount: 1000, currency: "usd" },
  { slug: "yearly", name: "Yearly", interval: "year", amount: 10000, currency: "usd" },
] as const;
