-- Flags are derived from claims and stored, per topic (every flag lies within one topic), so a
-- read is a lookup and a write recomputes only the topics it touched, in its own transaction
-- (server/db/derive.ts). Which topics a transaction touched is collected by these triggers into a
-- temporary table of that session, emptied at commit: no write path can forget to say so.
CREATE TABLE flags (
  topic_id text NOT NULL,
  position integer NOT NULL,
  id text NOT NULL,
  kind text NOT NULL,
  measure_ids text[] NOT NULL,
  body jsonb NOT NULL,
  PRIMARY KEY (topic_id, position)
);
CREATE INDEX flags_kind ON flags (kind);
CREATE INDEX flags_measures ON flags USING gin (measure_ids);

-- What the stored flags were derived with (the flag rules' version and the exchange rates): when it
-- differs at start, everything is derived again.
CREATE TABLE derived_state (id integer PRIMARY KEY CHECK (id = 1), stamp text NOT NULL);

CREATE FUNCTION touched_topics_table() RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  IF to_regclass('pg_temp.touched_topics') IS NULL THEN
    CREATE TEMP TABLE touched_topics (topic_id text PRIMARY KEY) ON COMMIT DELETE ROWS;
  END IF;
END $$;

CREATE FUNCTION touch_topics_of_claims() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM touched_topics_table();
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    INSERT INTO touched_topics SELECT DISTINCT m.topic_id FROM new_rows c JOIN measures m ON m.id = c.measure_id ON CONFLICT DO NOTHING;
  END IF;
  IF TG_OP IN ('DELETE', 'UPDATE') THEN
    INSERT INTO touched_topics SELECT DISTINCT m.topic_id FROM old_rows c JOIN measures m ON m.id = c.measure_id ON CONFLICT DO NOTHING;
  END IF;
  RETURN NULL;
END $$;

CREATE FUNCTION touch_topics_of_measures() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM touched_topics_table();
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    INSERT INTO touched_topics SELECT DISTINCT topic_id FROM new_rows ON CONFLICT DO NOTHING;
  END IF;
  IF TG_OP IN ('DELETE', 'UPDATE') THEN
    INSERT INTO touched_topics SELECT DISTINCT topic_id FROM old_rows ON CONFLICT DO NOTHING;
  END IF;
  RETURN NULL;
END $$;

CREATE TRIGGER claims_touch_insert AFTER INSERT ON claims REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION touch_topics_of_claims();
CREATE TRIGGER claims_touch_update AFTER UPDATE ON claims REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION touch_topics_of_claims();
CREATE TRIGGER claims_touch_delete AFTER DELETE ON claims REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION touch_topics_of_claims();
CREATE TRIGGER measures_touch_insert AFTER INSERT ON measures REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION touch_topics_of_measures();
CREATE TRIGGER measures_touch_update AFTER UPDATE ON measures REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION touch_topics_of_measures();
CREATE TRIGGER measures_touch_delete AFTER DELETE ON measures REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION touch_topics_of_measures();
