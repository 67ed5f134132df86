// Loads one URL from a second process (scripts/bench/load.ts, autocannon) after a warm-up, and
// samples the server's memory while it does and the CPU time it spent per request.
import { execFile } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";
import { cpuMs, rssMb } from "./stack";

const run = promisify(execFile);
const root = path.resolve(import.meta.dirname, "../..");

export interface LoadResult {
  requestsPerSecond: number;
  p50: number;
  p99: number;
  max: number;
  errors: number;
  non2xx: number;
  total: number;
  peakRssMb: number;
  /** The server process's CPU time (user + system) over the measured run ÷ requests answered. */
  cpuMsPerRequest: number;
}

export const LOAD = { connections: 20, warmUpSeconds: 3, durationSeconds: 15 };

async function load(url: string, headers: Record<string, string>, durationSeconds: number) {
  const options = JSON.stringify({ url, headers, connections: LOAD.connections, durationSeconds });
  const { stdout } = await run("node", ["--import", "tsx", "scripts/bench/load.ts", options], { cwd: root, maxBuffer: 1 << 20 });
  return JSON.parse(stdout.trim().split("\n").pop()!) as Omit<LoadResult, "peakRssMb">;
}

/** Warm-up, then the measured run; `serverPid` is the process whose memory is sampled. */
export async function measure(url: string, headers: Record<string, string>, serverPid: number | undefined): Promise<LoadResult> {
  await load(url, headers, LOAD.warmUpSeconds);
  let peak = 0;
  const sampler = setInterval(() => {
    if (serverPid) peak = Math.max(peak, rssMb(serverPid));
  }, 250);
  try {
    const cpuBefore = serverPid ? cpuMs(serverPid) : 0;
    const result = await load(url, headers, LOAD.durationSeconds);
    const cpu = serverPid ? cpuMs(serverPid) - cpuBefore : 0;
    return { ...result, peakRssMb: peak, cpuMsPerRequest: result.total ? cpu / result.total : 0 };
  } finally {
    clearInterval(sampler);
  }
}
