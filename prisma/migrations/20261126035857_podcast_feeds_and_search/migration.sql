-- CreateEnum
CREATE TYPE "FeedTokenRevocation" AS ENUM ('rotated', 'shared');

-- Site search (lib/search). Hand-written: Prisma knows these columns only as Unsupported("tsvector").
-- The migration runner splits scripts at every semicolon, so string literals and function bodies
-- below write theirs as \073 inside E-strings.

-- The text search configuration for a BCP 47 language tag. English today, French, Portuguese and
-- Spanish content gets its own stemming and stop words by setting the row language. Languages
-- PostgreSQL has no configuration for fall back to simple (no stemming). Chinese needs a
-- segmenting parser extension (zhparser or pg_jieba) or trigram matching (pg_bigm / pg_trgm).
CREATE FUNCTION dispatch_search_config(language text) RETURNS regconfig
  LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT CASE lower(split_part(language, '-', 1))
      WHEN 'en' THEN 'english'::regconfig
      WHEN 'fr' THEN 'french'::regconfig
      WHEN 'pt' THEN 'portuguese'::regconfig
      WHEN 'es' THEN 'spanish'::regconfig
      ELSE 'simple'::regconfig
    END
  $$;

-- Every configuration dispatch_search_config can return: a query is parsed once per
-- configuration, and each row is matched with the query parsed in its own.
CREATE FUNCTION dispatch_search_configs() RETURNS regconfig[]
  LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT ARRAY['english', 'french', 'portuguese', 'spanish', 'simple']::regconfig[]
  $$;

-- Plain text of stored, sanitised article HTML (the HTML readers are served, so the public
-- vector holds exactly the public teaser): tags become spaces, the sanitiser entities decoded.
CREATE FUNCTION dispatch_html_text(html text) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT replace(replace(replace(replace(replace(replace(
      regexp_replace(html, '<[^>]*>', ' ', 'g'),
      E'&lt\073', '<'), E'&gt\073', '>'), E'&quot\073', '"'), E'&#39\073', ''''), E'&nbsp\073', ' '), E'&amp\073', '&')
  $$;

-- Articles: weights A title, B dek, C body. Readers who may not read the body are matched
-- against the public vector only, so nothing from the gated part can match, rank or be counted.
ALTER TABLE "Article" ADD COLUMN "language" TEXT NOT NULL DEFAULT 'en',
ADD COLUMN "searchPublic" tsvector GENERATED ALWAYS AS (
  setweight(to_tsvector(dispatch_search_config("language"), "title"), 'A') ||
  setweight(to_tsvector(dispatch_search_config("language"), "dek"), 'B') ||
  setweight(to_tsvector(dispatch_search_config("language"), dispatch_html_text("teaserHtml")), 'C')
) STORED,
ADD COLUMN "searchFull" tsvector GENERATED ALWAYS AS (
  setweight(to_tsvector(dispatch_search_config("language"), "title"), 'A') ||
  setweight(to_tsvector(dispatch_search_config("language"), "dek"), 'B') ||
  setweight(to_tsvector(dispatch_search_config("language"), dispatch_html_text("bodyHtml")), 'C')
) STORED;
CREATE INDEX "Article_searchPublic_idx" ON "Article" USING GIN ("searchPublic");
CREATE INDEX "Article_searchFull_idx" ON "Article" USING GIN ("searchFull");

-- Episodes: title A, summary B, always public.
ALTER TABLE "PodcastEpisode" ADD COLUMN "language" TEXT NOT NULL DEFAULT 'en',
ADD COLUMN "search" tsvector GENERATED ALWAYS AS (
  setweight(to_tsvector(dispatch_search_config("language"), "title"), 'A') ||
  setweight(to_tsvector(dispatch_search_config("language"), "summary"), 'B')
) STORED;
CREATE INDEX "PodcastEpisode_search_idx" ON "PodcastEpisode" USING GIN ("search");

-- Transcript segments, searched one by one so a result can link to the moment it was said.
-- Their language is their episode, which a generated column cannot read: triggers keep the
-- vector, on every write of a segment and when the episode language changes.
ALTER TABLE "TranscriptSegment" ADD COLUMN "search" tsvector;
CREATE INDEX "TranscriptSegment_search_idx" ON "TranscriptSegment" USING GIN ("search");

CREATE FUNCTION dispatch_segment_search() RETURNS trigger LANGUAGE plpgsql AS E'
BEGIN
  NEW."search" := setweight(to_tsvector(
    coalesce((SELECT dispatch_search_config(e."language") FROM "Transcript" t JOIN "PodcastEpisode" e ON e."id" = t."episodeId"
              WHERE t."id" = NEW."transcriptId"), ''simple''::regconfig),
    NEW."text"), ''C'')\073
  RETURN NEW\073
END';
CREATE TRIGGER "TranscriptSegment_search" BEFORE INSERT OR UPDATE OF "text", "transcriptId" ON "TranscriptSegment"
  FOR EACH ROW EXECUTE FUNCTION dispatch_segment_search();

CREATE FUNCTION dispatch_episode_language_changed() RETURNS trigger LANGUAGE plpgsql AS E'
BEGIN
  UPDATE "TranscriptSegment" s SET "text" = s."text" FROM "Transcript" t WHERE t."id" = s."transcriptId" AND t."episodeId" = NEW."id"\073
  RETURN NULL\073
END';
CREATE TRIGGER "PodcastEpisode_language" AFTER UPDATE OF "language" ON "PodcastEpisode"
  FOR EACH ROW WHEN (OLD."language" IS DISTINCT FROM NEW."language") EXECUTE FUNCTION dispatch_episode_language_changed();

-- CreateTable
CREATE TABLE "PodcastFeedToken" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "tokenSealed" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "revokedAt" TIMESTAMP(3),
    "revokedReason" "FeedTokenRevocation",

    CONSTRAINT "PodcastFeedToken_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PodcastFeedAccess" (
    "tokenId" TEXT NOT NULL,
    "hour" TIMESTAMP(3) NOT NULL,
    "ip" TEXT NOT NULL,
    "userAgent" TEXT NOT NULL,
    "requests" INTEGER NOT NULL DEFAULT 1,
    "lastSeenAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PodcastFeedAccess_pkey" PRIMARY KEY ("tokenId","hour","ip")
);

-- CreateIndex
CREATE UNIQUE INDEX "PodcastFeedToken_tokenHash_key" ON "PodcastFeedToken"("tokenHash");

-- CreateIndex
CREATE INDEX "PodcastFeedToken_userId_idx" ON "PodcastFeedToken"("userId");

-- One address per reader at a time: rotating revokes the old one in the same transaction.
CREATE UNIQUE INDEX "PodcastFeedToken_one_active_per_user" ON "PodcastFeedToken"("userId") WHERE "revokedAt" IS NULL;

-- CreateIndex
CREATE INDEX "PodcastFeedAccess_hour_idx" ON "PodcastFeedAccess"("hour");

-- AddForeignKey
ALTER TABLE "PodcastFeedToken" ADD CONSTRAINT "PodcastFeedToken_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PodcastFeedAccess" ADD CONSTRAINT "PodcastFeedAccess_tokenId_fkey" FOREIGN KEY ("tokenId") REFERENCES "PodcastFeedToken"("id") ON DELETE CASCADE ON UPDATE CASCADE;

