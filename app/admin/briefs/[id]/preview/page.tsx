import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { BriefView } from "@/components/briefs/brief-view";
import { requireRole } from "@/lib/auth/guards";
import { loadBriefContent, paragraphsOf } from "@/lib/briefs/brief-content";
import { renderEdition } from "@/lib/briefs/editions";
import { formatBriefDate } from "@/lib/briefs/schedule";
import { getPublication } from "@/lib/publication";

export const metadata: Metadata = { title: "Preview the brief", robots: { index: false } };

const WIDTHS = [
  { label: "Desktop", px: 680 },
  { label: "Phone", px: 375 },
] as const;

// The brief as readers will see it: the archive page, and both email editions at desktop and
// phone widths. The emails are shown in sandboxed srcdoc frames: no scripts, no same-origin
// access, and the page's own Content Security Policy applies to them.
export default async function BriefPreviewPage({ params }: { params: Promise<{ id: string }> }) {
  await requireRole("EDITOR");
  const { id } = await params;
  const publication = await getPublication();
  const content = /^[a-z0-9]{1,64}$/.test(id) ? await loadBriefContent(id, publication.url) : null;
  if (!content) notFound();
  const links = { unsubscribe: `${publication.url}/account`, browser: `${publication.url}/briefs/${content.date}` };
  const [full, free] = await Promise.all([
    renderEdition(content, publication, "full", links),
    renderEdition(content, publication, "free", links),
  ]);
  return (
    <>
      <p>
        <Link href={`/admin/briefs/${id}`} className="underline">
          ← Back to the brief
        </Link>
      </p>
      <h1 className="mt-2 font-serif text-3xl font-bold">Preview</h1>
      <section aria-labelledby="web-heading" className="mt-6">
        <h2 id="web-heading" className="font-semibold">
          On the site (subscribers)
        </h2>
        <div className="mt-3 max-w-3xl rounded border border-neutral-300 bg-white p-6">
          <BriefView
            dateLabel={formatBriefDate(content.date)}
            publication={publication}
            stories={content.stories}
            intro={paragraphsOf(content.intro)}
          />
        </div>
      </section>
      {(
        [
          ["full", "Email, full edition (subscribers)", full.html],
          ["free", "Email, free edition (signed-in free readers)", free.html],
        ] as const
      ).map(([edition, title, html]) => (
        <section key={edition} aria-labelledby={`${edition}-heading`} className="mt-10">
          <h2 id={`${edition}-heading`} className="font-semibold">
            {title}
          </h2>
          <div className="mt-3 flex flex-wrap items-start gap-6">
            {WIDTHS.map((width) => (
              <figure key={width.px}>
                <figcaption className="text-sm text-muted">
                  {width.label}, {width.px} px
                </figcaption>
                <iframe
                  title={`${title}, ${width.label.toLowerCase()}`}
                  srcDoc={html}
                  sandbox=""
                  width={width.px}
                  height={900}
                  className="mt-1 rounded border border-neutral-300 bg-white"
                />
              </figure>
            ))}
          </div>
        </section>
      ))}
    </>
  );
}
