// CPU time of other processes for the Daily Brief bench, from /proc: PostgreSQL's postmaster and
// every backend under it. Linux only; elsewhere the figure is left out.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

const TICKS_PER_SECOND = 100; // USER_HZ on every Linux the bench runs on

function stat(pid: number): string[] | undefined {
  try {
    // "pid (command) state ppid …": the command may contain spaces, so split after its ")".
    return fs.readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]!.split(" ");
  } catch {
    return undefined;
  }
}

/** User + system CPU (ms) of `root` and all its descendants now, with their reaped children's. */
export function processTreeCpuMs(root: number): number {
  const parentOf = new Map<number, number>();
  for (const entry of fs.readdirSync("/proc")) if (/^\d+$/.test(entry)) parentOf.set(Number(entry), Number(stat(Number(entry))?.[1]));
  const inTree = (pid: number): boolean => pid === root || (parentOf.has(pid) && pid > 1 && inTree(parentOf.get(pid)!));
  let ticks = 0;
  for (const pid of parentOf.keys()) {
    if (!inTree(pid)) continue;
    const fields = stat(pid);
    // utime, stime, cutime, cstime are fields 14–17 of stat, 11–14 after the ") " split.
    if (fields) ticks += [11, 12, 13, 14].reduce((sum, i) => sum + Number(fields[i]), 0);
  }
  return (ticks * 1000) / TICKS_PER_SECOND;
}

/** The postmaster's pid from its data directory, when on Linux. */
export function postmasterPid(dataDir: string): number | undefined {
  if (os.platform() !== "linux") return undefined;
  const file = path.join(dataDir, "postmaster.pid");
  return fs.existsSync(file) ? Number(fs.readFileSync(file, "utf8").split("\n")[0]) : undefined;
}
