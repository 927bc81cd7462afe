-- Full-text search (server/db/search.ts). Expression GIN indexes rather than generated columns: no
-- table is rewritten on an existing database (only the indexes are built), the backup's rows keep
-- their columns, and PGlite and PostgreSQL share the `english` configuration (stemming: "drone"
-- finds "drones"). The expressions are repeated exactly in server/db/search-sql.ts, or the
-- planner cannot use them; a test checks that it does.
CREATE INDEX search_measures_fts ON measures USING gin ((
  setweight(to_tsvector('english'::regconfig, title), 'A') || setweight(to_tsvector('english'::regconfig, description), 'B')
)) WHERE merged_into IS NULL;

CREATE INDEX search_topics_fts ON topics USING gin ((
  setweight(to_tsvector('english'::regconfig, title), 'A') || setweight(to_tsvector('english'::regconfig, description), 'B')
)) WHERE merged_into IS NULL;

CREATE INDEX search_sources_fts ON sources USING gin ((
  setweight(to_tsvector('english'::regconfig, title), 'A') || setweight(to_tsvector('english'::regconfig, outlet || ' ' || coalesce(wire, '')), 'B')
));

-- Only figures that count (reviewed or accepted automatically) are found, as the charts show them.
CREATE INDEX search_claims_fts ON claims USING gin ((
  setweight(to_tsvector('english'::regconfig, quote), 'A')
  || setweight(to_tsvector('english'::regconfig, coalesce(speaker_name, '') || ' ' || coalesce(speaker_role, '') || ' ' || coalesce(speaker_org, '')), 'B')
)) WHERE review IN ('reviewed', 'auto');

-- The outlet and speaker filters match whole words, whatever their case, without stemming a name.
CREATE INDEX search_sources_outlet ON sources USING gin ((to_tsvector('simple'::regconfig, outlet)));
CREATE INDEX search_claims_speaker ON claims USING gin ((
  to_tsvector('simple'::regconfig, coalesce(speaker_name, '') || ' ' || coalesce(speaker_role, '') || ' ' || coalesce(speaker_org, ''))
)) WHERE review IN ('reviewed', 'auto');

-- A topic's figures, for its filters: measures had no index on their topic.
CREATE INDEX search_measures_topic ON measures (topic_id);
