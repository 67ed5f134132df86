// `npm run db:deploy` — the release step of a deployment with separate app instances and workers
// (see the README's "Running several instances"): migrate, create the job queues, ensure the
// plans and sync them to Stripe, against DATABASE_URL. Run it once before starting the new
// version's instances (`npm run serve`) and workers (`npm run worker`); repeating it is harmless.
import path from "node:path";
import { getEnv } from "../lib/env";
import { prepareDatabase } from "./lib/prepare-database";

const env = getEnv();
if (!env.DATABASE_URL) throw new Error("DATABASE_URL is not set");
const root = path.resolve(import.meta.dirname, "..");
// --demo seeds the demo publication into an empty database (the test stacks use it).
await prepareDatabase(root, { DATABASE_URL: env.DATABASE_URL }, { demo: process.argv.includes("--demo") });
