import fs from 'node:fs';
import path from 'node:path';
import type { Db } from './client';

const DIR = path.join(process.cwd(), 'server', 'db', 'migrations');

/** Versioned SQL files, applied in order, each in its own transaction, each exactly once. */
export async function migrate(db: Db): Promise<number[]> {
  await db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (version integer PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())`);
  const files = fs
    .readdirSync(DIR)
    .filter((f) => /^\d+_.*\.sql$/.test(f))
    .sort();
  const applied: number[] = [];
  for (const file of files) {
    const version = Number(file.split('_')[0]);
    const done = await db.transaction(async (tx) => {
      // Two processes starting together on one PostgreSQL must not both apply a migration.
      await tx.query('SELECT pg_advisory_xact_lock(7411)');
      const rows = await tx.query<{ version: number }>('SELECT version FROM schema_migrations WHERE version = $1', [version]);
      if (rows.length) return false;
      await tx.exec(fs.readFileSync(path.join(DIR, file), 'utf8'));
      await tx.query('INSERT INTO schema_migrations (version, name) VALUES ($1, $2)', [version, file]);
      return true;
    });
    if (done) applied.push(version);
  }
  return applied;
}
