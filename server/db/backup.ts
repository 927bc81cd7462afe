import fs from 'node:fs';
import { createHash } from 'node:crypto';
import { z } from 'zod';
import path from 'node:path';
import { dataDir, env } from '../env';
import { openPglite, openPostgres, type Db } from './client';
import { migrate } from './migrate';
import { bumpTopicVersions } from './derive';
import { BackupError, Column, Header, TableStart, readBackup, type BackupSummary, type Cell, type TableCount } from './backup-file';

export { BackupError, describeBackup, readBackup, type BackupSummary } from './backup-file';

/** Writing a backup and restoring one (the file's format and its reader: ./backup-file). */
const q = (id: string) => `"${id.replace(/"/g, '""')}"`;

/** Text out and in exactly as written, whatever the server's settings. */
const EXACT = `SET LOCAL extra_float_digits = 3; SET LOCAL DateStyle = 'ISO, YMD'; SET LOCAL IntervalStyle = 'postgres'; SET LOCAL TimeZone = 'UTC'; SET LOCAL bytea_output = 'hex'`;

interface Table {
  name: string;
  columns: z.infer<typeof Column>[];
  key: string[];
  parents: Set<string>;
  selfRefs: { from: string[]; to: string[] }[];
  serials: Map<string, string>;
}

/**
 * The app's tables (the migrations' bookkeeping, and the row ledger, measure counts and search
 * tables, which a restore's own writes keep, aside; and sessions: a restored database signs
 * everyone out, while its users and their API tokens come back), parents first.
 */
async function readSchema(db: Db): Promise<Table[]> {
  const cols = await db.query<{ table: string; column: string; type: string; seq: string | null }>(
    `SELECT c.relname AS table, a.attname AS column, format_type(a.atttypid, a.atttypmod) AS type,
            pg_get_serial_sequence(quote_ident(c.relname), a.attname) AS seq
     FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid
     WHERE c.relnamespace = current_schema()::regnamespace AND c.relkind = 'r' AND c.relname NOT IN ('schema_migrations', 'row_ledger', 'measure_sources', 'measure_stats', 'claim_search', 'source_search', 'sessions', 'topic_versions')
       AND a.attnum > 0 AND NOT a.attisdropped AND a.attgenerated = ''
     ORDER BY c.relname, a.attnum`,
  );
  const cons = await db.query<{ table: string; kind: string; parent: string | null; cols: string[]; refcols: string[] | null }>(
    `SELECT c.relname AS table, con.contype AS kind, f.relname AS parent,
            (SELECT json_agg(a.attname ORDER BY k.i) FROM unnest(con.conkey) WITH ORDINALITY k(n, i)
               JOIN pg_attribute a ON a.attrelid = con.conrelid AND a.attnum = k.n) AS cols,
            (SELECT json_agg(a.attname ORDER BY k.i) FROM unnest(con.confkey) WITH ORDINALITY k(n, i)
               JOIN pg_attribute a ON a.attrelid = con.confrelid AND a.attnum = k.n) AS refcols
     FROM pg_constraint con JOIN pg_class c ON c.oid = con.conrelid LEFT JOIN pg_class f ON f.oid = con.confrelid
     WHERE c.relnamespace = current_schema()::regnamespace AND con.contype IN ('p', 'f')`,
  );
  const tables = new Map<string, Table>();
  for (const c of cols) {
    const t: Table = tables.get(c.table) ?? { name: c.table, columns: [], key: [], parents: new Set(), selfRefs: [], serials: new Map() };
    t.columns.push({ name: c.column, type: c.type });
    if (c.seq) t.serials.set(c.column, c.seq);
    tables.set(c.table, t);
  }
  for (const c of cons) {
    const t = tables.get(c.table);
    if (!t) continue;
    if (c.kind === 'p') t.key = c.cols;
    else if (c.parent === c.table) t.selfRefs.push({ from: c.cols, to: c.refcols ?? [] });
    else if (c.parent && tables.has(c.parent)) t.parents.add(c.parent);
  }
  const ordered: Table[] = [];
  const placed = new Set<string>();
  let rest = [...tables.values()].sort((a, b) => a.name.localeCompare(b.name));
  while (rest.length) {
    const ready = rest.filter((t) => [...t.parents].every((p) => placed.has(p)));
    if (!ready.length) throw new BackupError(`tables ${rest.map((t) => t.name).join(', ')} refer to each other in a cycle`);
    for (const t of ready) {
      ordered.push(t);
      placed.add(t.name);
    }
    rest = rest.filter((t) => !placed.has(t.name));
  }
  return ordered;
}

/** Rows of a table that refers to itself (a claim superseding another), each after the row it names. */
function parentsFirst(t: Table, rows: Cell[][]): Cell[][] {
  if (!t.selfRefs.length) return rows;
  const at = (names: string[]) => names.map((n) => t.columns.findIndex((c) => c.name === n));
  const refs = t.selfRefs.map((r) => ({ from: at(r.from), to: at(r.to) }));
  const key = (row: Cell[], idx: number[]) => (idx.some((i) => row[i] === null) ? null : JSON.stringify(idx.map((i) => row[i])));
  const present = refs.map((r) => new Set(rows.map((row) => key(row, r.to))));
  const done = refs.map(() => new Set<string | null>());
  const out: Cell[][] = [];
  let pending = rows;
  while (pending.length) {
    const waiting: Cell[][] = [];
    for (const row of pending) {
      const ok = refs.every((r, j) => {
        const k = key(row, r.from);
        return k === null || k === key(row, r.to) || done[j].has(k) || !present[j].has(k);
      });
      if (!ok) {
        waiting.push(row);
        continue;
      }
      out.push(row);
      refs.forEach((r, j) => done[j].add(key(row, r.to)));
    }
    if (waiting.length === pending.length) throw new BackupError(`table ${t.name}: rows refer to each other in a cycle`);
    pending = waiting;
  }
  return out;
}

/** Write every table to `file` from one consistent snapshot; the file appears whole or not at all. */
export async function backup(db: Db, file: string): Promise<BackupSummary> {
  const tmp = `${file}.partial-${process.pid}`;
  const fd = fs.openSync(tmp, 'w', 0o600);
  const hash = createHash('sha256');
  let bytes = 0;
  const line = (x: unknown) => {
    const buf = Buffer.from(`${JSON.stringify(x)}\n`);
    hash.update(buf);
    bytes += fs.writeSync(fd, buf);
  };
  try {
    const summary = await db.transaction(async (tx) => {
      if (db.kind === 'postgres') await tx.exec('SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY');
      await tx.exec(EXACT);
      const tables = await readSchema(tx);
      const schemaVersion = await currentSchema(tx);
      const createdAt = new Date().toISOString();
      line({ format: 'tally-backup', version: 1, schemaVersion, createdAt, database: db.kind, tables: tables.map((t) => t.name) } satisfies z.infer<typeof Header>);
      const counts: TableCount[] = [];
      for (const t of tables) {
        const order = (t.key.length ? t.key : t.columns.map((c) => c.name)).map(q).join(', ');
        const raw = await tx.query<Record<string, Cell>>(`SELECT ${t.columns.map((c) => `${q(c.name)}::text AS ${q(c.name)}`).join(', ')} FROM ${q(t.name)} ORDER BY ${order}`);
        const rows = parentsFirst(t, raw.map((r) => t.columns.map((c) => r[c.name])));
        const sequences: Record<string, string> = {};
        for (const [column, seq] of t.serials) {
          const [s] = await tx.query<{ last: string; called: boolean }>(`SELECT last_value::text AS last, is_called AS called FROM ${seq}`);
          sequences[column] = String(BigInt(s.last) + (s.called ? 1n : 0n));
        }
        line({ table: t.name, columns: t.columns, rows: rows.length, sequences } satisfies z.infer<typeof TableStart>);
        for (const r of rows) line(r);
        counts.push({ table: t.name, rows: rows.length });
      }
      return { file, schemaVersion, createdAt, database: db.kind, tables: counts };
    });
    const rows = summary.tables.reduce((n, t) => n + t.rows, 0);
    bytes += fs.writeSync(fd, `${JSON.stringify({ end: true, tables: summary.tables.length, rows, sha256: hash.digest('hex') })}\n`);
    fs.fsyncSync(fd);
    fs.closeSync(fd);
    fs.renameSync(tmp, file);
    return { ...summary, bytes };
  } catch (e) {
    fs.closeSync(fd);
    fs.rmSync(tmp, { force: true });
    throw e;
  }
}

async function currentSchema(db: Db): Promise<number> {
  const [r] = await db.query<{ v: number | null }>('SELECT max(version)::int AS v FROM schema_migrations');
  return r?.v ?? 0;
}

/**
 * Restore `file` into `db` in one transaction: all of it or, on any error, nothing. The target
 * must be empty (a fresh DATA_DIR or database, migrated) unless `force`, which replaces its data.
 */
export async function restore(db: Db, file: string, opts: { force?: boolean } = {}): Promise<BackupSummary> {
  const { header, tables, bytes } = readBackup(file);
  const counts = await db.transaction(async (tx) => {
    // The lock data/ is loaded under: a server starting now waits, never loading into a half-restored database.
    await tx.query('SELECT pg_advisory_xact_lock(7412)');
    await tx.exec(EXACT);
    const schemaVersion = await currentSchema(tx);
    if (schemaVersion !== header.schemaVersion) {
      throw new BackupError(`${file} holds schema version ${header.schemaVersion}, this database is at ${schemaVersion}: restore it with the Tally that wrote it, then start this one to migrate`);
    }
    const target = new Map((await readSchema(tx)).map((t) => [t.name, t]));
    const missing = [...target.keys()].filter((t) => !header.tables.includes(t));
    if (missing.length) throw new BackupError(`${file} has no table ${missing.join(', ')}, which this database has`);
    const used: string[] = [];
    for (const t of target.values()) {
      const [r] = await tx.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${q(t.name)}`);
      if (r.n && t.name !== 'revision') used.push(`${t.name}: ${r.n}`);
    }
    if (used.length && !opts.force) throw new BackupError(`the target database is not empty (${used.join(', ')}): restore into a fresh DATA_DIR or database, or pass --force to replace everything in it`);
    const [before] = target.has('revision') ? await tx.query<{ n: number }>('SELECT n FROM revision WHERE id = 1') : [];
    // Sessions name users, and are not restored: whoever was signed in here signs in again.
    const sessions = (await tx.query<{ t: string | null }>(`SELECT to_regclass('sessions')::text AS t`))[0]?.t ? ['sessions'] : [];
    await tx.exec(`TRUNCATE ${[...target.keys(), ...sessions].map(q).join(', ')}`);
    const out: TableCount[] = [];
    for (const { start, rows } of tables) {
      const t = target.get(start.table);
      if (!t) throw new BackupError(`${file} has table ${start.table}, which this database has not`);
      const types = start.columns.map((c) => {
        const col = t.columns.find((x) => x.name === c.name);
        if (!col || col.type !== c.type) throw new BackupError(`${file}: column ${start.table}.${c.name} (${c.type}) does not match this database`);
        return col.type;
      });
      const insert = `INSERT INTO ${q(t.name)} (${start.columns.map((c) => q(c.name)).join(', ')})
        SELECT ${types.map((type, i) => `(e->>${i})::${type}`).join(', ')} FROM json_array_elements($1::json) AS x(e)`;
      for (let i = 0; i < rows.length; ) {
        let size = 0;
        const batch: Cell[][] = [];
        while (i < rows.length && (batch.length === 0 || size < 1 << 20)) {
          size += rows[i].reduce((s, v) => s + (v?.length ?? 4), 0);
          batch.push(rows[i++]);
        }
        await tx.query(insert, [JSON.stringify(batch)]);
      }
      for (const [column, seq] of t.serials) {
        const next = start.sequences[column] ?? '1';
        await tx.query(`SELECT setval('${seq.replace(/'/g, "''")}', GREATEST($1::bigint, (SELECT COALESCE(max(${q(column)}), 0) + 1 FROM ${q(t.name)})), false)`, [next]);
      }
      out.push({ table: t.name, rows: rows.length });
    }
    // Replacing data under a running server: move the revision on, so no cache takes the new data for the old.
    if (used.length && before) await tx.query('UPDATE revision SET n = GREATEST(n, $1::int + 1) WHERE id = 1', [before.n]);
    // Topic versions are not in the file: every restored topic gets a new one (new numbers from the
    // sequence, so none is a version a running server's cache holds).
    await bumpTopicVersions(tx, 'all');
    return out;
  });
  return { file, bytes, schemaVersion: header.schemaVersion, createdAt: header.createdAt, database: header.database, tables: counts };
}

/**
 * The app's database as getDb finds it (DATABASE_URL, else DATA_DIR/pglite, under the same lock),
 * migrated but without loading data/: a restore needs an empty database, and a backup reads only.
 */
export async function openStore(opts: { mustExist: boolean }): Promise<{ db: Db; where: string }> {
  const url = env().DATABASE_URL;
  const dir = path.join(dataDir(), 'pglite');
  if (!url && opts.mustExist && !fs.existsSync(path.join(dir, 'PG_VERSION'))) throw new BackupError(`no database in DATA_DIR ${dataDir()} (${dir} has no PG_VERSION): nothing to back up`);
  const db = url ? await openPostgres(url) : await openPglite(dir);
  try {
    await migrate(db);
  } catch (e) {
    await db.close();
    throw e;
  }
  return { db, where: url ? 'PostgreSQL (DATABASE_URL)' : `DATA_DIR ${dataDir()}` };
}
