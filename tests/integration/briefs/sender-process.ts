// A brief sender in its own process, as a worker runs it, for the crash and concurrency tests:
// `node --import tsx --import ./scripts/lib/server-only-hook.mjs sender-process.ts <smtp url> <now ISO>`.
// Prints "ready" once loaded, waits for a line on stdin, sends, prints its report as JSON.
import readline from "node:readline";
import { sendDueDeliveries } from "@/lib/briefs/send-deliveries";
import { createMailer } from "@/lib/email/transport";

const [smtpUrl, nowIso] = process.argv.slice(2) as [string, string];
const now = new Date(nowIso);
const mailer = createMailer({ smtpUrl, from: "Southbound <brief@news.example.org>", maxConnections: 3, outbox: "/nonexistent" });

console.log("ready");
await new Promise((resolve) => readline.createInterface({ input: process.stdin }).once("line", resolve));
const report = await sendDueDeliveries({ clock: () => now, mailer, batchSize: 25, concurrency: 6 });
console.log(JSON.stringify(report));
mailer.close();
process.exit(0);
