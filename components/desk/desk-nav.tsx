import Link from "next/link";
import { hasRole } from "@/lib/auth/roles";
import { DESK_SECTIONS } from "@/lib/desk/desk-sections";
import type { Role } from "@/lib/entitlements";

// The desk's sections. Editors see the newsroom's tools; admins also see the business ones.
// Not prefetched: every desk page is rendered per request, so prefetching would only load the server.
export function DeskNav({ role }: { role: Role }) {
  return (
    <nav aria-label="Desk" className="border-b border-neutral-300 bg-white">
      <ul className="mx-auto flex max-w-6xl gap-1 overflow-x-auto px-4 text-sm font-medium">
        {DESK_SECTIONS.filter((s) => hasRole(role, s.role)).map((s) => (
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
