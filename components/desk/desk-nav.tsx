import Link from "next/link";
import { hasRole } from "@/lib/auth/roles";
import type { Role } from "@/lib/entitlements";

// The desk's sections. Editors see the newsroom's tools; admins also see the business ones.
// Not prefetched: every desk page is rendered per request, so prefetching would only load the server.
const SECTIONS: Array<{ href: string; label: string; role: Role }> = [
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

export function DeskNav({ role }: { role: Role }) {
  return (
    <nav aria-label="Desk" className="border-b border-neutral-300 bg-white">
      <ul className="mx-auto flex max-w-6xl gap-1 overflow-x-auto px-4 text-sm font-medium">
        {SECTIONS.filter((s) => hasRole(role, s.role)).map((s) => (
          <li key={s.href}>
            <Link href={s.href} prefetch={false} className="block whitespace-nowrap px-3 py-2 hover:bg-neutral-100">
              {s.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
