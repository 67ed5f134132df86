-- Picks and briefs in site search (lib/search). Hand-written like the first search migration:
-- Prisma knows these columns only as Unsupported("tsvector").

-- Picks are free to read: one vector, headline A, summary B, in the pick's language (English
-- when it has none).
ALTER TABLE "Pick" ADD COLUMN "search" tsvector GENERATED ALWAYS AS (
  setweight(to_tsvector(dispatch_search_config(coalesce("language", 'en')), "headline"), 'A') ||
  setweight(to_tsvector(dispatch_search_config(coalesce("language", 'en')), "summary"), 'B')
) STORED;
CREATE INDEX "Pick_search_idx" ON "Pick" USING GIN ("search");

-- A brief's headlines are public, its intro and summaries are for readers the archive lets
-- read the brief in full. Readers who may not are matched against the headline vector only.
ALTER TABLE "Brief" ADD COLUMN "language" TEXT NOT NULL DEFAULT 'en',
ADD COLUMN "searchIntro" tsvector GENERATED ALWAYS AS (
  setweight(to_tsvector(dispatch_search_config("language"), "intro"), 'B')
) STORED;
CREATE INDEX "Brief_searchIntro_idx" ON "Brief" USING GIN ("searchIntro");

ALTER TABLE "BriefItem" ADD COLUMN "searchHeadline" tsvector GENERATED ALWAYS AS (
  setweight(to_tsvector(dispatch_search_config(coalesce("language", 'en')), "headline"), 'A')
) STORED,
ADD COLUMN "searchFull" tsvector GENERATED ALWAYS AS (
  setweight(to_tsvector(dispatch_search_config(coalesce("language", 'en')), "headline"), 'A') ||
  setweight(to_tsvector(dispatch_search_config(coalesce("language", 'en')), "summary"), 'B')
) STORED;
CREATE INDEX "BriefItem_searchHeadline_idx" ON "BriefItem" USING GIN ("searchHeadline");
CREATE INDEX "BriefItem_searchFull_idx" ON "BriefItem" USING GIN ("searchFull");

-- Articles are the large table: one GIN index per vector and text search configuration, so a
-- search, which runs one branch per configuration with the query parsed as a constant, reads
-- only the index of that language (an index of a language nobody writes in is empty and free).
DROP INDEX "Article_searchPublic_idx";
DROP INDEX "Article_searchFull_idx";
CREATE INDEX "Article_searchPublic_english_idx" ON "Article" USING GIN ("searchPublic") WHERE dispatch_search_config("language") = 'english'::regconfig;
CREATE INDEX "Article_searchPublic_french_idx" ON "Article" USING GIN ("searchPublic") WHERE dispatch_search_config("language") = 'french'::regconfig;
CREATE INDEX "Article_searchPublic_portuguese_idx" ON "Article" USING GIN ("searchPublic") WHERE dispatch_search_config("language") = 'portuguese'::regconfig;
CREATE INDEX "Article_searchPublic_spanish_idx" ON "Article" USING GIN ("searchPublic") WHERE dispatch_search_config("language") = 'spanish'::regconfig;
CREATE INDEX "Article_searchPublic_simple_idx" ON "Article" USING GIN ("searchPublic") WHERE dispatch_search_config("language") = 'simple'::regconfig;
CREATE INDEX "Article_searchFull_english_idx" ON "Article" USING GIN ("searchFull") WHERE dispatch_search_config("language") = 'english'::regconfig;
CREATE INDEX "Article_searchFull_french_idx" ON "Article" USING GIN ("searchFull") WHERE dispatch_search_config("language") = 'french'::regconfig;
CREATE INDEX "Article_searchFull_portuguese_idx" ON "Article" USING GIN ("searchFull") WHERE dispatch_search_config("language") = 'portuguese'::regconfig;
CREATE INDEX "Article_searchFull_spanish_idx" ON "Article" USING GIN ("searchFull") WHERE dispatch_search_config("language") = 'spanish'::regconfig;
CREATE INDEX "Article_searchFull_simple_idx" ON "Article" USING GIN ("searchFull") WHERE dispatch_search_config("language") = 'simple'::regconfig;

-- Which configurations are in use, answered by index probes before each search, so a search
-- has branches only for languages there is content in (each branch costs planning time).
CREATE INDEX "Article_search_config_idx" ON "Article" (dispatch_search_config("language"));
CREATE INDEX "Pick_search_config_idx" ON "Pick" (dispatch_search_config(coalesce("language", 'en')));
CREATE INDEX "BriefItem_search_config_idx" ON "BriefItem" (dispatch_search_config(coalesce("language", 'en')));

