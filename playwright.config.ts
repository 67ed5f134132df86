import fs from "node:fs";
import { defineConfig, devices } from "@playwright/test";
import { E2E } from "./tests/e2e/support/e2e-env";

// End-to-end tests drive a real Chromium against the production build, started by the same
// script a newcomer runs (`npm start`), on a fresh embedded database of its own.
const systemChromium = "/usr/bin/chromium";

export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  reporter: [["list"]],
  use: {
    baseURL: E2E.appUrl,
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: fs.existsSync(systemChromium) ? systemChromium : undefined,
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
      ],
    },
  },
  projects: [{ name: "chromium", use: { ...devices["Desktop Chrome"] } }],
  webServer: {
    command: "node --import tsx scripts/start.ts --fresh",
    url: `${E2E.appUrl}/robots.txt`,
    timeout: 600_000,
    reuseExistingServer: false,
    stdout: "pipe",
    env: E2E.serverEnv,
  },
});
