// CPU time per request, measured from /proc: what the server and PostgreSQL spent, not how long
// the request waited. Unlike requests per second it barely moves when other work loads the
// machine, so ratios of it survive a busy shared machine.
import fs from "node:fs";
import path from "node:path";

const TICK_MS = 10; // Linux reports CPU time in clock ticks of 1/100 s (getconf CLK_TCK)

/** utime + stime, plus the CPU of exited children it reaped (cutime + cstime), in ms; 0 once gone. */
function cpuMsOf(pid: number): number {
  let stat: string;
  try {
    stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
  } catch {
    return 0;
  }
  // Fields after the command (which may contain spaces): state ppid … utime(14) stime(15) cutime(16) cstime(17).
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  return [11, 12, 13, 14].reduce((sum, i) => sum + Number(fields[i]), 0) * TICK_MS;
}

function childrenOf(pid: number): number[] {
  return fs
    .readdirSync("/proc")
    .filter((entry) => /^\d+$/.test(entry))
    .map(Number)
    .filter((child) => {
      try {
        const stat = fs.readFileSync(`/proc/${child}/stat`, "utf8");
        return Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]) === pid;
      } catch {
        return false;
      }
    });
}

/** PostgreSQL's postmaster and its backends (from postmaster.pid in `pgDataDir`). */
export function databaseProcesses(pgDataDir: string): () => number[] {
  const postmaster = Number(fs.readFileSync(path.join(pgDataDir, "postmaster.pid"), "utf8").split("\n")[0]);
  return () => [postmaster, ...childrenOf(postmaster)];
}

/** The server process and PostgreSQL's processes. */
export function serverAndDatabase(serverPid: number, pgDataDir: string): () => number[] {
  const database = databaseProcesses(pgDataDir);
  return () => [serverPid, ...database()];
}

/** The CPU time the `processes` have spent so far, in ms. */
export function totalCpuMs(processes: () => number[]): number {
  return processes().reduce((sum, pid) => sum + cpuMsOf(pid), 0);
}

/**
 * Requests `url` one at a time, for about `seconds` (at least `min` requests), and answers the
 * CPU time the `processes` spent per request, in ms.
 */
export async function cpuMsPerRequest(url: string, processes: () => number[], seconds = 3, min = 3): Promise<number> {
  const total = () => totalCpuMs(processes);
  const before = total();
  const started = performance.now();
  let count = 0;
  while (count < min || performance.now() - started < seconds * 1000) {
    await (await fetch(url)).arrayBuffer();
    count++;
  }
  return (total() - before) / count;
}
