// GET /feed.xml — public RSS of the latest articles: full text for free pieces, teasers for gated ones.
import { listReadableArticles } from "@/lib/content/articles";
import { buildRss } from "@/lib/content/rss";
import { ANONYMOUS } from "@/lib/entitlements";
import { getPublication } from "@/lib/publication";
import { getAccessPolicy } from "@/lib/viewer";

export const dynamic = "force-dynamic";

export async function GET() {
  const publication = await getPublication();
  // Feed readers are anonymous: the feed is the same for everyone and may be cached publicly.
  const articles = await listReadableArticles(50, ANONYMOUS, getAccessPolicy());
  const xml = buildRss(
    {
      title: publication.name,
      link: publication.url,
      description: publication.description,
      language: publication.language,
      selfUrl: `${publication.url}/feed.xml`,
    },
    articles.map((a) => ({
      title: a.title,
      link: `${publication.url}/articles/${a.slug}`,
      description: a.dek,
      html: a.decision.allowed
        ? a.html
        : `${a.html}<p><a href="${publication.url}/articles/${a.slug}">Continue reading on ${publication.name}</a></p>`,
      publishedAt: a.publishedAt,
      authors: a.authors.map((x) => x.name),
      categories: [a.section.label, ...a.topics],
    })),
  );
  return new Response(xml, { headers: { "Content-Type": "application/rss+xml; charset=utf-8", "Cache-Control": "public, max-age=300" } });
}
