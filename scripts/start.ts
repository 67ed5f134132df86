// `npm start` (production build) and `npm run dev` (next dev): the whole product in one command.
// With no environment variables it brings up an embedded PostgreSQL, a local Stripe stand-in
// and a local mail outbox, all under the data folder; set DATABASE_URL / STRIPE_SECRET_KEY /
// SMTP_URL to use real services instead.
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { isBuildCurrent, recordBuild } from "./lib/build-fingerprint";
import { startEmbeddedPostgres } from "./lib/embedded-postgres";
import { assertPortFree } from "./lib/port-free";
import { prepareDatabase, TSX_NODE as tsxNode } from "./lib/prepare-database";
import { launch, run } from "./lib/run";
import { parseEnv } from "../lib/env";

const root = path.resolve(import.meta.dirname, "..");
const dev = process.argv.includes("--dev");
const fresh = process.argv.includes("--fresh");
const config = parseEnv(process.env);
const dataDir = path.resolve(config.DISPATCH_DATA_DIR);
const appUrl = config.APP_URL;
const startedAt = Date.now();
const log = (message: string) => console.log(`[dispatch] ${message}`);
const cleanups: Array<() => Promise<void>> = [];

/** A secret generated once per data folder, so sessions survive restarts without any setup. */
function localSecret(name: string): string {
  const file = path.join(dataDir, "secrets", name);
  if (!fs.existsSync(file)) {
    fs.mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
    fs.writeFileSync(file, crypto.randomBytes(32).toString("base64url"), { mode: 0o600 });
  }
  return fs.readFileSync(file, "utf8");
}

async function main(): Promise<void> {
  if (fresh) fs.rmSync(dataDir, { recursive: true, force: true });
  fs.mkdirSync(dataDir, { recursive: true });
  await assertPortFree(config.PORT, "the site", "PORT");

  let databaseUrl = config.DATABASE_URL;
  if (!databaseUrl) {
    const embedded = await startEmbeddedPostgres({ dataDir: path.join(dataDir, "postgres"), port: config.EMBEDDED_PG_PORT, log });
    cleanups.push(embedded.stop);
    databaseUrl = embedded.url;
    log(`embedded PostgreSQL on port ${config.EMBEDDED_PG_PORT} (data in ${path.relative(root, dataDir) || "."}/postgres)`);
  }

  const appEnv: Record<string, string> = {
    DATABASE_URL: databaseUrl,
    DISPATCH_DATA_DIR: dataDir,
    APP_URL: appUrl,
    NEXTAUTH_URL: appUrl,
    // Next.js would otherwise try to reach its telemetry server during builds.
    NEXT_TELEMETRY_DISABLED: "1",
    NEXTAUTH_SECRET: config.NEXTAUTH_SECRET ?? localSecret("nextauth"),
  };

  if (!config.STRIPE_SECRET_KEY) {
    // No Stripe keys: a local stand-in speaks Stripe's API (and hosts checkout and the
    // billing portal), so a newcomer can subscribe end to end. Its state persists too.
    const webhookSecret = `whsec_${localSecret("stripe-webhook")}`;
    // Imported only here: production installs (real Stripe) don't ship the stand-in.
    const { startStripeStandin } = await import("@dispatch/stripe-standin");
    await assertPortFree(config.STRIPE_STANDIN_PORT, "the local Stripe stand-in", "STRIPE_STANDIN_PORT");
    const standin = await startStripeStandin({
      port: config.STRIPE_STANDIN_PORT,
      webhookUrl: `${appUrl}/api/stripe/webhook`,
      webhookSecret,
      stateFile: path.join(dataDir, "stripe-standin.json"),
      // Stripe's own delivery (concurrent, out of order, sometimes twice) is the default, so the
      // app is always run against it; the seed is logged to replay a run's choices.
      delivery: { seed: config.STRIPE_STANDIN_WEBHOOK_SEED },
    });
    cleanups.push(() => standin.close());
    Object.assign(appEnv, {
      STRIPE_SECRET_KEY: "sk_test_dispatch_standin",
      STRIPE_WEBHOOK_SECRET: webhookSecret,
      STRIPE_API_BASE: standin.url,
    });
    const { concurrency, duplicateRate, seed } = standin.delivery;
    log(`local Stripe stand-in on ${standin.url} (test card 4242 4242 4242 4242)`);
    log(
      `stand-in webhooks: ${concurrency} at a time, shuffled, ${duplicateRate * 100}% sent twice (STRIPE_STANDIN_WEBHOOK_SEED=${seed} replays)`,
    );
  }

  await run("node", [path.join(root, "node_modules/prisma/build/index.js"), "generate", "--no-hints"], {
    cwd: root,
    env: { DATABASE_URL: databaseUrl, CHECKPOINT_DISABLE: "1" },
  });
  // Plans on every start; the demo publication only into the embedded database, on its first start.
  await prepareDatabase(root, appEnv, { demo: !config.DATABASE_URL });

  const next = path.join(root, "node_modules/next/dist/bin/next");
  if (!dev && !isBuildCurrent(root)) {
    log("building the site (first start or sources changed)…");
    await run("node", [next, "build"], { cwd: root, env: appEnv });
    recordBuild(root);
  }

  const worker = launch("node", [...tsxNode, "scripts/worker.ts"], {
    cwd: root,
    env: appEnv,
  });
  cleanups.push(() => stopChild(worker));
  // The app's own server (server.ts): Next.js behind the edge checks and security headers.
  const server = launch("node", ["--import", "tsx", "server.ts"], {
    cwd: root,
    env: { ...appEnv, PORT: String(config.PORT), NODE_ENV: dev ? "development" : "production" },
  });
  cleanups.push(() => stopChild(server));
  server.on("exit", (code) => void shutdown(code ?? 0));
  log(`ready in ${((Date.now() - startedAt) / 1000).toFixed(1)} s — open ${appUrl}`);
  // The first admin without a command line: printed last, so it is not scrolled away.
  if (!config.DATABASE_URL) await run("node", [...tsxNode, "scripts/admin-claim-link.ts"], { cwd: root, env: appEnv });
}

/** Asks a child to stop and waits for it (killing it after 10 s), so the database outlives its last connection. */
function stopChild(child: ReturnType<typeof launch>): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once("exit", () => resolve());
    child.kill("SIGTERM");
    setTimeout(() => child.kill("SIGKILL"), 10_000).unref();
  });
}

let stopping = false;
async function shutdown(code: number): Promise<void> {
  if (stopping) return;
  stopping = true;
  for (const cleanup of cleanups.reverse()) await cleanup().catch(() => {});
  process.exit(code);
}

// embedded-postgres installs its own SIGINT/SIGTERM hook that stops the database at once,
// racing the orderly shutdown below (app and worker first, database last). We own shutdown.
process.removeAllListeners("SIGINT");
process.removeAllListeners("SIGTERM");
process.on("SIGINT", () => void shutdown(0));
process.on("SIGTERM", () => void shutdown(0));
main().catch((error: unknown) => {
  console.error(`[dispatch] could not start: ${error instanceof Error ? error.message : String(error)}`);
  void shutdown(1);
});
