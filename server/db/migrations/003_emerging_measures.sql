-- Measures and topics that emerge from articles say what they count and which event they are
-- about, so the same quantity in the next article joins them instead of creating another.
ALTER TABLE measures ADD COLUMN signature jsonb;
ALTER TABLE topics ADD COLUMN event_key text;
CREATE UNIQUE INDEX topics_event_key ON topics (event_key) WHERE event_key IS NOT NULL;

-- Merges, splits, renames and moves of topics and measures, kept like claim events: nothing lost.
CREATE TABLE catalog_events (
  id serial PRIMARY KEY,
  entity text NOT NULL CHECK (entity IN ('topic', 'measure')),
  entity_id text NOT NULL,
  action text NOT NULL,
  detail jsonb,
  at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX catalog_events_entity ON catalog_events (entity, entity_id);

-- A merged topic or measure is kept, pointing at what it was merged into: its claims moved, its
-- event key and signature still lead later articles to the merged result.
ALTER TABLE measures ADD COLUMN merged_into text REFERENCES measures(id);
ALTER TABLE topics ADD COLUMN merged_into text REFERENCES topics(id);
