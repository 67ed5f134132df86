import { GET as fileRoute } from "@/app/sitemap/[file]/route";
import { GET as indexRoute } from "@/app/sitemap.xml/route";

/** The sitemap index and every file it lists, through the route handlers, as text. */
export async function readSitemap(): Promise<{ index: string; files: Map<string, string> }> {
  const index = await (await indexRoute()).text();
  const files = new Map<string, string>();
  for (const [, url] of index.matchAll(/<loc>([^<]+)<\/loc>/g)) {
    const file = new URL(url!).pathname.split("/").pop()!;
    const response = await fileRoute(new Request(url!), { params: Promise.resolve({ file }) });
    files.set(file, await response.text());
  }
  return { index, files };
}

/** Every URL the sitemap lists. */
export async function sitemapUrls(): Promise<string[]> {
  const { files } = await readSitemap();
  return [...files.values()].flatMap((xml) => [...xml.matchAll(/<url><loc>([^<]+)<\/loc>/g)].map((m) => m[1]!));
}
