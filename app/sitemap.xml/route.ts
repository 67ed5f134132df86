// GET /sitemap.xml — the sitemap index (lib/content/sitemap.ts): one entry per file of at most 50,000 URLs.
import { sitemapIndex } from "@/lib/content/sitemap";
import { getPublication } from "@/lib/publication";

export const dynamic = "force-dynamic";

export async function GET() {
  const { url } = await getPublication();
  return new Response(await sitemapIndex(url), {
    headers: { "Content-Type": "application/xml; charset=utf-8", "Cache-Control": "public, max-age=300" },
  });
}
