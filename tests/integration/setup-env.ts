import { inject } from "vitest";
import { assertLocalDatabase } from "../support/test-database";

// lib/env.ts reads process.env: point it at the run's own database and data folder.
const databaseUrl = inject("databaseUrl");
assertLocalDatabase(databaseUrl);
process.env.DATABASE_URL = databaseUrl;
process.env.DISPATCH_DATA_DIR = inject("dataDir");
process.env.NEXTAUTH_SECRET = "integration-test-secret";
