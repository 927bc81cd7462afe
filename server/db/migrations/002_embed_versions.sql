-- Pinned embed versions: the exact series an embed showed, stored the first time its pinned URL
-- is handed out, so /embed/{id}/v/{version} shows the same chart forever. Rows are only ever
-- added; the version is a hash of the snapshot text, so equal data maps to the same row.
CREATE TABLE embed_versions (
  kind text NOT NULL CHECK (kind IN ('measure', 'topic')),
  subject_id text NOT NULL,
  version text NOT NULL CHECK (version ~ '^[0-9a-f]{12}$'),
  snapshot text NOT NULL,
  revision integer NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (kind, subject_id, version)
);
