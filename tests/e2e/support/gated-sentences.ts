import { cutTeaser, markdownToText } from "@/lib/content/markdown";
import { visibleArticleSql, visibleEpisodeSql } from "@/lib/content/visibility";
import { e2eDb } from "./db";
import { SentenceIndex, sentencesOf } from "./sentence-index";

// Every sentence a viewer must never receive, read from the database: the body of a gated
// article beyond its teaser, a gated transcript, the subscriber part of every Daily Brief (its
// introduction and summaries), and the whole body of anything not published (drafts, scheduled,
// unpublished). Sentences that the same viewer may read somewhere else (a teaser, a pick, a free
// article quoting another) are dropped: finding them proves nothing.

export type CrawlViewer = "anonymous" | "free";

/** The one access rule as the crawler's two viewers see it (lib/entitlements.ts decides in the app). */
const mayRead = (viewer: CrawlViewer, access: string) => access === "FREE" || (viewer === "free" && access === "REGISTERED");

export async function gatedSentences(viewer: CrawlViewer): Promise<SentenceIndex> {
  const db = e2eDb();
  const gated = new SentenceIndex();
  const readable: string[] = [];
  const addAll = (text: string, source: string) => sentencesOf(text).forEach((s) => gated.add(s, source));

  const articles = await db.query<{ slug: string; title: string; dek: string; body: string; access: string; visible: boolean }>(
    `SELECT slug, title, dek, body, access, ${visibleArticleSql("a")} AS visible FROM "Article" a`,
  );
  for (const a of articles.rows) {
    if (!a.visible) {
      addAll(markdownToText(a.body), `unpublished article ${a.slug}`);
      continue;
    }
    readable.push(a.title, a.dek);
    if (mayRead(viewer, a.access)) {
      readable.push(markdownToText(a.body));
      continue;
    }
    const teaser = cutTeaser(a.body);
    readable.push(markdownToText(teaser));
    addAll(markdownToText(a.body.slice(a.body.indexOf(teaser) + teaser.length)), `${a.access} article ${a.slug}`);
  }

  const transcripts = await db.query<{
    slug: string;
    title: string;
    summary: string;
    access: string | null;
    visible: boolean;
    texts: string[];
  }>(
    `SELECT e.slug, e.title, e.summary, t.access, ${visibleEpisodeSql("e")} AS visible,
            coalesce(array_agg(s.text ORDER BY s.position) FILTER (WHERE s.id IS NOT NULL), '{}') AS texts
     FROM "PodcastEpisode" e LEFT JOIN "Transcript" t ON t."episodeId" = e.id LEFT JOIN "TranscriptSegment" s ON s."transcriptId" = t.id
     GROUP BY e.id, t.access`,
  );
  for (const e of transcripts.rows) {
    if (e.visible) readable.push(e.title, e.summary);
    const text = e.texts.join(" ");
    if (e.visible && e.access && mayRead(viewer, e.access)) readable.push(text);
    else addAll(text, `${e.visible ? `${e.access} transcript` : "unpublished episode"} ${e.slug}`);
  }

  const briefs = await db.query<{ date: string; intro: string; summaries: string[]; headlines: string[] }>(
    `SELECT to_char(b.date, 'YYYY-MM-DD') AS date, b.intro,
            coalesce(array_agg(i.summary) FILTER (WHERE i.id IS NOT NULL), '{}') AS summaries,
            coalesce(array_agg(i.headline) FILTER (WHERE i.id IS NOT NULL), '{}') AS headlines
     FROM "Brief" b LEFT JOIN "BriefItem" i ON i."briefId" = b.id GROUP BY b.id`,
  );
  for (const b of briefs.rows) {
    readable.push(...b.headlines);
    addAll([b.intro, ...b.summaries].join("\n"), `brief ${b.date}`);
  }

  const picks = await db.query<{ text: string }>(`SELECT headline || ' ' || summary AS text FROM "Pick"`);
  readable.push(...picks.rows.map((p) => p.text));
  const authors = await db.query<{ text: string }>(`SELECT to_jsonb(a)::text AS text FROM "Author" a`);
  readable.push(...authors.rows.map((a) => a.text));

  gated.removeFoundIn(readable.join("\n¶\n"));
  return gated;
}
