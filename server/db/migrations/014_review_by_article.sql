-- /review lists articles that still have open claims (awaiting review or accepted automatically):
-- found through this index, not by scanning every claim (server/db/review-articles.ts).
CREATE INDEX claims_open_by_source ON claims (source_id) WHERE review IN ('pending', 'auto');
