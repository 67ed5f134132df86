-- The planner decides, per search window, between walking articles newest first and testing
-- each one's vector (fast for a common word: a few hundred rows) and combining the GIN index
-- with the date index (fast for a rare one). It can only tell the two apart from the vectors'
-- most common lexemes, and the default statistics target keeps too few of them: on 50,000
-- articles two ordinary words were estimated at 35 matches and had 3,571, and the search read
-- every one of them. A larger sample makes ANALYZE slower (seconds), not queries.
-- Hand-written: Prisma knows these columns only as Unsupported("tsvector").
ALTER TABLE "Article" ALTER COLUMN "searchFull" SET STATISTICS 1000;
ALTER TABLE "Article" ALTER COLUMN "searchPublic" SET STATISTICS 1000;
ANALYZE "Article";
