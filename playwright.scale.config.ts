import { defineConfig } from "@playwright/test";
import e2e from "./playwright.config";

// The scale group (tests/scale): fault and several-instance tests. Each file starts its own
// production stack (tests/scale/support/stack.ts) from the build the end-to-end suite made, so
// it runs after that suite (`npm test`), or alone with `npm run test:scale`.
export default defineConfig({
  testDir: "tests/scale",
  fullyParallel: false,
  workers: 1,
  retries: 0,
  // Starting a stack (PostgreSQL, instances, workers) takes a while on a loaded machine.
  timeout: 240_000,
  globalTimeout: 12 * 60_000,
  reporter: [["list"]],
  use: { ...e2e.use, baseURL: undefined },
  projects: e2e.projects,
});
