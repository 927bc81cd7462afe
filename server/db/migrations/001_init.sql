-- Dates are stored as YYYY-MM-DD text so PGlite and node-postgres return them identically
-- (node-postgres turns `date` into a local-time Date, which shifts days across time zones).

CREATE TABLE sources (
  id text PRIMARY KEY,
  outlet text NOT NULL,
  wire text,
  title text NOT NULL,
  url text,
  published text CHECK (published ~ '^\d{4}-\d{2}-\d{2}$'),
  published_estimate jsonb,
  body text NOT NULL,
  content_hash text NOT NULL UNIQUE,
  origin text NOT NULL CHECK (origin IN ('curated', 'ingested')),
  added_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE topics (
  id text PRIMARY KEY,
  title text NOT NULL,
  description text NOT NULL DEFAULT '',
  position integer NOT NULL DEFAULT 0
);

CREATE TABLE measures (
  id text PRIMARY KEY,
  topic_id text NOT NULL REFERENCES topics(id),
  title text NOT NULL,
  description text NOT NULL DEFAULT '',
  unit text NOT NULL,
  currency text,
  kind text NOT NULL,
  reference_date text CHECK (reference_date ~ '^\d{4}-\d{2}-\d{2}$'),
  tolerance double precision NOT NULL DEFAULT 0,
  keywords jsonb NOT NULL DEFAULT '[]',
  position integer NOT NULL DEFAULT 0
);

CREATE TABLE claims (
  id text PRIMARY KEY,
  measure_id text NOT NULL REFERENCES measures(id),
  source_id text NOT NULL REFERENCES sources(id),
  low double precision,
  high double precision,
  best double precision,
  low_inclusive boolean NOT NULL,
  high_inclusive boolean NOT NULL,
  qualifier text NOT NULL,
  value_text text NOT NULL,
  unit text NOT NULL,
  currency text,
  as_of text CHECK (as_of ~ '^\d{4}-\d{2}-\d{2}$'),
  period_start text CHECK (period_start ~ '^\d{4}-\d{2}-\d{2}$'),
  speaker_name text,
  speaker_role text,
  speaker_org text,
  cited_by jsonb NOT NULL DEFAULT '[]',
  stance text NOT NULL CHECK (stance IN ('asserts', 'denies')),
  quote text NOT NULL,
  start_offset integer NOT NULL,
  end_offset integer NOT NULL,
  figure_start integer NOT NULL,
  figure_end integer NOT NULL,
  origin text NOT NULL CHECK (origin IN ('curated', 'extracted')),
  review text NOT NULL CHECK (review IN ('reviewed', 'auto', 'pending', 'rejected', 'superseded')),
  confidence double precision,
  note text,
  supersedes text REFERENCES claims(id),
  created_at timestamptz NOT NULL DEFAULT now(),
  CHECK (start_offset <= figure_start AND figure_start <= figure_end AND figure_end <= end_offset)
);
CREATE INDEX claims_measure ON claims (measure_id);
CREATE INDEX claims_source ON claims (source_id);

-- Nothing is deleted: every review decision is kept with when and why.
CREATE TABLE claim_events (
  id serial PRIMARY KEY,
  claim_id text NOT NULL REFERENCES claims(id),
  action text NOT NULL,
  reason text,
  detail jsonb,
  at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX claim_events_claim ON claim_events (claim_id);

-- Bumped by every write, so readers can cache what they derive (flags, series) until it moves.
CREATE TABLE revision (
  id integer PRIMARY KEY CHECK (id = 1),
  n integer NOT NULL
);
INSERT INTO revision (id, n) VALUES (1, 0);

CREATE TABLE data_loads (
  name text PRIMARY KEY,
  loaded_at timestamptz NOT NULL DEFAULT now()
);
