-- The per-measure counts of migration 010 cost most of an ingest's INSERT: after every insert of
-- claims, its clean-up of pairs left at zero joined the whole of measure_sources (tens of
-- thousands of rows at 10,000 articles) with the delta, although an insert only ever adds to a
-- count. Now only a delta that takes something away (a delete, a claim leaving the counted
-- states) looks for pairs at zero, and it looks them up by their key.
CREATE OR REPLACE FUNCTION measure_counts_apply(delta jsonb) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
  pair record;
BEGIN
  WITH d AS (
    SELECT x.measure_id, x.source_id, sum(x.k)::int AS k
    FROM jsonb_to_recordset(delta) AS x(measure_id text, source_id text, k int)
    GROUP BY x.measure_id, x.source_id HAVING sum(x.k) <> 0
  ), up AS (
    INSERT INTO measure_sources AS ms (measure_id, source_id, n) SELECT measure_id, source_id, k FROM d ORDER BY measure_id, source_id
    ON CONFLICT (measure_id, source_id) DO UPDATE SET n = ms.n + EXCLUDED.n
    RETURNING ms.measure_id, ms.source_id, ms.n
  )
  INSERT INTO measure_stats AS s (measure_id, claims, sources)
  SELECT up.measure_id, sum(d.k)::int,
         sum(CASE WHEN up.n > 0 AND up.n - d.k <= 0 THEN 1 WHEN up.n <= 0 AND up.n - d.k > 0 THEN -1 ELSE 0 END)::int
  FROM up JOIN d ON d.measure_id = up.measure_id AND d.source_id = up.source_id
  GROUP BY up.measure_id ORDER BY up.measure_id
  ON CONFLICT (measure_id) DO UPDATE SET claims = s.claims + EXCLUDED.claims, sources = s.sources + EXCLUDED.sources;
  -- A pair left at 0 goes, by its key: the table then holds what a fresh count would. Only a
  -- negative delta can leave one at 0.
  FOR pair IN
    SELECT DISTINCT x.measure_id, x.source_id FROM jsonb_to_recordset(delta) AS x(measure_id text, source_id text, k int) WHERE x.k < 0
  LOOP
    DELETE FROM measure_sources WHERE measure_id = pair.measure_id AND source_id = pair.source_id AND n = 0;
  END LOOP;
END $$;
