import { cutTeaser, markdownToText } from "@/lib/content/markdown";
import { visibleArticleSql, visibleEpisodeSql } from "@/lib/content/visibility";
import { e2eDb } from "./db";

// What must never reach a reader without access: every paragraph after the teaser of every
// gated article, and every segment of every gated transcript, as plain-text probes.

const PLAIN_WORD = /^[A-Za-z0-9.,;:-]+$/;

/**
 * Six consecutive words with no characters that HTML or JSON would escape, so a probe found
 * in the page means the text leaked, and one not found means it did not. The subscriber
 * tests find the same probes, which proves they are findable.
 */
function probe(text: string): string | null {
  const words = text.split(/\s+/);
  for (let i = 0; i + 6 <= words.length; i++) {
    const run = words.slice(i, i + 6);
    if (run.every((w) => PLAIN_WORD.test(w))) return run.join(" ");
  }
  return null;
}

const isProbe = (value: string | null): value is string => value !== null;

export async function gatedArticles(db = e2eDb()) {
  const { rows } = await db.query<{ slug: string; access: string; body: string }>(
    `SELECT slug, access, body FROM "Article" a WHERE access <> 'FREE' AND ${visibleArticleSql("a")} ORDER BY slug`,
  );
  return rows.map((row) => {
    const teaser = cutTeaser(row.body);
    const remainder = row.body.slice(row.body.indexOf(teaser) + teaser.length);
    const gatedProbes = remainder
      .split(/\n\s*\n/)
      .map((p) => probe(markdownToText(p)))
      .filter(isProbe);
    return { ...row, teaserProbe: probe(markdownToText(teaser)), gatedProbes };
  });
}

export async function gatedTranscripts() {
  const { rows } = await e2eDb().query<{ slug: string; access: string; texts: string[] }>(
    `SELECT e.slug, t.access, array_agg(s.text ORDER BY s.position) AS texts
     FROM "PodcastEpisode" e JOIN "Transcript" t ON t."episodeId" = e.id JOIN "TranscriptSegment" s ON s."transcriptId" = t.id
     WHERE t.access <> 'FREE' AND ${visibleEpisodeSql("e")} GROUP BY e.slug, t.access ORDER BY e.slug`,
  );
  return rows.map((row) => ({ slug: row.slug, access: row.access, probes: row.texts.map(probe).filter(isProbe) }));
}
