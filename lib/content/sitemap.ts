import "server-only";
import { encodeXML } from "entities";
import { db } from "@/lib/db";
import { countVisible } from "./visible-count";
import { visibleArticleSql, visibleEpisodeSql } from "./visibility";

// The sitemap as the protocol wants it at any size: /sitemap.xml is an index of files of at most
// 50,000 URLs each (sitemaps.org's limit): /sitemap/pages.xml (the fixed pages), then
// /sitemap/articles-N.xml and /sitemap/episodes-N.xml. Each file is read in batches along the
// primary key and streamed, so neither the index nor a file loads a whole table.

export const URLS_PER_FILE = 50_000;
const BATCH = 5_000;

const KINDS = {
  articles: { table: `"Article"`, visible: visibleArticleSql("t"), path: "/articles/", lastmod: `"updatedAt"` },
  episodes: { table: `"PodcastEpisode"`, visible: visibleEpisodeSql("t"), path: "/podcasts/", lastmod: `"publishedAt"` },
} as const;
type Kind = keyof typeof KINDS;

const FIXED_PAGES = [
  { path: "", changefreq: "hourly" },
  { path: "/articles", changefreq: "hourly" },
  { path: "/podcasts", changefreq: "daily" },
  { path: "/pricing", changefreq: "monthly" },
];

const xmlStart = (root: "sitemapindex" | "urlset") =>
  `<?xml version="1.0" encoding="UTF-8"?>\n<${root} xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n`;

/**
 * The index: one entry per file, as many article and episode files as their counts need. The
 * counts are kept a while (lib/content/visible-count.ts), so the index costs no count of the
 * archive per request; a file listed from a just-outdated count answers 404 (or an unlisted
 * new one waits) for at most a minute, which crawlers shrug off.
 */
export async function sitemapIndex(baseUrl: string): Promise<string> {
  const counts = await Promise.all(
    (Object.keys(KINDS) as Kind[]).map(async (kind) => ({ kind, files: Math.ceil((await countVisible(kind)) / URLS_PER_FILE) })),
  );
  const names = ["pages", ...counts.flatMap(({ kind, files }) => Array.from({ length: files }, (_, n) => `${kind}-${n}`))];
  const entries = names.map((name) => `  <sitemap><loc>${encodeXML(`${baseUrl}/sitemap/${name}.xml`)}</loc></sitemap>\n`);
  return `${xmlStart("sitemapindex")}${entries.join("")}</sitemapindex>\n`;
}

/** Parses a file name of the index ("pages.xml", "articles-3.xml"); null for anything else. */
export function parseSitemapFile(file: string): { kind: "pages" } | { kind: Kind; n: number } | null {
  if (file === "pages.xml") return { kind: "pages" };
  const match = /^(articles|episodes)-(0|[1-9][0-9]{0,5})\.xml$/.exec(file);
  return match ? { kind: match[1] as Kind, n: Number(match[2]) } : null;
}

const urlEntry = (loc: string, extra: string) => `  <url><loc>${encodeXML(loc)}</loc>${extra}</url>\n`;

/** One file of the index as a stream, or null when there is no such file (past the last). */
export async function sitemapFile(baseUrl: string, file: NonNullable<ReturnType<typeof parseSitemapFile>>) {
  const encoder = new TextEncoder();
  if (file.kind === "pages") {
    const body = FIXED_PAGES.map((p) => urlEntry(`${baseUrl}${p.path}`, `<changefreq>${p.changefreq}</changefreq>`)).join("");
    return new Blob([xmlStart("urlset"), body, "</urlset>\n"]).stream();
  }
  const { table, visible, path, lastmod } = KINDS[file.kind];
  // The file's first row: skipping along the primary key's index is cheap even at 100,000s.
  const [first] = await db.$queryRawUnsafe<Array<{ id: string }>>(
    `SELECT id FROM ${table} t WHERE ${visible} ORDER BY id OFFSET $1 LIMIT 1`,
    file.n * URLS_PER_FILE,
  );
  if (!first) return null;
  let after = first.id;
  let sent = 0;
  let started = false;
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      if (!started) {
        started = true;
        controller.enqueue(encoder.encode(xmlStart("urlset")));
      }
      const rows = await db.$queryRawUnsafe<Array<{ id: string; slug: string; lastmod: Date | null }>>(
        `SELECT id, slug, ${lastmod} AS lastmod FROM ${table} t WHERE ${visible} AND id ${sent === 0 ? ">=" : ">"} $1 ORDER BY id LIMIT $2`,
        after,
        Math.min(BATCH, URLS_PER_FILE - sent),
      );
      const chunk = rows.map((r) =>
        urlEntry(`${baseUrl}${path}${r.slug}`, r.lastmod ? `<lastmod>${r.lastmod.toISOString()}</lastmod>` : ""),
      );
      controller.enqueue(encoder.encode(chunk.join("")));
      sent += rows.length;
      after = rows.at(-1)?.id ?? after;
      if (rows.length === 0 || sent >= URLS_PER_FILE) {
        controller.enqueue(encoder.encode("</urlset>\n"));
        controller.close();
      }
    },
  });
}
