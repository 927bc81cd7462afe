-- How many rows each table should hold, kept by the writes themselves (statement triggers, in the
-- same transaction). A table whose file was cut short or emptied outside the database reads as
-- fewer rows and no error; at start the counts are compared, and a mismatch stops the start
-- (server/db/ledger.ts) instead of serving "0 figures" as if nothing had been lost.
CREATE TABLE row_ledger (tbl text PRIMARY KEY, n bigint NOT NULL);

CREATE FUNCTION row_ledger_count() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    UPDATE row_ledger SET n = n + (SELECT count(*) FROM new_rows) WHERE tbl = TG_TABLE_NAME;
  ELSIF TG_OP = 'DELETE' THEN
    UPDATE row_ledger SET n = n - (SELECT count(*) FROM old_rows) WHERE tbl = TG_TABLE_NAME;
  ELSIF TG_OP = 'TRUNCATE' THEN
    UPDATE row_ledger SET n = 0 WHERE tbl = TG_TABLE_NAME;
  END IF;
  RETURN NULL;
END $$;

DO $$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['topics', 'measures', 'sources', 'claims', 'claim_events'] LOOP
    EXECUTE format('INSERT INTO row_ledger (tbl, n) SELECT %L, count(*) FROM %I', t, t);
    EXECUTE format('CREATE TRIGGER %I AFTER INSERT ON %I REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION row_ledger_count()', t || '_ledger_insert', t);
    EXECUTE format('CREATE TRIGGER %I AFTER DELETE ON %I REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION row_ledger_count()', t || '_ledger_delete', t);
    EXECUTE format('CREATE TRIGGER %I AFTER TRUNCATE ON %I FOR EACH STATEMENT EXECUTE FUNCTION row_ledger_count()', t || '_ledger_truncate', t);
  END LOOP;
END $$;
