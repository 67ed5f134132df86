import type { TestProject } from "vitest/node";
import { startTestDatabase } from "../support/test-database";

declare module "vitest" {
  export interface ProvidedContext {
    databaseUrl: string;
    dataDir: string;
  }
}

export default async function setup(project: TestProject) {
  const database = await startTestDatabase(54349);
  project.provide("databaseUrl", database.url);
  project.provide("dataDir", database.dataDir);
  return () => database.stop();
}
