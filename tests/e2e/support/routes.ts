import fs from "node:fs";
import path from "node:path";

// Every page, route handler and server action of the app, read from the app/ tree and the
// build's server-action manifest, so a new route is covered by the bad-input table (or fails it
// until someone says how to reach it).

const appDir = path.resolve("app");

export interface AppRoute {
  /** The route as written in app/, e.g. `/articles/[slug]` (route groups removed). */
  pattern: string;
  kind: "page" | "handler" | "metadata";
  file: string;
}

function walk(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? walk(full) : [full];
  });
}

function urlPattern(relativeDir: string): string {
  const segments = relativeDir.split(path.sep).filter((s) => s && !/^\(.*\)$/.test(s));
  return `/${segments.join("/")}`;
}

// Metadata files Next.js serves at a fixed address.
const METADATA: Record<string, string> = { "robots.ts": "/robots.txt", "icon.svg": "/icon.svg" };

export function appRoutes(): AppRoute[] {
  return walk(appDir).flatMap((file): AppRoute[] => {
    const relative = path.relative(appDir, file);
    const name = path.basename(file);
    const pattern = urlPattern(path.dirname(relative));
    if (/^page\.(tsx|ts|jsx|js)$/.test(name)) return [{ pattern, kind: "page", file: relative }];
    if (/^route\.(ts|js)$/.test(name)) return [{ pattern, kind: "handler", file: relative }];
    if (path.dirname(relative) === "." && METADATA[name]) return [{ pattern: METADATA[name], kind: "metadata", file: relative }];
    return [];
  });
}

/** Fills the dynamic segments of a route from `samples`; throws for a segment nobody described. */
export function concreteUrl(pattern: string, samples: Record<string, string>): string {
  return pattern.replace(/\[(?:\.\.\.)?([^\]]+)\]/g, (_all, name: string) => {
    const value = samples[`${pattern}:${name}`];
    if (value === undefined) throw new Error(`Add a sample value for [${name}] of ${pattern} to the bad-input table`);
    return value;
  });
}

export interface ServerAction {
  id: string;
  name: string;
  file: string;
  /** Pages whose forms call the action. */
  pages: string[];
}

/** Server actions of the production build (the e2e suite runs against `next build` output). */
export function serverActions(): ServerAction[] {
  const manifest = JSON.parse(fs.readFileSync(path.resolve(".next/server/server-reference-manifest.json"), "utf8")) as {
    node: Record<string, { exportedName: string; filename: string; workers: Record<string, unknown> }>;
  };
  return Object.entries(manifest.node).map(([id, action]) => ({
    id,
    name: action.exportedName,
    file: action.filename,
    pages: Object.keys(action.workers).map((worker) => urlPattern(worker.replace(/^app\//, "").replace(/\/page$/, ""))),
  }));
}

/** Exported functions of every "use server" module in app/, to check the manifest misses none. */
export function declaredServerActions(): Array<{ file: string; name: string }> {
  return walk(appDir)
    .filter((file) => /\.(ts|tsx)$/.test(file) && /^\s*["']use server["']/.test(fs.readFileSync(file, "utf8")))
    .flatMap((file) =>
      [...fs.readFileSync(file, "utf8").matchAll(/export\s+async\s+function\s+(\w+)/g)].map((m) => ({
        file: path.relative(process.cwd(), file),
        name: m[1]!,
      })),
    );
}
