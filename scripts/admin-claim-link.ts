// Run by `npm start` on the embedded default: while the database has no admin, prints a fresh
// one-time link that makes whoever opens it (signed in) the admin. Earlier links stop working.
import { getEnv } from "../lib/env";
import { issueAdminClaim } from "../lib/people/admin-claim";
import { ADMIN_CLAIM_LIFETIME_MS, adminClaimUrl } from "../lib/people/admin-claim-token";

const token = await issueAdminClaim();
if (token) {
  const hours = ADMIN_CLAIM_LIFETIME_MS / 3_600_000;
  console.log(`[dispatch] no admin yet. To become the admin, open this link and sign in (it works once, for ${hours} hours):`);
  console.log(`[dispatch]   ${adminClaimUrl(getEnv().APP_URL, token)}`);
}
process.exit(0);
