import { defineConfig } from "vitest/config";

// The stand-in's own suites: pure unit tests, and integration tests that drive a running
// stand-in with the official SDK. Neither needs a database.
export default defineConfig({
  test: {
    name: "stripe-standin",
    include: ["tests/**/*.test.ts"],
    environment: "node",
    testTimeout: 30_000,
  },
});
