import type { Metadata } from "next";
import Link from "next/link";
import { NewSectionForm, SectionRow } from "@/components/desk/section-forms";
import { requireRole } from "@/lib/auth/guards";
import { deskLinks } from "@/lib/desk/desk-links";
import { SETTINGS_CACHE_TTL_MS } from "@/lib/settings/get-settings";
import { listSectionsWithCounts } from "@/lib/settings/sections-admin";
import { addSectionAction, changeSectionAction } from "./actions";

export const metadata: Metadata = { title: "Sections", robots: { index: false } };

export default async function SectionsPage() {
  await requireRole("ADMIN");
  const sections = await listSectionsWithCounts();
  return (
    <div className="max-w-3xl">
      <p className="text-sm">
        <Link href={deskLinks.settings} className="underline">
          ← Settings
        </Link>
      </p>
      <h1 className="mt-2 font-serif text-3xl font-bold">Sections</h1>
      <p className="mt-1 text-sm text-muted">
        Readers browse articles by section, in this order. A section’s slug stays the same when it is renamed, so shared links keep working.
        Reading pages show changes within {SETTINGS_CACHE_TTL_MS / 1000} seconds.
      </p>
      <ol className="mt-4 space-y-2">
        {sections.map((section, index) => (
          <SectionRow
            key={section.id}
            section={{ id: section.id, slug: section.slug, label: section.label, articleCount: section._count.articles }}
            first={index === 0}
            last={index === sections.length - 1}
            action={changeSectionAction}
          />
        ))}
      </ol>
      <section aria-labelledby="new-section-heading" className="mt-6 rounded border border-neutral-300 bg-white p-4">
        <h2 id="new-section-heading" className="mb-3 font-serif text-xl font-bold">
          Add a section
        </h2>
        <NewSectionForm action={addSectionAction} />
      </section>
    </div>
  );
}
