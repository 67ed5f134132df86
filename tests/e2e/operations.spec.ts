import { expect, test } from "@playwright/test";
import { e2eDb } from "./support/db";

// The background worker started by `npm start` registers its schedules in the PostgreSQL queue.
test("the job worker schedules the yearly academic re-confirmation", async () => {
  await expect
    .poll(
      async () => {
        const { rows } = await e2eDb()
          .query(`SELECT name, cron, timezone FROM pgboss.schedule`)
          .catch(() => ({ rows: [] }));
        return rows;
      },
      { timeout: 20_000 },
    )
    .toContainEqual({ name: "discounts.reconfirmation", cron: "0 9 * * *", timezone: "UTC" });
});
