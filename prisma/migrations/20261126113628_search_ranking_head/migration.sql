-- Search ranking reads a small vector of its own (lib/search/hits.ts): title A and dek B. The
-- public vector (with the teaser) is stored out of line once a row is long, so ranking a
-- thousand candidates by it read and decompressed a thousand TOAST values. This one is a few
-- hundred bytes, kept in the row (storage MAIN: compressed in place before anything else moves
-- out). Hand-written: Prisma knows the column only as Unsupported("tsvector").
ALTER TABLE "Article" ADD COLUMN "searchHead" tsvector GENERATED ALWAYS AS (
  setweight(to_tsvector(dispatch_search_config("language"), "title"), 'A') ||
  setweight(to_tsvector(dispatch_search_config("language"), "dek"), 'B')
) STORED;
ALTER TABLE "Article" ALTER COLUMN "searchHead" SET STORAGE MAIN;

-- A search branch wants the matches among articles of some access levels within a date window:
-- this index gives those rows as a bitmap that PostgreSQL combines with the GIN index's, so only
-- rows that qualify on all three are read from the table.
CREATE INDEX "Article_status_access_publishedAt_idx" ON "Article"("status", "access", "publishedAt");
