import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { isBuildCurrent, recordBuild } from "../../../scripts/lib/build-fingerprint";

// The product's own npm scripts as child processes of a test: each in a process group of its
// own, so a kill reaches Node behind npm, and a SIGKILL is as sudden as a machine dying.

export const ROOT = path.resolve(import.meta.dirname, "../../..");

export interface Service {
  name: string;
  child: ChildProcess;
  /** The last lines it printed, for failure messages. */
  output(): string;
  /** Waits until a line it printed matches. */
  printed(pattern: RegExp, timeoutMs?: number): Promise<void>;
  /** SIGTERM (orderly) or SIGKILL (sudden) to the whole group; resolves when it has exited. */
  stop(signal?: "SIGTERM" | "SIGKILL"): Promise<void>;
}

export function launch(name: string, command: string, args: string[], env: Record<string, string>): Service {
  const child = spawn(command, args, { cwd: ROOT, env: { ...process.env, ...env }, detached: true, stdio: ["ignore", "pipe", "pipe"] });
  let tail = "";
  const listeners = new Set<() => void>();
  const collect = (chunk: Buffer) => {
    tail = (tail + chunk.toString()).slice(-20_000);
    for (const listener of listeners) listener();
  };
  child.stdout!.on("data", collect);
  child.stderr!.on("data", collect);
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const running = () => child.exitCode === null && child.signalCode === null;
  return {
    name,
    child,
    output: () => tail,
    printed: (pattern, timeoutMs = 120_000) =>
      new Promise((resolve, reject) => {
        const check = () => {
          if (pattern.test(tail)) done(resolve);
          else if (!running()) done(() => reject(new Error(`${name} exited before printing ${pattern}:\n${tail}`)));
        };
        const timer = setTimeout(() => done(() => reject(new Error(`${name} did not print ${pattern}:\n${tail}`))), timeoutMs);
        const done = (settle: () => void) => {
          clearTimeout(timer);
          listeners.delete(check);
          settle();
        };
        listeners.add(check);
        child.once("exit", check);
        check();
      }),
    async stop(signal = "SIGTERM") {
      if (!running()) return;
      process.kill(-child.pid!, signal);
      const force = setTimeout(() => running() && process.kill(-child.pid!, "SIGKILL"), 10_000);
      await exited;
      clearTimeout(force);
    },
  };
}

/** Runs an npm script of the product to completion. */
export async function runScript(script: string, args: string[], env: Record<string, string>): Promise<void> {
  const service = launch(script, "npm", ["run", "--silent", script, ...(args.length ? ["--", ...args] : [])], env);
  const code = await new Promise<number | null>((resolve) => service.child.once("exit", resolve));
  if (code !== 0) throw new Error(`npm run ${script} exited with ${code}:\n${service.output()}`);
}

/** The production build the e2e suite uses; built here only when the sources changed since (as `npm start` does). */
export async function ensureBuild(): Promise<void> {
  if (isBuildCurrent(ROOT)) return;
  await runScript("build", [], { NEXT_TELEMETRY_DISABLED: "1" });
  recordBuild(ROOT);
}

/** Polls `url` until it answers 200; on failure, says what `service` printed. */
export async function waitForHttp(url: string, service?: Service, timeoutMs = 120_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const ok = await fetch(url, { signal: AbortSignal.timeout(5_000) }).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return;
    // An instance that could not start (say its port was taken) must not pass for one that did.
    if (service && service.child.exitCode !== null) throw new Error(`${service.name} exited:\n${service.output()}`);
    if (Date.now() > deadline) throw new Error(`${url} did not answer in ${timeoutMs / 1000} s:\n${service?.output() ?? ""}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}
