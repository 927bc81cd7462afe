-- A search's words are matched in two narrow tables, one row per figure that counts and one per
-- source: its id, the date the site shows for it and its stored search document. A search with
-- words cuts each type's matches to the newest before it ranks them, and that cut reads the date
-- of every match. From claims and sources (a row of a kilobyte or more: the quote, the offsets, the
-- article's body) it was most of a search's time at 100,000 articles: 12,470 figures matched
-- "passengers stranded" in 2,244 heap pages (19 ms) and 4,800 sources in their pages (18 ms); here
-- the same figures sit in about half as many pages of rows a fifth the size (4 ms).
--
-- Kept by statement triggers on claims and sources, in the writing transaction, from the rows it
-- changed (as migration 010 keeps the counts): a figure is here while it counts (reviewed or
-- accepted automatically), with the date migration 017 keeps on it; a source always, with its
-- date. Left out of backups (server/db/backup.ts): a restore's inserts make them again, and
-- `npm run rebuild` compares them with what the claims and sources say.
CREATE TABLE claim_search (
  id text PRIMARY KEY,
  dated text COLLATE "C",
  doc tsvector NOT NULL
);
CREATE TABLE source_search (
  id text PRIMARY KEY,
  dated text COLLATE "C",
  doc tsvector NOT NULL
);
INSERT INTO claim_search (id, dated, doc) SELECT id, dated, search_doc FROM claims WHERE review IN ('reviewed', 'auto');
INSERT INTO source_search (id, dated, doc) SELECT id, tally_source_date(published, published_estimate), search_doc FROM sources;
-- No pending list (see migration 010: PGlite never vacuums).
CREATE INDEX claim_search_doc ON claim_search USING gin (doc) WITH (fastupdate = off);
CREATE INDEX source_search_doc ON source_search USING gin (doc) WITH (fastupdate = off);
-- The documents on claims and sources stay (a backup leaves generated columns out anyway); their
-- indexes go, since every search by words now starts here.
DROP INDEX search_claims_doc;
DROP INDEX search_sources_doc;

CREATE FUNCTION claim_search_of_claims() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'TRUNCATE' THEN
    DELETE FROM claim_search;
    RETURN NULL;
  END IF;
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    DELETE FROM claim_search cs USING old_rows o WHERE cs.id = o.id;
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    INSERT INTO claim_search (id, dated, doc) SELECT id, dated, search_doc FROM new_rows WHERE review IN ('reviewed', 'auto') ORDER BY id;
  END IF;
  RETURN NULL;
END $$;
CREATE TRIGGER claims_search_insert AFTER INSERT ON claims REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION claim_search_of_claims();
CREATE TRIGGER claims_search_update AFTER UPDATE ON claims REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION claim_search_of_claims();
CREATE TRIGGER claims_search_delete AFTER DELETE ON claims REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION claim_search_of_claims();
CREATE TRIGGER claims_search_truncate AFTER TRUNCATE ON claims FOR EACH STATEMENT EXECUTE FUNCTION claim_search_of_claims();

CREATE FUNCTION source_search_of_sources() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'TRUNCATE' THEN
    DELETE FROM source_search;
    RETURN NULL;
  END IF;
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    DELETE FROM source_search ss USING old_rows o WHERE ss.id = o.id;
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    INSERT INTO source_search (id, dated, doc) SELECT id, tally_source_date(published, published_estimate), search_doc FROM new_rows ORDER BY id;
  END IF;
  RETURN NULL;
END $$;
CREATE TRIGGER sources_search_insert AFTER INSERT ON sources REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION source_search_of_sources();
CREATE TRIGGER sources_search_update AFTER UPDATE ON sources REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION source_search_of_sources();
CREATE TRIGGER sources_search_delete AFTER DELETE ON sources REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION source_search_of_sources();
CREATE TRIGGER sources_search_truncate AFTER TRUNCATE ON sources FOR EACH STATEMENT EXECUTE FUNCTION source_search_of_sources();
