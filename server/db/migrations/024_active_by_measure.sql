-- A chart reads each measure's newest figures that count (server/db/topic-catalog.ts): through
-- this index the probe walks only those, newest first, however many figures of the measure wait
-- for review or were rejected.
CREATE INDEX claims_measure_active ON claims (measure_id, dated) WHERE review IN ('reviewed', 'auto');
