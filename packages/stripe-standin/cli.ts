/**
 * Runs the stand-in as a process, for the dev/e2e start script:
 *   npx tsx packages/stripe-standin/cli.ts --port=12111 --webhook-url=http://localhost:3000/api/stripe/webhook \
 *     --webhook-secret=whsec_dev --state-file=.data/stripe-standin.json
 * Each flag can also come from the environment: PORT, WEBHOOK_URL, WEBHOOK_SECRET, STATE_FILE,
 * HOST, PUBLIC_URL. Flags win over the environment. Webhook delivery (see README):
 * --webhook-concurrency / WEBHOOK_CONCURRENCY, --webhook-shuffle / WEBHOOK_SHUFFLE (true|false),
 * --webhook-duplicate-rate / WEBHOOK_DUPLICATE_RATE (0-1), --webhook-seed / WEBHOOK_SEED.
 */
import { startStripeStandin } from "./index";

function flag(name: string): string | undefined {
  const prefix = `--${name}=`;
  const arg = process.argv.slice(2).find((a) => a.startsWith(prefix));
  return arg?.slice(prefix.length);
}

function numberSetting(name: string, env: string): number | undefined {
  const raw = flag(name) ?? process.env[env];
  if (raw === undefined || raw === "") return undefined;
  const value = Number(raw);
  if (!Number.isFinite(value)) {
    console.error(`stripe-standin: --${name} must be a number`);
    process.exit(2);
  }
  return value;
}

async function main(): Promise<void> {
  const webhookSecret = flag("webhook-secret") ?? process.env.WEBHOOK_SECRET;
  if (!webhookSecret) {
    console.error("stripe-standin: set WEBHOOK_SECRET (or --webhook-secret=whsec_...)");
    process.exit(2);
  }
  const port = Number(flag("port") ?? process.env.PORT ?? 12111);
  if (!Number.isInteger(port) || port < 0) {
    console.error("stripe-standin: PORT must be a port number");
    process.exit(2);
  }
  const standin = await startStripeStandin({
    port,
    host: flag("host") ?? process.env.HOST,
    webhookUrl: flag("webhook-url") ?? process.env.WEBHOOK_URL,
    webhookSecret,
    publicUrl: flag("public-url") ?? process.env.PUBLIC_URL,
    stateFile: flag("state-file") ?? process.env.STATE_FILE,
    delivery: {
      concurrency: numberSetting("webhook-concurrency", "WEBHOOK_CONCURRENCY"),
      shuffle: (flag("webhook-shuffle") ?? process.env.WEBHOOK_SHUFFLE ?? "true") !== "false",
      duplicateRate: numberSetting("webhook-duplicate-rate", "WEBHOOK_DUPLICATE_RATE"),
      seed: numberSetting("webhook-seed", "WEBHOOK_SEED"),
    },
  });
  const { concurrency, shuffle, duplicateRate, seed } = standin.delivery;
  console.log(`stripe-standin listening on ${standin.url} (clock: ${standin.now().toISOString()})`);
  console.log(
    `stripe-standin webhooks: ${concurrency} at a time, ${shuffle ? "shuffled" : "in order"}, ${duplicateRate * 100}% sent twice, seed ${seed}`,
  );
  const stop = () => {
    void standin.close().then(() => process.exit(0));
  };
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
