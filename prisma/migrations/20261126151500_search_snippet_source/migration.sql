-- The part of a long text that a search snippet needs. ts_headline parses every word it is
-- given, and was most of a search's cost: about 0.7 ms per article body of 4 KB, ten per page.
-- This keeps only the neighbourhood of the first place each of the query's words appears (a
-- word starting with its lexeme, found with strpos: cheap), so ts_headline reads a few hundred
-- characters instead of the whole body. Whenever one of the words is not found that way (a stem
-- that is not how the word starts, e.g. "countri"), the whole text is returned, as before: the
-- snippet can only lose speed, never a match. Short texts are returned as they are.
-- (Prisma's migration runner splits statements at semicolons: those of the body are written \073.)
CREATE FUNCTION dispatch_snippet_source(body text, query tsquery) RETURNS text
LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE AS E'
DECLARE
  -- The query''s lexemes (querytree drops negated words, which a matching row does not contain).
  words text[] := tsvector_to_array(to_tsvector(''simple'', querytree(query)))\073
  lowered text\073
  starts int[] := ''{}''\073
  word text\073
  at int\073
  i int\073
  first int\073
  last int\073
  piece text\073
  source text := ''''\073
BEGIN
  IF length(body) <= 1500 OR querytree(query) = ''T'' OR cardinality(words) = 0 THEN
    RETURN body\073
  END IF\073
  lowered := '' '' || lower(body)\073
  FOREACH word IN ARRAY words LOOP
    at := strpos(lowered, '' '' || word)\073
    IF at = 0 THEN
      RETURN body\073
    END IF\073
    -- Kept in order\073 a query has a handful of words.
    i := 1\073
    WHILE i <= cardinality(starts) AND starts[i] < at LOOP
      i := i + 1\073
    END LOOP\073
    starts := starts[1:i - 1] || at || starts[i:]\073
  END LOOP\073
  -- From 150 characters before a first occurrence to 350 after\073 occurrences closer than that share a stretch.
  first := starts[1]\073
  last := starts[1]\073
  FOR i IN 2 .. cardinality(starts) + 1 LOOP
    IF i > cardinality(starts) OR starts[i] - last > 500 THEN
      piece := substr(body, greatest(first - 150, 1), last - greatest(first - 150, 1) + 350)\073
      -- Whole words only: a stretch cut inside a word starts after it and ends before it.
      IF first > 150 THEN
        piece := substr(piece, strpos(piece, '' '') + 1)\073
      END IF\073
      IF last + 349 < length(body) THEN
        piece := left(piece, length(piece) - strpos(reverse(piece), '' ''))\073
      END IF\073
      source := source || CASE WHEN source = '''' THEN '''' ELSE '' … '' END || piece\073
      first := starts[i]\073
    END IF\073
    last := starts[i]\073
  END LOOP\073
  RETURN source\073
END
';
