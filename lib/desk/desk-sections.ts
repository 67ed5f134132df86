import type { Role } from "@/lib/entitlements";

// The desk's sections and who may use them. The navigation shows them; the access tests
// (tests/e2e/desk-access.spec.ts) hold every page under each address to its role.

export interface DeskSection {
  href: string;
  label: string;
  role: Role;
}

export const DESK_SECTIONS: DeskSection[] = [
  { href: "/admin", label: "Desk", role: "EDITOR" },
  { href: "/admin/articles", label: "Articles", role: "EDITOR" },
  { href: "/admin/picks", label: "Picks", role: "EDITOR" },
  { href: "/admin/briefs", label: "Daily Brief", role: "EDITOR" },
  { href: "/admin/episodes", label: "Podcast", role: "EDITOR" },
  { href: "/admin/authors", label: "Authors", role: "EDITOR" },
  { href: "/admin/business", label: "Business", role: "ADMIN" },
  { href: "/admin/people", label: "People", role: "ADMIN" },
  { href: "/admin/discounts", label: "Academic codes", role: "ADMIN" },
  { href: "/admin/podcast-feeds", label: "Feed sharing", role: "ADMIN" },
  { href: "/admin/settings", label: "Settings", role: "ADMIN" },
  { href: "/admin/audit", label: "Audit log", role: "ADMIN" },
];

/** The role a desk address needs: that of the longest section address it falls under. */
export function deskRoleFor(path: string): Role {
  const matches = DESK_SECTIONS.filter((s) => path === s.href || path.startsWith(`${s.href}/`));
  return matches.sort((a, b) => b.href.length - a.href.length)[0]?.role ?? "ADMIN";
}
