-- A measure's page lists its claims a page at a time in reading order (source, place in the text,
-- id: server/db/lists.ts claimPage). Without an index in that order each page fetched every claim
-- of the measure, joined every source of the corpus to them and sorted (180 ms for a measure of
-- 1,755 figures at 10,000 articles); with it a page is its 51 index entries, each joined to its
-- source by key. One index for both states the page asks for (the claims that count, and the
-- rest, its history), the state a filter: a partial index per state would also offer the planner
-- a whole-index scan for any query on counted claims (a search's words), which on a small table it
-- takes instead of the full-text index.
CREATE INDEX claims_measure_reading ON claims (measure_id, source_id COLLATE "C", start_offset, id COLLATE "C");
