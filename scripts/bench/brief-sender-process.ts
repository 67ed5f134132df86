// One worker process of the Daily Brief bench (scripts/bench/brief-fanout.ts): the product's
// sender, configured from the environment (DATABASE_URL, SMTP_URL, SMTP_MAX_CONNECTIONS…) as
// `npm run worker` is, running `runs` sender runs side by side as its `briefs.send` jobs would.
// Prints "ready" once loaded, sends when a line arrives on stdin, then prints a JSON report:
// messages sent, its CPU time (ms) while sending and its peak RSS (bytes).
import readline from "node:readline";
import { sendDueDeliveries } from "../../lib/briefs/send-deliveries";
import { getMailer } from "../../lib/email/transport";

const runs = Number(process.argv[2] ?? 1);
console.log("ready");
await new Promise((resolve) => readline.createInterface({ input: process.stdin }).once("line", resolve));
let peakRss = process.memoryUsage.rss();
const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage.rss())), 100);
const cpuBefore = process.cpuUsage();
const reports = await Promise.all(Array.from({ length: runs }, () => sendDueDeliveries({ budgetMs: 60 * 60_000 })));
const cpu = process.cpuUsage(cpuBefore);
clearInterval(sampler);
getMailer().close();
const sent = reports.reduce((sum, report) => sum + report.sent, 0);
console.log(
  JSON.stringify({ sent, cpuMs: (cpu.user + cpu.system) / 1000, peakRss: Math.max(peakRss, process.resourceUsage().maxRSS * 1024) }),
);
process.exit(0);
