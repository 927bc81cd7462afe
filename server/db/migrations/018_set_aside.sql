-- Figures set aside: what the measure stage reads as incidental to the story ("two dogs", "a nurse
-- who commutes three days a week", "my mother is 86", "6.5% over two years") is stored with its quote
-- and kept on its source page, but counted nowhere (everything that counts reads only 'reviewed' and
-- 'auto'), never flagged and not in the /review queue; /review's "Set aside" tab lists them, and a
-- person may still accept one onto a measure or correct it, as with a pending figure.
ALTER TABLE claims DROP CONSTRAINT IF EXISTS claims_review_check;
ALTER TABLE claims ADD CONSTRAINT claims_review_check CHECK (review IN ('reviewed', 'auto', 'pending', 'rejected', 'superseded', 'retracted', 'set-aside'));
-- The tab reads them newest source first without scanning every claim.
CREATE INDEX claims_set_aside ON claims (source_id, figure_start) WHERE review = 'set-aside';
