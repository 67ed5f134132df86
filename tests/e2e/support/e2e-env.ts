import path from "node:path";
import { TEST_PORTS } from "../../support/test-ports";

// Ports and folders of the end-to-end stack, apart from a developer's own `npm start`.
const port = TEST_PORTS.e2eApp;
const pgPort = TEST_PORTS.e2ePostgres;
const standinPort = TEST_PORTS.e2eStripeStandin;
const dataDir = path.resolve(".data/e2e");

export const E2E = {
  appUrl: `http://localhost:${port}`,
  standinUrl: `http://127.0.0.1:${standinPort}`,
  databaseUrl: `postgresql://dispatch:dispatch@127.0.0.1:${pgPort}/dispatch`,
  dataDir,
  outboxDir: path.join(dataDir, "outbox"),
  serverEnv: {
    PORT: String(port),
    EMBEDDED_PG_PORT: String(pgPort),
    STRIPE_STANDIN_PORT: String(standinPort),
    DISPATCH_DATA_DIR: dataDir,
  },
};
