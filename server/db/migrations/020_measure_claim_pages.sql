-- A measure's page lists its claims a page at a time in reading order (source, place in the text,
-- id: server/db/lists.ts claimPage). Without an index in that order each page fetched every claim
-- of the measure, joined every source of the corpus to them and sorted (180 ms for a measure of
-- 1,755 figures at 10,000 articles); with it a page is its 51 index entries, each joined to its
-- source by key. One index for the claims that count and one for the rest (the measure's history),
-- as the page asks for one state at a time.
CREATE INDEX claims_measure_counted ON claims (measure_id, source_id COLLATE "C", start_offset, id COLLATE "C")
  WHERE review IN ('reviewed', 'auto');
CREATE INDEX claims_measure_history ON claims (measure_id, source_id COLLATE "C", start_offset, id COLLATE "C")
  WHERE NOT (review IN ('reviewed', 'auto'));
