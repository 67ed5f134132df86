// `npm run stripe:sync` — creates or finds the Stripe Products/Prices for our plans and stores
// their ids. Runs on every `npm start`; safe to repeat.
import { syncPlans } from "../lib/billing/sync-plans";

const results = await syncPlans();
for (const r of results) console.log(`[stripe] plan ${r.slug} → ${r.priceId}${r.created ? " (created)" : ""}`);
process.exit(0);
