-- Search at newsroom scale. A search used to date every figure that matched its words by looking
-- up the figure's source (its as-of, else its source's date, else the middle of the source's
-- estimate), to rank and order them all; at 100,000 articles a common word matches tens of
-- thousands of figures. Each figure now keeps that date (`dated`), kept by triggers in the writing
-- transaction, so a search takes the most recent matches through an index and ranks only those,
-- and a measure's newest figure is one index probe. `dated` is COLLATE "C": YYYY-MM-DD text then
-- sorts as dates in any server locale, and the search's comparisons use the index.

-- The date the site shows for a source: its own, else the middle of its estimate.
CREATE FUNCTION tally_source_date(published text, est jsonb) RETURNS text LANGUAGE sql IMMUTABLE AS $$
  SELECT COALESCE(published, to_char((est->>'from')::date + round(((est->>'to')::date - (est->>'from')::date) / 2.0)::int, 'YYYY-MM-DD'))
$$;

ALTER TABLE claims ADD COLUMN dated text COLLATE "C";
UPDATE claims c SET dated = COALESCE(c.as_of, tally_source_date(s.published, s.published_estimate)) FROM sources s WHERE s.id = c.source_id;

CREATE FUNCTION claims_dated() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW.dated := COALESCE(NEW.as_of, (SELECT tally_source_date(s.published, s.published_estimate) FROM sources s WHERE s.id = NEW.source_id));
  RETURN NEW;
END $$;
CREATE TRIGGER claims_dated BEFORE INSERT OR UPDATE OF as_of, source_id, dated ON claims FOR EACH ROW EXECUTE FUNCTION claims_dated();

-- A source whose date is corrected re-dates its figures that have no as-of of their own.
CREATE FUNCTION sources_dated() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE claims SET dated = NULL WHERE source_id = NEW.id AND as_of IS NULL;
  RETURN NULL;
END $$;
CREATE TRIGGER sources_dated AFTER UPDATE OF published, published_estimate ON sources FOR EACH ROW
  WHEN (OLD.published IS DISTINCT FROM NEW.published OR OLD.published_estimate IS DISTINCT FROM NEW.published_estimate)
  EXECUTE FUNCTION sources_dated();

-- Figures of a date range (the search's from/to filters), and a measure's newest figure. The first
-- is not partial: a partial index on the counted states would stand in for a scan of them all, and
-- the planner would take it over the full-text index for a search of a few words.
CREATE INDEX claims_dated ON claims (dated);
CREATE INDEX claims_measure_dated ON claims (measure_id, dated);
