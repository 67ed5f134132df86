import type { Metadata } from "next";
import Link from "next/link";
import { DeskItemList } from "@/components/desk/desk-item-list";
import { requireRole } from "@/lib/auth/guards";
import { deskLinks } from "@/lib/desk/desk-links";
import { getDeskOverview } from "@/lib/desk/overview";
import { getPublication } from "@/lib/publication";

export const metadata: Metadata = { title: "Desk", robots: { index: false } };

const QUICK_LINKS = [
  { href: deskLinks.newArticle, label: "New article" },
  { href: deskLinks.newEpisode, label: "New episode" },
  { href: deskLinks.picks, label: "Today’s picks" },
  { href: deskLinks.briefs, label: "Daily Brief" },
];

export default async function DeskHomePage() {
  await requireRole("EDITOR");
  const [{ scheduled, drafts, published }, { timeZone }] = await Promise.all([getDeskOverview(), getPublication()]);
  return (
    <>
      <h1 className="font-serif text-3xl font-bold">Desk</h1>
      <p className="mt-1 text-sm text-muted">Times are in the publication’s time zone, {timeZone}.</p>
      <nav aria-label="Quick links" className="mt-4">
        <ul className="flex flex-wrap gap-2">
          {QUICK_LINKS.map((link) => (
            <li key={link.href}>
              <Link
                href={link.href}
                className="inline-block rounded border border-ink bg-white px-3 py-2 font-semibold hover:bg-ink hover:text-paper"
              >
                {link.label}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <div className="mt-6 grid gap-4 lg:grid-cols-3">
        <DeskItemList id="scheduled-heading" title="Scheduled next" items={scheduled} timeZone={timeZone} empty="Nothing is scheduled." />
        <DeskItemList id="drafts-heading" title="Drafts in progress" items={drafts} timeZone={timeZone} empty="No drafts." showEditor />
        <DeskItemList
          id="published-heading"
          title="Recently published"
          items={published}
          timeZone={timeZone}
          empty="Nothing published yet."
        />
      </div>
    </>
  );
}
