-- Two things a read used to recompute from every claim it touched, now kept by the writes.
--
-- 1. A claim's search document, stored (a generated column): the search ranks its hits and
--    rechecks its index matches from this column instead of parsing each quote again, which at
--    10,000 articles was most of a search's time. Generated, so a backup leaves it out and a
--    restore makes it again. The expression is the one migration 007 indexed, and
--    server/db/search-sql.ts reads the column.
ALTER TABLE claims ADD COLUMN search_doc tsvector GENERATED ALWAYS AS (
  setweight(to_tsvector('english'::regconfig, quote), 'A')
  || setweight(to_tsvector('english'::regconfig, coalesce(speaker_name, '') || ' ' || coalesce(speaker_role, '') || ' ' || coalesce(speaker_org, '')), 'B')
) STORED;
DROP INDEX search_claims_fts;
CREATE INDEX search_claims_doc ON claims USING gin (search_doc) WITH (fastupdate = off) WHERE review IN ('reviewed', 'auto');
-- No pending lists on the search indexes: GIN's fast update parks new entries in a list that only
-- a vacuum or a full list merges, and PGlite never vacuums; at 10,000 articles the planner,
-- seeing the list, scanned every claim instead of the index. Each insert now updates the index.
DO $$
DECLARE i text;
BEGIN
  FOREACH i IN ARRAY ARRAY['search_measures_fts', 'search_topics_fts', 'search_sources_fts', 'search_sources_outlet', 'search_claims_speaker', 'flags_measures'] LOOP
    EXECUTE format('ALTER INDEX %I SET (fastupdate = off)', i);
    PERFORM gin_clean_pending_list(i::regclass);
  END LOOP;
END $$;

-- 2. Per measure, how many figures count (reviewed or accepted automatically) and from how many
--    sources: the measure lists read one row per measure instead of counting its claims. Kept
--    by statement triggers on claims, in the writing transaction, from the rows it changed
--    (measure_sources counts each measure's figures per source, so a source's first figure and
--    its last one move the source count).
--    Rows are taken in key order, so two writers of the same measures wait rather than deadlock. Left out of backups (server/db/backup.ts): a restore's
--    own inserts of claims make them again. `npm run rebuild` recounts and compares.
CREATE TABLE measure_sources (
  measure_id text NOT NULL,
  source_id text NOT NULL,
  n integer NOT NULL,
  PRIMARY KEY (measure_id, source_id)
);
CREATE TABLE measure_stats (
  measure_id text PRIMARY KEY,
  claims integer NOT NULL,
  sources integer NOT NULL
);

CREATE FUNCTION measure_counts_apply(delta jsonb) RETURNS void LANGUAGE plpgsql AS $$
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
  -- A pair left at 0 goes, by its key: the table then holds what a fresh count would.
  DELETE FROM measure_sources ms USING jsonb_to_recordset(delta) AS x(measure_id text, source_id text)
  WHERE ms.measure_id = x.measure_id AND ms.source_id = x.source_id AND ms.n = 0;
END $$;

CREATE FUNCTION measure_counts_of_claims() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE delta jsonb;
BEGIN
  IF TG_OP = 'TRUNCATE' THEN
    DELETE FROM measure_sources;
    DELETE FROM measure_stats;
    RETURN NULL;
  END IF;
  IF TG_OP = 'INSERT' THEN
    SELECT jsonb_agg(jsonb_build_object('measure_id', measure_id, 'source_id', source_id, 'k', 1)) INTO delta FROM new_rows WHERE review IN ('reviewed', 'auto');
  ELSIF TG_OP = 'DELETE' THEN
    SELECT jsonb_agg(jsonb_build_object('measure_id', measure_id, 'source_id', source_id, 'k', -1)) INTO delta FROM old_rows WHERE review IN ('reviewed', 'auto');
  ELSE
    SELECT jsonb_agg(x) INTO delta FROM (
      SELECT jsonb_build_object('measure_id', measure_id, 'source_id', source_id, 'k', 1) AS x FROM new_rows WHERE review IN ('reviewed', 'auto')
      UNION ALL
      SELECT jsonb_build_object('measure_id', measure_id, 'source_id', source_id, 'k', -1) FROM old_rows WHERE review IN ('reviewed', 'auto')
    ) u;
  END IF;
  IF delta IS NOT NULL THEN PERFORM measure_counts_apply(delta); END IF;
  RETURN NULL;
END $$;

INSERT INTO measure_sources (measure_id, source_id, n)
  SELECT measure_id, source_id, count(*) FROM claims WHERE review IN ('reviewed', 'auto') GROUP BY measure_id, source_id;
INSERT INTO measure_stats (measure_id, claims, sources)
  SELECT measure_id, sum(n), count(*) FROM measure_sources GROUP BY measure_id;

CREATE TRIGGER claims_counts_insert AFTER INSERT ON claims REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION measure_counts_of_claims();
CREATE TRIGGER claims_counts_update AFTER UPDATE ON claims REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION measure_counts_of_claims();
CREATE TRIGGER claims_counts_delete AFTER DELETE ON claims REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION measure_counts_of_claims();
CREATE TRIGGER claims_counts_truncate AFTER TRUNCATE ON claims FOR EACH STATEMENT EXECUTE FUNCTION measure_counts_of_claims();
