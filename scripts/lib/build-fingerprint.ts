import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";

// A cheap fingerprint of everything `next build` reads, so `npm start` rebuilds only when
// the sources changed since the last build.
const INPUTS = ["app", "components", "lib", "public", "next.config.js", "postcss.config.mjs", "package-lock.json", "prisma/schema.prisma"];

function walk(entry: string, out: string[]): void {
  if (!fs.existsSync(entry)) return;
  const stat = fs.statSync(entry);
  if (stat.isDirectory()) {
    for (const name of fs.readdirSync(entry).sort()) walk(path.join(entry, name), out);
  } else {
    out.push(`${entry}:${stat.size}:${stat.mtimeMs}`);
  }
}

export function sourceFingerprint(root: string): string {
  const lines: string[] = [];
  for (const input of INPUTS) walk(path.join(root, input), lines);
  return crypto.createHash("sha256").update(lines.join("\n")).digest("hex");
}

const STAMP = path.join(".next", "dispatch-source-fingerprint");

export function isBuildCurrent(root: string): boolean {
  const stamp = path.join(root, STAMP);
  return (
    fs.existsSync(path.join(root, ".next", "BUILD_ID")) &&
    fs.existsSync(stamp) &&
    fs.readFileSync(stamp, "utf8") === sourceFingerprint(root)
  );
}

export function recordBuild(root: string): void {
  fs.writeFileSync(path.join(root, STAMP), sourceFingerprint(root));
}
