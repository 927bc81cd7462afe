import fs from 'node:fs';
import path from 'node:path';
import type { Db } from './client';
import { fillTextKeys } from './reprints';
import { fillAsOfSpans } from './as-of-spans';

const DIR = path.join(process.cwd(), 'server', 'db', 'migrations');

/** What a migration's rows need that SQL alone should not say twice: run after its file, in its transaction. */
const AFTER: Record<number, (tx: Db) => Promise<void>> = { 9: fillTextKeys, 16: fillAsOfSpans };

/** Versioned SQL files, applied in order, each in its own transaction, each exactly once; `upTo` stops after that version (tests of a database made by an older Tally). */
export async function migrate(db: Db, opts: { upTo?: number } = {}): Promise<number[]> {
  await db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (version integer PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())`);
  const files = fs
    .readdirSync(DIR)
    .filter((f) => /^\d+_.*\.sql$/.test(f))
    .sort();
  const applied: number[] = [];
  for (const file of files) {
    const version = Number(file.split('_')[0]);
    if (opts.upTo !== undefined && version > opts.upTo) break;
    const done = await db.transaction(async (tx) => {
      // Two processes starting together on one PostgreSQL must not both apply a migration.
      await tx.query('SELECT pg_advisory_xact_lock(7411)');
      const rows = await tx.query<{ version: number }>('SELECT version FROM schema_migrations WHERE version = $1', [version]);
      if (rows.length) return false;
      await tx.exec(fs.readFileSync(path.join(DIR, file), 'utf8'));
      await AFTER[version]?.(tx);
      await tx.query('INSERT INTO schema_migrations (version, name) VALUES ($1, $2)', [version, file]);
      return true;
    });
    if (done) applied.push(version);
  }
  return applied;
}
