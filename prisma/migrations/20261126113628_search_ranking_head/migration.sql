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

-- The text a search snippet is cut from (lib/search/results.ts). ts_headline parses every word
-- it is given, which for a long body was most of the cost of a page of results: it gets the
-- 1,200 characters around the first place a word of the query appears instead, found by a search
-- for a word that begins with one of the query's lexemes (a stem: most forms of its word begin with it), trimmed
-- to whole words. Text where no lexeme is found that way (a stem that changes its word's
-- spelling, such as compani) is given whole, as before.
CREATE FUNCTION dispatch_snippet_text(body text, query tsquery) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT CASE
      WHEN length(body) <= 1200 OR found.at IS NULL THEN body
      ELSE regexp_replace(regexp_replace(substr(body, found.start, 1200),
             CASE WHEN found.start > 1 THEN '^\S*\s+' ELSE '^' END, ''),
             CASE WHEN found.start + 1200 <= length(body) THEN '\s+\S*$' ELSE '$' END, '')
    END
    FROM (
      SELECT min(at) AS at, greatest(1, min(at) - 400) AS start
      FROM regexp_matches(query::text, '''((?:[^'']|'''')+)''', 'g') AS lexeme,
        nullif(regexp_instr(body, '\m' || regexp_replace(replace(lexeme[1], '''''', ''''), '([^[:alnum:]])', '\\\1', 'g'), 1, 1, 0, 'i'), 0) AS at
    ) found
  $$;
