-- Duplicates by what a text says, not by its bytes (server/domain/text-key.ts, server/db/reprints.ts).
-- text_key: the hash of the normalised text (line endings, spacing, quotes, dashes, invisible
-- characters made plain); one key, one source. It is NULL only for a row stored before this
-- migration whose key an earlier row already had: that row is kept, as a reprint of the earlier.
-- reprint_of: the source a near-copy (the same article under another first paragraph, wire credit
-- or headline) was first printed as; its figures count as that source's origin.
-- The keys are filled in by the migration runner after this file (server/db/migrate.ts): the
-- normalisation is code, and one definition of it serves both PGlite and PostgreSQL.
ALTER TABLE sources ADD COLUMN text_key text;
ALTER TABLE sources ADD COLUMN reprint_of text REFERENCES sources(id);
CREATE UNIQUE INDEX sources_text_key ON sources (text_key);
CREATE INDEX sources_reprint_of ON sources (reprint_of) WHERE reprint_of IS NOT NULL;

-- 64-bit hashes of each original source's sentences (ingest/passages.ts): a near-copy is found by
-- looking its own sentences up here, never by reading other sources' texts.
CREATE TABLE source_passages (
  hash bigint NOT NULL,
  source_id text NOT NULL REFERENCES sources(id),
  PRIMARY KEY (hash, source_id)
);

INSERT INTO row_ledger (tbl, n) SELECT 'source_passages', count(*) FROM source_passages;
CREATE TRIGGER source_passages_ledger_insert AFTER INSERT ON source_passages REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION row_ledger_count();
CREATE TRIGGER source_passages_ledger_delete AFTER DELETE ON source_passages REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION row_ledger_count();
CREATE TRIGGER source_passages_ledger_truncate AFTER TRUNCATE ON source_passages FOR EACH STATEMENT EXECUTE FUNCTION row_ledger_count();
