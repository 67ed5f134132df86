// GET /sitemap/<file>.xml — one file of the sitemap index, streamed (lib/content/sitemap.ts).
import { parseSitemapFile, sitemapFile } from "@/lib/content/sitemap";
import { getPublication } from "@/lib/publication";

export const dynamic = "force-dynamic";

const notFound = () => new Response("Not found", { status: 404 });

export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  const file = parseSitemapFile((await params).file);
  if (!file) return notFound();
  const body = await sitemapFile((await getPublication()).url, file);
  if (!body) return notFound();
  return new Response(body, { headers: { "Content-Type": "application/xml; charset=utf-8", "Cache-Control": "public, max-age=300" } });
}
