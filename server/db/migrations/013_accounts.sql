-- Named people (issue 12, item 5): accounts with a role, their sessions and personal API tokens,
-- and on every claim and catalog event who made it. A reader needs no account.
CREATE TABLE users (
  id text PRIMARY KEY,
  name text NOT NULL,
  role text NOT NULL CHECK (role IN ('reviewer', 'admin')),
  -- scrypt$N$r$p$salt$hash: the salt is the user's own and the parameters travel with it (server/auth/password.ts).
  password_hash text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);
-- One person per name, however it is capitalised: "Ana" and "ana" would be one name in a history.
CREATE UNIQUE INDEX users_name ON users (lower(name));

-- A browser signed in. The id is the SHA-256 of the cookie's 32 random bytes: a copy of the table
-- signs nobody in. Not backed up (server/db/backup.ts): a restore signs everyone out.
CREATE TABLE sessions (
  id text PRIMARY KEY,
  user_id text NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  csrf text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  expires_at timestamptz NOT NULL
);
CREATE INDEX sessions_user ON sessions (user_id);
CREATE INDEX sessions_expiry ON sessions (expires_at);

-- Personal tokens for the CLI and HTTP (Authorization: Bearer tally_…), kept as their SHA-256;
-- a revoked token is kept, marked, so the list says what it was.
CREATE TABLE api_tokens (
  id text PRIMARY KEY,
  user_id text NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  label text NOT NULL,
  token_hash text NOT NULL UNIQUE,
  created_at timestamptz NOT NULL DEFAULT now(),
  last_used_at timestamptz,
  revoked_at timestamptz
);
CREATE INDEX api_tokens_user ON api_tokens (user_id);

-- Who: a user's id, 'token:admin' for TALLY_ADMIN_TOKEN, or NULL for events made before accounts.
ALTER TABLE claim_events ADD COLUMN actor text;
ALTER TABLE catalog_events ADD COLUMN actor text;

-- Accounts and tokens are counted like the data (migration 005): a users file cut short would
-- turn every name in the history into "unknown". Sessions come and go and are not counted.
DO $$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['users', 'api_tokens'] LOOP
    EXECUTE format('INSERT INTO row_ledger (tbl, n) SELECT %L, count(*) FROM %I', t, t);
    EXECUTE format('CREATE TRIGGER %I AFTER INSERT ON %I REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION row_ledger_count()', t || '_ledger_insert', t);
    EXECUTE format('CREATE TRIGGER %I AFTER DELETE ON %I REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION row_ledger_count()', t || '_ledger_delete', t);
    EXECUTE format('CREATE TRIGGER %I AFTER TRUNCATE ON %I FOR EACH STATEMENT EXECUTE FUNCTION row_ledger_count()', t || '_ledger_truncate', t);
  END LOOP;
END $$;
