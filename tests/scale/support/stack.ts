import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { startStripeStandin, type StripeStandin } from "@dispatch/stripe-standin";
import { startEmbeddedPostgres, type EmbeddedDatabase } from "../../../scripts/lib/embedded-postgres";
import { startSmtpSink, type SinkMessage, type SmtpSink } from "../../integration/support/smtp-sink";
import { TEST_PORTS } from "../../support/test-ports";
import { startBalancer, type Balancer } from "./balancer";
import { ensureBuild, launch, runScript, waitForHttp, type Service } from "./processes";

// A production stack for the scale tests, each part started the way a deployment starts it
// (`npm run db:deploy`, `npm run serve`, `npm run worker`, nginx with deploy/nginx.conf) and
// each part stoppable on its own: PostgreSQL, the Stripe stand-in, the SMTP server, any app
// instance or worker. Everything lives in a temporary folder; media in its shared objects folder.

export interface Stack {
  /** Where readers go: the load balancer, or the only instance. */
  url: string;
  databaseUrl: string;
  /** Connections for the test's own checks. */
  sql: pg.Pool;
  apps: Service[];
  workers: Service[];
  balancer?: Balancer;
  /** Every message the SMTP server accepted, across its restarts. */
  mail: SinkMessage[];
  standinUrl: string;
  stopDatabase(): Promise<void>;
  startDatabase(): Promise<void>;
  stopStandin(): Promise<void>;
  startStandin(): Promise<void>;
  stopSmtp(): Promise<void>;
  startSmtp(): Promise<void>;
  startWorker(): Promise<Service>;
  close(): Promise<void>;
}

const WEBHOOK_SECRET = "whsec_scale_tests";

export async function startStack(options: { instances: number; workers: number }): Promise<Stack> {
  await ensureBuild();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "dispatch-scale-"));
  fs.chmodSync(dir, 0o755);
  const balanced = options.instances > 1;
  const appPorts = Array.from({ length: options.instances }, (_, i) => TEST_PORTS.scaleApps + i);
  // 127.0.0.1, not localhost: Node's fetch may try ::1 first, where nginx does not listen.
  const url = `http://127.0.0.1:${balanced ? TEST_PORTS.scaleBalancer : appPorts[0]}`;

  let database: EmbeddedDatabase | undefined;
  const startDatabase = async () => {
    database = await startEmbeddedPostgres({ dataDir: path.join(dir, "postgres"), port: TEST_PORTS.scalePostgres });
  };
  await startDatabase();
  const databaseUrl = database!.url;

  const mail: SinkMessage[] = [];
  let smtp: SmtpSink | undefined;
  const startSmtp = async () => {
    smtp = await startSmtpSink({ port: TEST_PORTS.scaleSmtp, accepted: mail });
  };
  await startSmtp();

  let standin: StripeStandin | undefined;
  const startStandin = async () => {
    standin = await startStripeStandin({
      port: TEST_PORTS.scaleStripeStandin,
      webhookUrl: `${url}/api/stripe/webhook`,
      webhookSecret: WEBHOOK_SECRET,
      stateFile: path.join(dir, "stripe-standin.json"),
    });
  };
  await startStandin();

  const env: Record<string, string> = {
    NODE_ENV: "production",
    NEXT_TELEMETRY_DISABLED: "1",
    DATABASE_URL: databaseUrl,
    APP_URL: url,
    NEXTAUTH_URL: url,
    NEXTAUTH_SECRET: "scale-test-secret",
    TRUST_PROXY: balanced ? "1" : "0",
    DISPATCH_DATA_DIR: path.join(dir, "shared"),
    STRIPE_SECRET_KEY: "sk_test_scale",
    STRIPE_WEBHOOK_SECRET: WEBHOOK_SECRET,
    STRIPE_API_BASE: standin!.url,
    SMTP_URL: smtp!.url,
  };
  await runScript("db:deploy", ["--demo"], env);

  const startWorker = async () => {
    const worker = launch(`worker ${stack.workers.length + 1}`, "npm", ["run", "--silent", "worker"], env);
    stack.workers.push(worker);
    await worker.printed(/\[worker\] running/);
    return worker;
  };
  const stack: Stack = {
    url,
    databaseUrl,
    sql: new pg.Pool({ connectionString: databaseUrl, max: 3 }),
    apps: appPorts.map((port, i) => launch(`app ${i + 1}`, "npm", ["run", "--silent", "serve"], { ...env, PORT: String(port) })),
    workers: [],
    mail,
    standinUrl: standin!.url,
    stopDatabase: async () => database?.stop(),
    startDatabase,
    stopStandin: async () => standin?.close(),
    startStandin,
    stopSmtp: async () => smtp?.close(),
    startSmtp,
    startWorker,
    async close() {
      await Promise.all([...stack.workers, ...stack.apps, ...(stack.balancer ? [stack.balancer] : [])].map((s) => s.stop()));
      await stack.sql.end();
      await Promise.all([standin?.close(), smtp?.close()]);
      await database?.stop();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
  // A pool error while the database is down must not end the test run.
  stack.sql.on("error", () => {});
  try {
    await Promise.all([
      ...appPorts.map((port, i) => waitForHttp(`http://127.0.0.1:${port}/robots.txt`, stack.apps[i])),
      ...Array.from({ length: options.workers }, () => startWorker()),
    ]);
    if (balanced) {
      stack.balancer = startBalancer(dir, TEST_PORTS.scaleBalancer, appPorts);
      await waitForHttp(`${url}/robots.txt`, stack.balancer);
    }
  } catch (error) {
    // The caller never gets the stack to close: stop what did start, or it outlives the run.
    await stack.close().catch(() => {});
    throw error;
  }
  return stack;
}
