// The Daily Brief section of `npm run bench`: runs the fan-out benchmark (brief-fanout.ts, in its
// own process with its own database and SMTP sink) and judges its throughput against the target.
import { spawn } from "node:child_process";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "../..");
const TARGET_MESSAGES_PER_SECOND = 500;

export async function benchBriefFanout(): Promise<boolean> {
  const child = spawn("node", ["--import", "tsx", "--import", "./scripts/lib/server-only-hook.mjs", "scripts/bench/brief-fanout.ts"], {
    cwd: root,
    stdio: ["ignore", "pipe", "inherit"],
  });
  let output = "";
  child.stdout.on("data", (chunk: Buffer) => {
    output += chunk.toString();
    process.stdout.write(chunk);
  });
  const code = await new Promise<number | null>((resolve) => child.on("exit", resolve));
  const rate = Number(/= (\d+) messages\/s/.exec(output)?.[1] ?? 0);
  const passed = code === 0 && rate >= TARGET_MESSAGES_PER_SECOND;
  console.log(`\nTargets\n  ${passed ? "PASS" : "FAIL"}  fan-out ≥ ${TARGET_MESSAGES_PER_SECOND} messages/s: ${rate} messages/s`);
  return passed;
}
