import fs from 'node:fs';
import { createHash } from 'node:crypto';
import { z } from 'zod';

/**
 * A logical dump that reads back on PGlite and PostgreSQL alike, as JSON lines: a header, then
 * per table a line naming its columns, row count and sequences followed by one JSON array per row,
 * then a trailer with the totals and a SHA-256 of everything before it, so a cut file is refused.
 * Every value is PostgreSQL's own text for it (or null): timestamps keep their microseconds,
 * floats their last digit, and a jsonb `null` stays apart from SQL NULL.
 */
export class BackupError extends Error {}

export const Column = z.object({ name: z.string().min(1), type: z.string().min(1) });
export const Header = z.object({
  format: z.literal('tally-backup'),
  version: z.literal(1),
  schemaVersion: z.number().int().nonnegative(),
  createdAt: z.iso.datetime(),
  database: z.enum(['pglite', 'postgres']),
  tables: z.array(z.string().min(1)),
});
export const TableStart = z.object({
  table: z.string().min(1),
  columns: z.array(Column).min(1),
  rows: z.number().int().nonnegative(),
  /** The next value each serial column's sequence would hand out. */
  sequences: z.record(z.string(), z.string().regex(/^\d+$/)),
});
const Row = z.array(z.string().nullable());
const Trailer = z.object({ end: z.literal(true), tables: z.number().int(), rows: z.number().int(), sha256: z.string().regex(/^[0-9a-f]{64}$/) });

export type Cell = string | null;
export interface TableCount {
  table: string;
  rows: number;
}
export interface BackupSummary {
  file: string;
  bytes: number;
  schemaVersion: number;
  createdAt: string;
  database: 'pglite' | 'postgres';
  tables: TableCount[];
}

/** What a backup or restore moved, for the scripts to print. */
export function describeBackup(s: BackupSummary): string {
  const rows = s.tables.reduce((n, t) => n + t.rows, 0);
  return `${s.tables.length} tables, ${rows} rows, ${s.bytes} bytes (schema version ${s.schemaVersion})\n  ${s.tables.map((t) => `${t.table} ${t.rows}`).join(' · ')}`;
}

export interface Parsed {
  header: z.infer<typeof Header>;
  tables: { start: z.infer<typeof TableStart>; rows: Cell[][] }[];
  bytes: number;
}

/** Read and check a whole backup before anything is written: a bad or cut file is refused here. */
export function readBackup(file: string): Parsed {
  let buf: Buffer;
  try {
    buf = fs.readFileSync(file);
  } catch (e) {
    throw new BackupError(`cannot read ${file}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
  const text = buf.toString('utf8');
  const lines = text.split('\n');
  const fail = (n: number, why: string): never => {
    throw new BackupError(`${file} is not a complete Tally backup (line ${n}: ${why}); nothing was restored`);
  };
  const json = (n: number): unknown => {
    if (n > lines.length || (n === lines.length && lines[n - 1] === '')) fail(n, 'the file ends here: it is truncated');
    try {
      return JSON.parse(lines[n - 1]);
    } catch {
      return fail(n, 'not JSON: the file is truncated or damaged');
    }
  };
  const check = <T,>(schema: z.ZodType<T>, n: number): T => {
    const r = schema.safeParse(json(n));
    return r.success ? r.data : fail(n, r.error.issues.map((i) => `${i.path.join('.') || 'line'}: ${i.message}`).join('; '));
  };
  const first = ((): { format?: unknown; version?: unknown } | null => {
    try {
      return JSON.parse(lines[0]);
    } catch {
      return null; // not a backup, or one cut inside its first line
    }
  })();
  if (first?.format !== 'tally-backup') throw new BackupError(`${file} is not a Tally backup (its first line is no tally-backup header); nothing was restored`);
  if (first.version !== 1) throw new BackupError(`${file} is a Tally backup of format version ${String(first.version)}; this Tally reads version 1 only`);
  const header = check(Header, 1);
  let n = 2;
  const tables: Parsed['tables'] = [];
  for (const name of header.tables) {
    const start = check(TableStart, n++);
    if (start.table !== name) fail(n - 1, `expected table ${name}, found ${start.table}`);
    const rows: Cell[][] = [];
    for (let i = 0; i < start.rows; i++) {
      const row = check(Row, n++);
      if (row.length !== start.columns.length) fail(n - 1, `${row.length} values for ${start.columns.length} columns of ${name}`);
      rows.push(row);
    }
    tables.push({ start, rows });
  }
  const trailer = check(Trailer, n);
  const sha = createHash('sha256').update(lines.slice(0, n - 1).join('\n') + '\n').digest('hex');
  if (trailer.sha256 !== sha) fail(n, 'its checksum does not match: the file was changed or damaged');
  if (lines.length !== n + 1 || lines[n] !== '') fail(n + 1, 'more follows the end line');
  return { header, tables, bytes: buf.length };
}

