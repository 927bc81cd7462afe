-- A retracted article's figures (a wrongly pasted or withdrawn article) are kept, marked
-- 'retracted' with the reason in their history, and counted nowhere: every count, flag and search
-- reads only 'reviewed' and 'auto', so nothing else changes for them.
ALTER TABLE claims DROP CONSTRAINT IF EXISTS claims_review_check;
ALTER TABLE claims ADD CONSTRAINT claims_review_check CHECK (review IN ('reviewed', 'auto', 'pending', 'rejected', 'superseded', 'retracted'));

-- Decisions about a source rather than one stored claim: a row dropped in the ingest preview (no
-- claim is stored for it), the retraction of the whole article. They are kept with the other
-- review decisions, naming the source; a claim's own events still name the claim.
ALTER TABLE claim_events ALTER COLUMN claim_id DROP NOT NULL;
ALTER TABLE claim_events ADD COLUMN source_id text REFERENCES sources(id);
ALTER TABLE claim_events ADD CONSTRAINT claim_events_names_one CHECK (claim_id IS NOT NULL OR source_id IS NOT NULL);
CREATE INDEX claim_events_source ON claim_events (source_id) WHERE source_id IS NOT NULL;
