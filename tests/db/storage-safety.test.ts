import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { pathToFileURL } from 'node:url';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '@/server/db';
import { openPglite, openPostgres, type Db } from '@/server/db/client';
import { migrate } from '@/server/db/migrate';
import { lockDataDir } from '@/server/db/lock';
import { backup, restore } from '@/server/db/backup';
import { scratchDatabase, targets, type Target } from './targets';

const ROOT = path.join(__dirname, '..', '..');
// tsx's loader in this very process (tsx's CLI would run the script in a child of its own, whose pid a kill would miss).
const TSX_LOADER = pathToFileURL(path.join(ROOT, 'node_modules', 'tsx', 'dist', 'loader.mjs')).href;
const scratch: string[] = [];
const tmp = (prefix = 'tally-safety-') => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  scratch.push(dir);
  return dir;
};
afterAll(() => {
  for (const d of scratch) for (const f of [d, `${d}.lock`]) fs.rmSync(f, { recursive: true, force: true });
});

/** A separate process that opens the embedded database at argv[2], writes argv[3] if given, and waits. */
const HOLDER = path.join(tmp('tally-holder-'), 'holder.ts');
fs.writeFileSync(
  HOLDER,
  `import { openDatabase } from ${JSON.stringify(path.join(ROOT, 'server', 'db', 'index'))};
async function main() {
  const db = await openDatabase({ dir: process.argv[2] });
  if (process.argv[3]) await db.query('INSERT INTO data_loads (name) VALUES ($1)', [process.argv[3]]);
  process.on('SIGTERM', () => db.close().then(() => process.exit(0)));
  console.log('ready');
  setInterval(() => {}, 1 << 30);
}
main().catch((e) => { console.error('refused: ' + e.message); process.exit(1); });
`,
);

/** Tests that start processes: each one opens PGlite afresh, a few seconds apiece. */
const SLOW = 240_000;
const children: ChildProcess[] = [];
afterEach(() => {
  for (const c of children.splice(0)) if (c.exitCode === null && c.signalCode === null) c.kill('SIGKILL');
});

function hold(dir: string, probe = ''): Promise<{ child: ChildProcess; ready: boolean; out: string }> {
  const child = spawn(process.execPath, ['--import', TSX_LOADER, HOLDER, dir, probe], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  children.push(child);
  let out = '';
  return new Promise((resolve) => {
    child.stdout!.on('data', (d) => {
      out += d;
      if (out.includes('ready')) resolve({ child, ready: true, out });
    });
    child.stderr!.on('data', (d) => (out += d));
    child.on('exit', () => resolve({ child, ready: false, out }));
  });
}
const exited = (c: ChildProcess) => new Promise<void>((r) => (c.exitCode !== null || c.signalCode !== null ? r() : c.once('exit', () => r())));

/** `npm run backup|restore -- ARGS` as a person runs it, on DATA_DIR `dataDir`. */
function cli(script: 'backup' | 'restore', args: string[], dataDir: string) {
  const r = spawnSync(process.execPath, [path.join(ROOT, 'scripts', 'run-ts.mjs'), `scripts/${script}.ts`, ...args], {
    cwd: ROOT,
    env: { ...process.env, DATA_DIR: dataDir, DATABASE_URL: '' },
    encoding: 'utf8',
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

/** Every table's rows as PostgreSQL's text for them, sorted: equal means equal to the microsecond. Topic versions are cache keys (migration 025), not data: a restore moves them on. */
async function contents(db: Db): Promise<Record<string, string[]>> {
  return db.transaction(async (tx) => {
    await tx.exec("SET LOCAL TimeZone = 'UTC'; SET LOCAL extra_float_digits = 3");
    const tables = await tx.query<{ t: string }>(
      "SELECT table_name AS t FROM information_schema.tables WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' AND table_name NOT IN ('schema_migrations', 'topic_versions') ORDER BY 1",
    );
    const out: Record<string, string[]> = {};
    for (const { t } of tables) out[t] = (await tx.query<{ r: string }>(`SELECT x::text AS r FROM "${t}" x ORDER BY 1`)).map((r) => r.r);
    return out;
  });
}

/** Rows no ordinary load makes: jsonb null beside SQL NULL, microseconds, rows that refer back. */
async function addAwkwardRows(db: Db): Promise<void> {
  const ids = async (t: string) => (await db.query<{ id: string }>(`SELECT id FROM ${t} ORDER BY id`)).map((r) => r.id);
  const [claims, measures, topics] = [await ids('claims'), await ids('measures'), await ids('topics')];
  // The first row by key points at the last, so a dump in key order alone would not restore.
  await db.query("UPDATE claims SET supersedes = $1, review = 'superseded', best = 0.30000000000000004, created_at = '2023-05-15 10:11:12.123456+02' WHERE id = $2", [claims.at(-1), claims[0]]);
  await db.query("UPDATE measures SET merged_into = $1, signature = 'null'::jsonb WHERE id = $2", [measures.at(-1), measures[0]]);
  await db.query('UPDATE topics SET merged_into = $1 WHERE id = $2', [topics.at(-1), topics[0]]);
  await db.query("UPDATE sources SET added_at = '2001-02-03 04:05:06.789012+00', title = title || ' — “q” \\ ü 🙂 ''x'''");
  await db.query(
    `INSERT INTO claim_events (claim_id, action, reason, detail, at) VALUES
      ($1, 'review', NULL, NULL, '2023-05-15 10:11:12.000001+00'),
      ($1, 'review', 'why', 'null'::jsonb, now()),
      ($1, 'edit', E'two\\nlines', '{"a": [1, 2.5, 1e-7, "\u00fc\u2028"], "b": null, "c": {"d": true}}', now())`,
    [claims[0]],
  );
  await db.query("SELECT setval('claim_events_id_seq', 41)"); // ids handed out and rolled back are not handed out again
  await db.query("INSERT INTO catalog_events (entity, entity_id, action, detail) VALUES ('topic', $1, 'merge', '[]')", [topics[0]]);
  await db.query("INSERT INTO embed_versions (kind, subject_id, version, snapshot, revision) VALUES ('measure', $1, '0123456789ab', '{\"x\":1}', 3)", [measures[0]]);
}

/** An empty, migrated database of the target's kind: what `npm run restore` writes into. */
async function emptyDb(target: Target): Promise<{ db: Db; dispose(): Promise<void> }> {
  if (target.name === 'pglite') {
    const dir = tmp();
    const db = await openPglite(dir);
    await migrate(db);
    return { db, dispose: () => db.close() };
  }
  const scratch = await scratchDatabase('tally_restore');
  const db = await openPostgres(scratch.url);
  await migrate(db);
  return {
    db,
    dispose: async () => {
      await db.close();
      await scratch.end();
    },
  };
}

describe.each(targets)('backup and restore on $name', (target) => {
  let source: Db;
  let dispose: () => Promise<void>;
  let file: string;
  let before: Record<string, string[]>;
  beforeAll(async () => {
    ({ db: source, dispose } = await target.open());
    await addAwkwardRows(source);
    file = path.join(tmp(), 'tally.backup');
    await backup(source, file);
    before = await contents(source);
  });
  afterAll(async () => dispose?.());

  it('round-trips every table exactly into an empty database, sequences included', async () => {
    const empty = await emptyDb(target);
    try {
      const r = await restore(empty.db, file);
      expect(r.tables.find((t) => t.table === 'claims')?.rows).toBe(before.claims.length);
      // The row ledger, the measure counts and the search tables are not in the file: the restore's
      // own writes keep them, and they must come out equal. Sessions are not either: a restore signs everyone out.
      const kept = ['row_ledger', 'measure_sources', 'measure_stats', 'claim_search', 'source_search', 'sessions'];
      expect(r.tables.map((t) => t.table).sort()).toEqual(Object.keys(before).filter((t) => !kept.includes(t)).sort());
      const after = await contents(empty.db);
      for (const t of Object.keys(before)) expect(after[t], t).toEqual(before[t]);
      // Every restored topic has a version, so a running server's catalogues of them are read again.
      const versions = await empty.db.query<{ topic_id: string }>('SELECT topic_id FROM topic_versions ORDER BY topic_id');
      expect(versions.map((v) => v.topic_id)).toEqual((await empty.db.query<{ id: string }>('SELECT id FROM topics ORDER BY id')).map((t) => t.id));
      const [{ id }] = await empty.db.query<{ id: number }>("INSERT INTO claim_events (claim_id, action) SELECT id, 'probe' FROM claims LIMIT 1 RETURNING id");
      expect(id).toBe(42);
      const [edit] = await empty.db.query<{ detail: unknown }>("SELECT detail FROM claim_events WHERE action = 'edit'");
      expect(edit.detail).toEqual({ a: [1, 2.5, 1e-7, 'ü\u2028'], b: null, c: { d: true } });
      const nulls = await empty.db.query<{ sql: number; json: number }>("SELECT count(*) FILTER (WHERE detail IS NULL)::int AS sql, count(*) FILTER (WHERE detail = 'null'::jsonb)::int AS json FROM claim_events WHERE action <> 'probe'");
      expect(nulls).toEqual([{ sql: 1, json: 1 }]);
      // In the file a claim comes after the claim it supersedes, though its key sorts first.
      const [first] = await source.query<{ id: string; supersedes: string }>('SELECT id, supersedes FROM claims ORDER BY id LIMIT 1');
      const text = fs.readFileSync(file, 'utf8');
      expect(text.indexOf(`["${first.supersedes}"`)).toBeLessThan(text.indexOf(`["${first.id}"`));
    } finally {
      await empty.dispose();
    }
  });

  it('refuses a garbage, cut, altered or unknown file and writes nothing', async () => {
    const empty = await emptyDb(target);
    try {
      const clean = await contents(empty.db);
      const text = fs.readFileSync(file, 'utf8');
      const lines = text.split('\n');
      const bad = (name: string, body: string) => {
        const f = path.join(tmp(), name);
        fs.writeFileSync(f, body);
        return f;
      };
      const cases: [string, RegExp][] = [
        [bad('garbage', 'hello, world\n'), /is not a Tally backup/],
        [bad('empty', ''), /not a Tally backup/],
        [bad('half', text.slice(0, Math.floor(text.length / 2))), /not a complete Tally backup.*truncated/],
        [bad('lines', lines.slice(0, -3).join('\n') + '\n'), /not a complete Tally backup.*(truncated|expected)/],
        [bad('no-end', lines.slice(0, -2).join('\n') + '\n'), /not a complete Tally backup/],
        [bad('altered', text.replace('"reviewed"', '"reviewex"')), /checksum does not match/],
        [bad('v2', text.replace('"version":1', '"version":2')), /format version 2/],
        [path.join(tmp(), 'missing'), /cannot read .*ENOENT/],
      ];
      for (const [f, why] of cases) {
        await expect(restore(empty.db, f), path.basename(f)).rejects.toThrow(why);
        expect(await contents(empty.db)).toEqual(clean);
      }
    } finally {
      await empty.dispose();
    }
  });

  it('a restore that fails half-way leaves nothing behind', async () => {
    const empty = await emptyDb(target);
    try {
      const clean = await contents(empty.db);
      // Valid as a file, with a checksum to match, but its last claim names a source that is not there.
      const lines = fs.readFileSync(file, 'utf8').split('\n');
      const claimsAt = lines.findIndex((l) => l.startsWith('{"table":"claims"'));
      const cols = (JSON.parse(lines[claimsAt]) as { columns: { name: string }[] }).columns.map((c) => c.name);
      const row = JSON.parse(lines[claimsAt + 1]) as (string | null)[];
      row[cols.indexOf('source_id')] = 'no-such-source';
      lines[claimsAt + 1] = JSON.stringify(row);
      const body = lines.slice(0, -2).join('\n') + '\n';
      const trailer = { ...JSON.parse(lines.at(-2)!), sha256: (await import('node:crypto')).createHash('sha256').update(body).digest('hex') };
      const f = path.join(tmp(), 'dangling');
      fs.writeFileSync(f, `${body}${JSON.stringify(trailer)}\n`);
      await expect(restore(empty.db, f)).rejects.toThrow(/foreign key/);
      expect(await contents(empty.db)).toEqual(clean);
    } finally {
      await empty.dispose();
    }
  });

  it('refuses a database that is not empty, and replaces it with --force', async () => {
    await source.query("INSERT INTO data_loads (name) VALUES ('after-the-backup')");
    const held = await contents(source);
    await expect(restore(source, file)).rejects.toThrow(/target database is not empty \(.*claims: \d+/);
    expect(await contents(source)).toEqual(held);
    await restore(source, file, { force: true });
    const after = await contents(source);
    for (const t of Object.keys(before)) if (t !== 'revision') expect(after[t], t).toEqual(before[t]);
    const [{ n }] = await source.query<{ n: number }>('SELECT n FROM revision WHERE id = 1');
    expect(n).toBeGreaterThan(Number(/\d+/.exec(held.revision[0].split(',')[1])![0]));
  });
});

describe('a PGlite backup', () => {
  it('restores into PostgreSQL, the way off the embedded database', async () => {
    const [lite, postgres] = targets;
    const { db, dispose } = await lite.open();
    const empty = await emptyDb(postgres);
    try {
      await addAwkwardRows(db);
      const file = path.join(tmp(), 'to-postgres.backup');
      await backup(db, file);
      await restore(empty.db, file);
      expect(await contents(empty.db)).toEqual(await contents(db));
    } finally {
      await empty.dispose();
      await dispose();
    }
  });
});

describe('the embedded data directory', () => {
  it('is refused to a second process while this one holds it, and free once this one closes', async () => {
    const dir = tmp();
    const db = await openDatabase({ dir });
    const second = await hold(dir);
    expect(second.ready).toBe(false);
    expect(second.out).toMatch(new RegExp(`in use by process ${process.pid} .*stop it or use another DATA_DIR`));
    await db.close();
    expect(fs.existsSync(`${dir}.lock`)).toBe(false);
    const third = await hold(dir);
    expect(third.out).toContain('ready');
    third.child.kill('SIGTERM'); // a clean stop, as the server's own SIGTERM handler does, gives the lock back
    await exited(third.child);
    expect(fs.existsSync(`${dir}.lock`)).toBe(false);
  }, SLOW);

  it('is refused to this process while another holds it, leaving the other its files', async () => {
    const dir = tmp();
    const other = await hold(dir);
    expect(other.ready).toBe(true);
    const files = fs.readdirSync(dir).sort();
    await expect(openDatabase({ dir })).rejects.toThrow(new RegExp(`in use by process ${other.child.pid}\\b`));
    expect(fs.readdirSync(dir).sort()).toEqual(files);
    expect(JSON.parse(fs.readFileSync(`${dir}.lock`, 'utf8')).pid).toBe(other.child.pid);
  }, SLOW);

  it('keeps a write acknowledged before kill -9, and the dead holder’s lock is taken over', async () => {
    const dir = tmp();
    const killed = await hold(dir, 'written-before-the-kill');
    expect(killed.ready).toBe(true);
    killed.child.kill('SIGKILL');
    await exited(killed.child);
    expect(fs.existsSync(`${dir}.lock`)).toBe(true); // a crash leaves its lock behind
    const db = await openDatabase({ dir });
    try {
      expect(await db.query("SELECT 1 FROM data_loads WHERE name = 'written-before-the-kill'")).toHaveLength(1);
      expect(JSON.parse(fs.readFileSync(`${dir}.lock`, 'utf8')).pid).toBe(process.pid);
    } finally {
      await db.close();
    }
  }, SLOW);

  it('takes over a stale lock (dead pid, unreadable file, reused pid) and lets this process take its own twice', async () => {
    const dir = path.join(tmp(), 'pglite');
    const lock = `${dir}.lock`;
    const dead = spawnSync(process.execPath, ['-e', '']).pid;
    const stale = { pid: dead, startedAt: '2020-01-01T00:00:00.000Z', host: os.hostname(), token: 'old' };
    fs.writeFileSync(lock, JSON.stringify(stale));
    let release = await lockDataDir(dir);
    expect(JSON.parse(fs.readFileSync(lock, 'utf8')).pid).toBe(process.pid);
    release();
    expect(fs.existsSync(lock)).toBe(false);

    fs.writeFileSync(lock, '{"pid": 12');
    fs.utimesSync(lock, new Date(Date.now() - 60_000), new Date(Date.now() - 60_000));
    release = await lockDataDir(dir);
    expect(JSON.parse(fs.readFileSync(lock, 'utf8')).pid).toBe(process.pid);
    const again = await lockDataDir(dir);
    release();
    expect(fs.existsSync(lock)).toBe(true); // still held by the second taker
    again();
    expect(fs.existsSync(lock)).toBe(false);

    if (fs.existsSync('/proc/self/stat')) {
      // A live process that got the dead holder's pid is not the holder: its start tick differs.
      const sleeper = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1e9)']);
      children.push(sleeper);
      fs.writeFileSync(lock, JSON.stringify({ ...stale, pid: sleeper.pid, procStart: '1' }));
      release = await lockDataDir(dir);
      expect(JSON.parse(fs.readFileSync(lock, 'utf8')).pid).toBe(process.pid);
      release();
      fs.writeFileSync(lock, JSON.stringify({ ...stale, pid: sleeper.pid }));
      await expect(lockDataDir(dir)).rejects.toThrow(`in use by process ${sleeper.pid}`);
      fs.rmSync(lock);
    }
  });

  it('refuses a directory that lost PG_VERSION, and leaves its files as they were', async () => {
    const dir = tmp();
    await (await openDatabase({ dir })).close();
    fs.rmSync(path.join(dir, 'PG_VERSION'));
    const snapshot = () => fs.readdirSync(dir, { recursive: true, withFileTypes: true }).map((e) => {
      const p = path.join(e.parentPath, e.name);
      const s = fs.statSync(p);
      return `${p} ${s.size} ${s.mtimeMs}`;
    }).sort();
    const was = snapshot();
    await expect(openDatabase({ dir })).rejects.toThrow(/looks damaged: PG_VERSION is missing.*npm run restore -- FILE/);
    expect(snapshot()).toEqual(was);
    expect(fs.existsSync(`${dir}.lock`)).toBe(false);
  });

  it('npm run backup and restore round-trip, and restore refuses a held, full or missing target', async () => {
    const a = tmp();
    const b = tmp();
    const file = path.join(tmp(), 'cli.backup');
    const src = await openDatabase({ dir: path.join(a, 'pglite') });
    await addAwkwardRows(src);
    const want = await contents(src);
    await src.close();

    expect(cli('backup', [], a).code).toBe(2);
    expect(cli('backup', [file], b)).toMatchObject({ code: 1, err: expect.stringMatching(/^backup failed: no database in DATA_DIR .*nothing to back up\n$/) });
    const made = cli('backup', [file], a);
    expect(made.code, made.err).toBe(0);
    expect(made.out).toMatch(new RegExp(`wrote ${file} from DATA_DIR ${a}: \\d+ tables, \\d+ rows, ${fs.statSync(file).size} bytes`));

    const held = await openPglite(path.join(b, 'pglite'));
    const refused = cli('restore', [file], b);
    await held.close();
    expect(refused).toMatchObject({ code: 1, err: expect.stringMatching(new RegExp(`^restore failed: DATA_DIR ${b} .*in use by process ${process.pid} .*\\n$`)) });

    const done = cli('restore', [file], b);
    expect(done.code, done.err).toBe(0);
    expect(done.out).toMatch(/restore: read .* into DATA_DIR .*: \d+ tables, \d+ rows/);
    const full = cli('restore', [file], b);
    expect(full).toMatchObject({ code: 1, err: expect.stringMatching(/^restore failed: the target database is not empty .*--force.*\n$/) });
    expect(cli('restore', [file, '--force'], b).code).toBe(0);
    expect(cli('restore', [], b).code).toBe(2);

    const restored = await openPglite(path.join(b, 'pglite'));
    try {
      const got = await contents(restored);
      for (const t of Object.keys(want)) if (t !== 'revision') expect(got[t], t).toEqual(want[t]);
    } finally {
      await restored.close();
    }
  }, SLOW);
});
