// A large generated archive, written by PostgreSQL itself (INSERT ... SELECT generate_series)
// with stored HTML, so 100,000 articles take seconds instead of going through the desk. Used by
// `npm run bench archive` and the large-archive integration test. Generated rows have slugs
// starting "archive-", which removeArchive() deletes.

export type Exec = (sql: string) => Promise<unknown>;

export const ARCHIVE_SLUG_PREFIX = "archive-";

export async function generateArchive(exec: Exec, { articles, episodes }: { articles: number; episodes: number }): Promise<void> {
  // Spread over the existing sections and authors; published one a minute back from now, so the
  // archive is older than anything published from here on, half free and half for subscribers.
  await exec(`
    WITH sections AS (SELECT id, row_number() OVER (ORDER BY position, id) - 1 AS i FROM "Section"),
         section_count AS (SELECT count(*) AS total FROM sections)
    INSERT INTO "Article" (id, slug, title, dek, body, "bodyHtml", "teaserHtml", access, "sectionId", topics,
      status, "publishedAt", "updatedAt", "createdAt")
    SELECT 'archive' || n, '${ARCHIVE_SLUG_PREFIX}' || n, 'Archive story ' || n, 'From the archive, number ' || n,
      'The archive remembers item ' || n || '.', '<p>The archive remembers item ' || n || '.</p>',
      '<p>The archive remembers item ' || n || '.</p>',
      (CASE WHEN n % 2 = 0 THEN 'FREE' ELSE 'SUBSCRIBER' END)::"AccessLevel",
      s.id, ARRAY['archive'], 'PUBLISHED', now() - n * interval '1 minute' - interval '1 hour', now(), now()
    FROM generate_series(1, ${articles}) n, section_count c JOIN sections s ON true
    WHERE s.i = n % c.total`);
  await exec(`
    WITH authors AS (SELECT id, row_number() OVER (ORDER BY id) - 1 AS i FROM "Author"),
         author_count AS (SELECT count(*) AS total FROM authors)
    INSERT INTO "_ArticleToAuthor" ("A", "B")
    SELECT 'archive' || n, au.id FROM generate_series(1, ${articles}) n, author_count c JOIN authors au ON true
    WHERE au.i = n % c.total`);
  await exec(`
    INSERT INTO "PodcastEpisode" (id, number, slug, title, summary, "audioUrl", "audioType", "audioBytes", "durationSeconds",
      status, "publishedAt", "updatedAt")
    SELECT 'archiveep' || n, (SELECT coalesce(max(number), 0) FROM "PodcastEpisode") + n, '${ARCHIVE_SLUG_PREFIX}episode-' || n,
      'Archive episode ' || n, 'An episode from the archive, number ' || n,
      'https://media.example.org/archive/' || n || '.mp3', 'audio/mpeg', 24000000, 1500,
      'PUBLISHED', now() - n * interval '1 day' - interval '1 hour', now()
    FROM generate_series(1, ${episodes}) n`);
  // Fresh statistics and visibility map, as autovacuum would leave them, so plans are the real ones.
  await exec(`VACUUM (ANALYZE) "Article"`);
  await exec(`VACUUM (ANALYZE) "PodcastEpisode"`);
}

export async function removeArchive(exec: Exec): Promise<void> {
  await exec(`DELETE FROM "Article" WHERE slug LIKE '${ARCHIVE_SLUG_PREFIX}%'`);
  await exec(`DELETE FROM "PodcastEpisode" WHERE slug LIKE '${ARCHIVE_SLUG_PREFIX}%'`);
}
