import fs from "node:fs";
import path from "node:path";
import { deskRoleFor } from "@/lib/desk/desk-sections";
import type { Role } from "@/lib/entitlements";

// Which server actions belong to the desk, from the build's server-action manifest. A server
// action can be called at any address, not only on its own page (Next.js forwards it), so
// proxy.ts asks here to refuse desk actions to non-staff wherever they are posted. The actions
// guard themselves too; this makes the refusal a 404 everywhere instead of an empty 200.

const MANIFEST = path.join(".next", "server", "server-reference-manifest.json");

interface Manifest {
  node?: Record<string, { workers?: Record<string, unknown> }>;
}

/** The role each desk action needs: the highest of its pages' (actions used by any other page are not listed). Pure. */
export function deskActionRoles(manifest: Manifest): Map<string, Role> {
  const roles = new Map<string, Role>();
  for (const [id, action] of Object.entries(manifest.node ?? {})) {
    const pages = Object.keys(action.workers ?? {}).map((worker) => `/${worker.replace(/^app\//, "").replace(/\/page$/, "")}`);
    if (pages.length === 0 || !pages.every((page) => page === "/admin" || page.startsWith("/admin/"))) continue;
    roles.set(id, pages.map(deskRoleFor).includes("ADMIN") ? "ADMIN" : "EDITOR");
  }
  return roles;
}

let cached: { mtimeMs: number; roles: Map<string, Role> } | undefined;

/** The role a desk action needs, or null for any other action (or when there is no build). */
export function deskActionRole(actionId: string): Role | null {
  let mtimeMs: number;
  try {
    mtimeMs = fs.statSync(MANIFEST).mtimeMs;
    // The development server rewrites the manifest as it compiles pages.
    if (cached?.mtimeMs !== mtimeMs)
      cached = { mtimeMs, roles: deskActionRoles(JSON.parse(fs.readFileSync(MANIFEST, "utf8")) as Manifest) };
  } catch {
    return null;
  }
  return cached.roles.get(actionId) ?? null;
}
