import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import readline from "node:readline";

// Starts brief senders as separate processes (tests/integration/briefs/sender-process.ts), so
// tests can run several at once and kill one with SIGKILL halfway.

const root = path.resolve(import.meta.dirname, "../../..");

export interface SenderProcess {
  child: ChildProcess;
  /** Resolves with the sender's report, or null when it was killed. */
  done: Promise<{ sent: number } | null>;
  go(): void;
}

export async function startSender(smtpUrl: string, now: Date): Promise<SenderProcess> {
  const child = spawn(
    "node",
    [
      "--import",
      "tsx",
      "--import",
      "./scripts/lib/server-only-hook.mjs",
      "tests/integration/briefs/sender-process.ts",
      smtpUrl,
      now.toISOString(),
    ],
    { cwd: root, env: process.env, stdio: ["pipe", "pipe", "inherit"] },
  );
  const lines = readline.createInterface({ input: child.stdout! });
  let report: { sent: number } | null = null;
  const ready = new Promise<void>((resolve, reject) => {
    lines.on("line", (line) => {
      if (line === "ready") resolve();
      else if (line.startsWith("{")) report = JSON.parse(line) as { sent: number };
    });
    child.once("exit", () => reject(new Error("the sender exited before it was ready")));
  });
  const done = new Promise<{ sent: number } | null>((resolve) => child.once("exit", () => resolve(report)));
  await ready;
  return { child, done, go: () => child.stdin!.write("go\n") };
}
