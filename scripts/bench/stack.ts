// The servers a benchmark measures: the product started the way a newcomer starts it (its own
// data folder and ports), and the reference app built with the same Next.js. Both are real
// production builds, and they run one after the other's measurements, never concurrently.
import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "../..");
const next = path.join(root, "node_modules/next/dist/bin/next");

export interface Server {
  url: string;
  process: ChildProcess;
  stop(): Promise<void>;
}

async function waitFor(url: string, seconds: number): Promise<void> {
  for (let i = 0; i < seconds * 4; i++) {
    const up = await fetch(url).then(
      (r) => r.ok,
      () => false,
    );
    if (up) return;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${url} did not answer within ${seconds} s`);
}

function stopper(child: ChildProcess): () => Promise<void> {
  return async () => {
    if (child.exitCode !== null) return;
    const exited = new Promise((resolve) => child.once("exit", resolve));
    child.kill("SIGTERM");
    await exited;
  };
}

// TEST_PORT_OFFSET shifts them, as it does the test ports, so two checkouts can bench at once.
const portOffset = Number(process.env.TEST_PORT_OFFSET ?? 0);
export const BENCH_PORTS = {
  app: 3200 + portOffset,
  postgres: 54369 + portOffset,
  standin: 12113 + portOffset,
  reference: 3201 + portOffset,
};
export const BENCH_DATA_DIR = path.join(root, ".data/bench");

/**
 * The product on its own data folder (demo content seeded on first start), built if needed;
 * `options` may name another folder and add environment (e.g. to turn the page cache off).
 */
export async function startProduct(options: { dataDir?: string; env?: Record<string, string> } = {}): Promise<Server> {
  const env = {
    ...process.env,
    PORT: String(BENCH_PORTS.app),
    EMBEDDED_PG_PORT: String(BENCH_PORTS.postgres),
    STRIPE_STANDIN_PORT: String(BENCH_PORTS.standin),
    DISPATCH_DATA_DIR: options.dataDir ?? BENCH_DATA_DIR,
    NEXT_TELEMETRY_DISABLED: "1",
    ...options.env,
  };
  const child = spawn("node", ["--import", "tsx", "scripts/start.ts"], { cwd: root, env, stdio: ["ignore", "ignore", "inherit"] });
  const url = `http://localhost:${BENCH_PORTS.app}`;
  await waitFor(`${url}/robots.txt`, 900);
  return { url, process: child, stop: stopper(child) };
}

/**
 * The reference app (bench/reference-app), rebuilt on every run so it is always built by the
 * Next.js installed now, the same one that built the product.
 */
export async function startReference(): Promise<Server> {
  const dir = path.join(root, "bench/reference-app");
  const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1", NODE_ENV: "production" as const };
  fs.rmSync(path.join(dir, ".next"), { recursive: true, force: true });
  await new Promise<void>((resolve, reject) => {
    const build = spawn("node", [next, "build", dir], { cwd: root, env, stdio: ["ignore", "ignore", "inherit"] });
    build.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`reference build exited with ${code}`))));
  });
  const child = spawn("node", [next, "start", dir, "-p", String(BENCH_PORTS.reference)], {
    cwd: root,
    env,
    stdio: ["ignore", "ignore", "inherit"],
  });
  const url = `http://localhost:${BENCH_PORTS.reference}`;
  await waitFor(`${url}/prerendered`, 120);
  return { url, process: child, stop: stopper(child) };
}

/** The pid of the process under `root` whose command line mentions `marker` (e.g. "server.ts"). */
export function findProcess(rootPid: number, marker: string): number | undefined {
  return [rootPid, ...descendants(rootPid)].find((pid) => readProc(pid, "cmdline")?.includes(marker));
}

/** Resident memory of one process now, in MB (0 once it has gone). */
export function rssMb(pid: number): number {
  const match = readProc(pid, "status")?.match(/VmRSS:\s+(\d+) kB/);
  return match ? Number(match[1]) / 1024 : 0;
}

const clockTicksPerSecond = Number(execFileSync("getconf", ["CLK_TCK"], { encoding: "utf8" }).trim()) || 100;

/** CPU time one process has used so far (user + system), in ms: load-robust, unlike req/s. */
export function cpuMs(pid: number): number {
  // /proc/<pid>/stat fields after "(command) ": state is the 1st, utime the 12th, stime the 13th.
  const fields = readProc(pid, "stat")?.split(") ")[1]?.split(" ");
  return fields ? ((Number(fields[11]) + Number(fields[12])) * 1000) / clockTicksPerSecond : 0;
}

function descendants(pid: number): number[] {
  const found: number[] = [];
  for (const entry of fs.readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    // /proc/<pid>/stat: "pid (command) state ppid …"; the command may contain spaces.
    const parent = Number(readProc(Number(entry), "stat")?.split(") ")[1]?.split(" ")[1]);
    if (parent === pid) found.push(Number(entry), ...descendants(Number(entry)));
  }
  return found;
}

function readProc(pid: number, file: string): string | undefined {
  try {
    return fs.readFileSync(`/proc/${pid}/${file}`, "utf8");
  } catch {
    return undefined;
  }
}
