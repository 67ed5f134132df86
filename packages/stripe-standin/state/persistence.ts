import { mkdirSync, readFileSync, renameSync, writeFileSync, existsSync } from "node:fs";
import { dirname } from "node:path";
import { emptyState, type StandinState } from "./types";

/**
 * Loads the state file if there is one. A missing file is a fresh start; an unreadable one is
 * an error rather than a silent reset, because silently losing customers would desync the app's DB.
 */
export function loadState(file: string | undefined): StandinState {
  if (!file || !existsSync(file)) return emptyState();
  const parsed: unknown = JSON.parse(readFileSync(file, "utf8"));
  if (!parsed || typeof parsed !== "object" || (parsed as { version?: unknown }).version !== 1) {
    throw new Error(`stripe-standin: ${file} is not a state file this version understands`);
  }
  // Merge over an empty state so files written before a collection existed still load.
  return { ...emptyState(), ...(parsed as Partial<StandinState>) } as StandinState;
}

/** Writes to a temp file then renames, so a crash mid-write never leaves half a JSON file. */
export function saveState(file: string | undefined, state: StandinState): void {
  if (!file) return;
  mkdirSync(dirname(file), { recursive: true });
  const tmp = `${file}.${process.pid}.tmp`;
  writeFileSync(tmp, JSON.stringify(state));
  renameSync(tmp, file);
}
