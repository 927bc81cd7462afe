-- A source's search document, stored as a claim's is (migration 010): a search ranks its newest
-- matching sources from this column instead of parsing each title and outlet again, which at
-- 10,000 articles was a third of a search's time (480 matches of "passengers stranded": 14 ms of
-- to_tsvector). Generated, so a backup leaves it out and a restore makes it again. The expression
-- is the one migration 007 indexed; server/db/search-sql.ts reads the column.
ALTER TABLE sources ADD COLUMN search_doc tsvector GENERATED ALWAYS AS (
  setweight(to_tsvector('english'::regconfig, title), 'A')
  || setweight(to_tsvector('english'::regconfig, outlet || ' ' || coalesce(wire, '')), 'B')
) STORED;
DROP INDEX search_sources_fts;
CREATE INDEX search_sources_doc ON sources USING gin (search_doc) WITH (fastupdate = off);
