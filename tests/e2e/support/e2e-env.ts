import path from "node:path";

// Ports and folders of the end-to-end stack, apart from a developer's own `npm start`.
const port = 3100;
const pgPort = 54339;
const dataDir = path.resolve(".data/e2e");

export const E2E = {
  appUrl: `http://localhost:${port}`,
  standinUrl: "http://127.0.0.1:12112",
  databaseUrl: `postgresql://dispatch:dispatch@127.0.0.1:${pgPort}/dispatch`,
  dataDir,
  outboxDir: path.join(dataDir, "outbox"),
  serverEnv: {
    PORT: String(port),
    EMBEDDED_PG_PORT: String(pgPort),
    STRIPE_STANDIN_PORT: "12112",
    DISPATCH_DATA_DIR: dataDir,
  },
};
