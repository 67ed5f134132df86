import type { TestProject } from "vitest/node";
import { startTestDatabase } from "../support/test-database";
import { TEST_PORTS } from "../support/test-ports";

declare module "vitest" {
  export interface ProvidedContext {
    databaseUrl: string;
    dataDir: string;
    /** STRIPE_SECRET_KEY as the run was started with: runs the contract suite against Stripe test mode. */
    stripeTestModeKey: string;
  }
}

export default async function setup(project: TestProject) {
  const database = await startTestDatabase(TEST_PORTS.integrationPostgres);
  project.provide("databaseUrl", database.url);
  project.provide("dataDir", database.dataDir);
  project.provide("stripeTestModeKey", process.env.STRIPE_SECRET_KEY ?? "");
  return () => database.stop();
}
