import path from "node:path";
import { migrateDatabase } from "./migrate";
import { run } from "./run";

/** Node with TypeScript and without the server-only guard, for the scripts run beside the app. */
export const TSX_NODE = ["--import", "tsx", "--import", "./scripts/lib/server-only-hook.mjs"];

/**
 * The release step every start runs before any app instance or worker: migrations and job queues,
 * plans (and the demo publication when asked), then the plans' prices at Stripe. Safe to repeat,
 * and run once per deploy when instances and workers are started on their own (`npm run db:deploy`).
 */
export async function prepareDatabase(root: string, env: Record<string, string>, options: { demo: boolean }): Promise<void> {
  await migrateDatabase(root, env.DATABASE_URL!);
  const seed = [...TSX_NODE, path.join("prisma", "seed", "index.ts")];
  await run("node", options.demo ? [...seed, "--demo"] : seed, { cwd: root, env });
  await run("node", [...TSX_NODE, path.join("scripts", "stripe-sync.ts")], { cwd: root, env });
}
