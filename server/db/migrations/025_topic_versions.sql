-- Each topic's version: a number that moves on whenever anything its pages draw changes (its
-- claims, its measures, its flags, the topic itself). The catalogues of a topic's charts are kept
-- by it (server/db/topic-catalog.ts), so a write to one story rebuilds that story's charts only,
-- not every story on the dashboard. The numbers come from a sequence, so they never repeat, even
-- across a restore; they are cache keys, never data, and a backup leaves them out.
CREATE SEQUENCE topic_version_seq;
CREATE TABLE topic_versions (topic_id text PRIMARY KEY, n bigint NOT NULL);
INSERT INTO topic_versions (topic_id, n) SELECT id, nextval('topic_version_seq') FROM topics;

-- A topic renamed, merged or added is touched like one whose claims changed (migration 006): the
-- write that did it derives its flags and moves its version on (server/db/derive.ts lockTouched).
CREATE FUNCTION touch_topics_themselves() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM touched_topics_table();
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    INSERT INTO touched_topics SELECT DISTINCT id FROM new_rows ON CONFLICT DO NOTHING;
  END IF;
  IF TG_OP IN ('DELETE', 'UPDATE') THEN
    INSERT INTO touched_topics SELECT DISTINCT id FROM old_rows ON CONFLICT DO NOTHING;
  END IF;
  RETURN NULL;
END $$;

CREATE TRIGGER topics_touch_insert AFTER INSERT ON topics REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION touch_topics_themselves();
CREATE TRIGGER topics_touch_update AFTER UPDATE ON topics REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION touch_topics_themselves();
CREATE TRIGGER topics_touch_delete AFTER DELETE ON topics REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION touch_topics_themselves();
