import { defineConfig } from "vitest/config";
import path from "node:path";

/**
 * Unit tests are pure, and run three times: in UTC and in two zones whose offsets differ from
 * it (one with daylight saving, one with a half-hour offset), so date code that depends on the
 * machine's zone fails here instead of on a server somewhere else.
 */
const unitProject = (name: string, timeZone: string) => ({
  extends: true as const,
  test: { name, include: ["tests/unit/**/*.test.ts"], environment: "node", env: { TZ: timeZone } },
});

// Integration tests get a real embedded PostgreSQL from the global setup.
export default defineConfig({
  resolve: {
    alias: {
      "@": path.resolve(import.meta.dirname),
      "server-only": path.resolve(import.meta.dirname, "tests/support/server-only-noop.ts"),
    },
  },
  test: {
    projects: [
      "packages/stripe-standin",
      unitProject("unit", "UTC"),
      unitProject("unit-new-york", "America/New_York"),
      unitProject("unit-kolkata", "Asia/Kolkata"),
      {
        extends: true,
        test: {
          name: "integration",
          include: ["tests/integration/**/*.test.ts"],
          globalSetup: ["tests/integration/global-setup.ts"],
          setupFiles: ["tests/integration/setup-env.ts"],
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
