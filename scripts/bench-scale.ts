// `npm run bench:scale`: a benchmark, not a test. Writes a realistic invented corpus
// (scripts/lib/scale-corpus.ts: eight stories over months, wire reprints, hedged, per-month and
// denied figures, and a known number of planted conflicts), ingests it, starts the production
// server on 127.0.0.1 over that database and prints, each against its target at 10,000 articles:
// ingest articles/s (and last 10% / first 10%), p50/p95 and bytes of the pages and API lists
// (sequential requests), the server's memory, and the flags found against the ones planted.
//
//   npm run bench:scale -- [--articles 1000] [--pg] [--via direct|batch] [--samples 30] [--warmup 3]
//                          [--seed 1] [--q "passengers stranded"] [--keep: keep the database too]
//
// --via direct (the default, and the fastest path): ingestArticle (server/db/ingest.ts) straight
// into the database before the server starts, one article per transaction as the CLI and the
// batch endpoint do. --via batch: POST /api/v1/sources/batch, 50 at a time, to the running server
// with the admin token (held to the write limit of 20 articles/s, so slower than ingest itself).
// --pg: a private PostgreSQL (scripts/pg-test.sh) instead of the embedded PGlite.
// The articles are also written as files to a temporary folder, kept after the run, for
// `npm run ingest -- DIR`.
// Each run's figures are kept in $TMPDIR/tally-bench-scale/; runs of other sizes on the same
// database kind are printed next to this one, so 1,000 against 10,000 shows how the figures grow.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { randomBytes } from 'node:crypto';
import { openDatabase } from '../server/db';
import { ingestArticle } from '../server/db/ingest';
import { IngestInput } from '../server/ingest/input';
import type { IngestResult } from '../server/ingest/result';
import { freePort, serverPid, startApp, type AppServer } from './lib/app-server';
import { scaleCorpus, type GenArticle, type PlantedConflict } from './lib/scale-corpus';

const ROOT = path.join(__dirname, '..');
/** Writes, each followed by one read of every page, for the "after a write" figures. */
const COLD_ROUNDS = 5;

// ---------------------------------------------------------------------------------------------
// Arguments

function args() {
  const a = process.argv.slice(2);
  const known = new Set(['--articles', '--pg', '--via', '--samples', '--warmup', '--seed', '--q', '--keep']);
  for (let i = 0; i < a.length; i++) {
    if (!known.has(a[i])) throw new Error(`unexpected argument ${JSON.stringify(a[i])} (usage: --articles N [--pg] [--via direct|batch] [--samples 30] [--warmup 3] [--seed 1] [--q WORDS] [--keep])`);
    if (a[i] !== '--pg' && a[i] !== '--keep') i++;
  }
  const val = (name: string) => {
    const i = a.indexOf(`--${name}`);
    return i >= 0 ? a[i + 1] : undefined;
  };
  const int = (name: string, dflt: number, min: number) => {
    const raw = val(name);
    const v = raw === undefined ? dflt : Number(raw);
    if (!Number.isInteger(v) || v < min) throw new Error(`--${name} needs a whole number of at least ${min}`);
    return v;
  };
  const via = val('via') ?? 'direct';
  if (via !== 'direct' && via !== 'batch') throw new Error('--via is direct or batch');
  return {
    articles: int('articles', 1000, 10),
    pg: a.includes('--pg'),
    via: via as 'direct' | 'batch',
    samples: int('samples', 30, 5),
    warmup: int('warmup', 3, 0),
    seed: int('seed', 1, 0),
    q: val('q') ?? 'passengers stranded',
    keep: a.includes('--keep'),
  };
}
type Opt = ReturnType<typeof args>;

// ---------------------------------------------------------------------------------------------
// Small helpers

const pct = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
const fmtMs = (x: number) => (x >= 100 ? x.toFixed(0) : x.toFixed(1));
const fmtBytes = (n: number) => (n >= 1e6 ? `${(n / 1e6).toFixed(2)} MB` : n >= 1e3 ? `${(n / 1e3).toFixed(1)} kB` : `${n} B`);
const mark = (ok: boolean | null) => (ok === null ? '' : ok ? '✓' : '✗');


/** VmRSS (now) and VmHWM (the peak since the process started), in MB. */
function memory(pid: number | null): { rss: number; peak: number } | null {
  if (!pid) return null;
  try {
    const s = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = (k: string) => Number(s.match(new RegExp(`${k}:\\s+(\\d+) kB`))?.[1] ?? 0);
    return { rss: Math.round(kb('VmRSS') / 1024), peak: Math.round(kb('VmHWM') / 1024) };
  } catch {
    return null;
  }
}

interface Got {
  status: number;
  ms: number;
  /** Bytes on the wire (gzip when the server compressed) and decoded. */
  wire: number;
  body: Buffer;
  headers: http.IncomingHttpHeaders;
}

/** One GET over 127.0.0.1, timed to its last byte, asking for gzip as a browser does. */
function get(base: string, route: string): Promise<Got> {
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const req = http.get(`${base}${route}`, { headers: { 'accept-encoding': 'gzip', connection: 'close' }, agent: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => {
        const ms = performance.now() - t0;
        const raw = Buffer.concat(chunks);
        const body = res.headers['content-encoding'] === 'gzip' ? zlib.gunzipSync(raw) : raw;
        resolve({ status: res.statusCode ?? 0, ms, wire: raw.length, body, headers: res.headers });
      });
      res.on('error', reject);
    });
    req.setTimeout(120_000, () => req.destroy(new Error(`GET ${route} timed out after 120 s`)));
    req.on('error', reject);
  });
}

async function getJson<T>(base: string, route: string): Promise<{ data: T; headers: http.IncomingHttpHeaders }> {
  const r = await get(base, route);
  if (r.status !== 200) throw new Error(`GET ${route} answered HTTP ${r.status}: ${r.body.toString('utf8').slice(0, 300)}`);
  return { data: JSON.parse(r.body.toString('utf8')) as T, headers: r.headers };
}

/** Every item of an API list: the first page with the largest limit, then each `Link: rel="next"`. */
async function getAll<T>(base: string, route: string): Promise<T[]> {
  const out: T[] = [];
  let next: string | null = `${route}${route.includes('?') ? '&' : '?'}limit=500`;
  for (let pages = 0; next && pages < 1000; pages++) {
    const page: { data: T[] | { items: T[] }; headers: http.IncomingHttpHeaders } = await getJson<T[] | { items: T[] }>(base, next);
    const items = Array.isArray(page.data) ? page.data : page.data.items;
    for (const x of items) out.push(x);
    const link: RegExpMatchArray | null = String(page.headers.link ?? '').match(/<([^>]+)>;\s*rel="next"/);
    next = link ? link[1].replace(/^https?:\/\/[^/]+/, '') : null;
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Corpus on disk: one file per article in the form `npm run ingest` reads.

function writeArticles(dir: string, count: number, article: (i: number) => GenArticle): void {
  fs.mkdirSync(dir, { recursive: true });
  const width = String(count - 1).length;
  for (let i = 0; i < count; i++) {
    const a = article(i);
    const head = [`Outlet: ${a.outlet}`, `Title: ${a.title}`, ...(a.url ? [`URL: ${a.url}`] : []), ...(a.published ? [`Published: ${a.published}`] : [])];
    fs.writeFileSync(path.join(dir, `${String(i).padStart(width, '0')}.txt`), `${head.join('\n')}\n\n${a.text}\n`);
  }
}

// ---------------------------------------------------------------------------------------------
// Ingest

interface IngestStats {
  seconds: number;
  /** Per-article wall time, ms, in ingest order (direct), or per batch spread over its articles. */
  perArticle: number[];
  stored: number;
  duplicates: number;
  refused: string[];
  figures: number;
  accepted: number;
  review: number;
  /** Planted articles' results, by index. */
  planted: Map<number, IngestResult>;
  /** Figures per measure id. */
  byMeasure: Map<string, number>;
}

function emptyStats(): IngestStats {
  return { seconds: 0, perArticle: [], stored: 0, duplicates: 0, refused: [], figures: 0, accepted: 0, review: 0, planted: new Map(), byMeasure: new Map() };
}

function count(stats: IngestStats, index: number, r: IngestResult, plantedIdx: Set<number>): void {
  if (r.duplicate) stats.duplicates++;
  else stats.stored++;
  stats.figures += r.figures.length;
  stats.accepted += r.accepted;
  stats.review += r.needsReview;
  for (const f of r.figures) stats.byMeasure.set(f.measureId, (stats.byMeasure.get(f.measureId) ?? 0) + 1);
  if (plantedIdx.has(index)) stats.planted.set(index, r);
}

/** Progress on stderr: a line every 5% (or every 10 s), with the rate of the last stretch. */
function progress(total: number) {
  let lastAt = performance.now();
  let lastN = 0;
  const t0 = lastAt;
  return (n: number) => {
    const now = performance.now();
    if (n !== total && n - lastN < total / 20 && now - lastAt < 10_000) return;
    const rate = ((n - lastN) / (now - lastAt)) * 1000;
    process.stderr.write(`[bench:scale] ingested ${n}/${total} (${rate.toFixed(1)} articles/s lately, ${((now - t0) / 1000).toFixed(0)} s in)\n`);
    lastAt = now;
    lastN = n;
  };
}

async function ingestDirect(target: { dir?: string; url?: string }, count_: number, article: (i: number) => GenArticle, plantedIdx: Set<number>): Promise<IngestStats> {
  const db = await openDatabase(target);
  const stats = emptyStats();
  const tick = progress(count_);
  const t0 = performance.now();
  try {
    for (let i = 0; i < count_; i++) {
      const a = article(i);
      const t = performance.now();
      try {
        const r = await ingestArticle(db, IngestInput.parse(a));
        count(stats, i, r, plantedIdx);
      } catch (e) {
        stats.refused.push(`#${i}: ${(e as Error).message}`);
      }
      stats.perArticle.push(performance.now() - t);
      tick(i + 1);
    }
  } finally {
    stats.seconds = (performance.now() - t0) / 1000;
    await db.close();
  }
  return stats;
}

async function ingestBatch(app: AppServer, token: string, count_: number, article: (i: number) => GenArticle, plantedIdx: Set<number>): Promise<IngestStats> {
  const stats = emptyStats();
  const tick = progress(count_);
  const t0 = performance.now();
  for (let from = 0; from < count_; from += 50) {
    const idx = Array.from({ length: Math.min(50, count_ - from) }, (_, k) => from + k);
    const body = JSON.stringify({ articles: idx.map(article) });
    const t = performance.now();
    for (;;) {
      const res = await fetch(`${app.url}/api/v1/sources/batch`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body });
      const text = await res.text();
      if (res.status === 429) {
        await new Promise((r) => setTimeout(r, 1000 * Number(res.headers.get('retry-after') ?? 1)));
        continue;
      }
      if (!res.ok) throw new Error(`POST /api/v1/sources/batch answered HTTP ${res.status}: ${text.slice(0, 300)}`);
      const items = JSON.parse(text) as { index: number; status: string; reason?: string; result?: IngestResult }[];
      for (const it of items) {
        if (it.status === 'refused' || !it.result) stats.refused.push(`#${from + it.index}: ${it.reason}`);
        else count(stats, from + it.index, it.result, plantedIdx);
      }
      break;
    }
    const each = (performance.now() - t) / idx.length;
    for (const _ of idx) stats.perArticle.push(each);
    tick(from + idx.length);
  }
  stats.seconds = (performance.now() - t0) / 1000;
  return stats;
}

// ---------------------------------------------------------------------------------------------
// Flags against what was planted

interface FlagItem {
  id: string;
  kind: string;
  claimIds: string[];
  measureIds: string[];
  topicId: string | null;
}
interface MeasureItem {
  id: string;
  topicId: string;
  title: string;
  claimCount?: number;
  claims?: number;
  [k: string]: unknown;
}

/** The claim of a planted article that gives the planted figure: on its measure, with its number. */
function plantedClaim(r: IngestResult | undefined, sentence: string): { claimId: string; measureId: string } | null {
  if (!r) return null;
  const f = r.figures.find((x) => sentence.includes(x.text) && x.quote.includes(x.text) && sentence.startsWith(x.quote.slice(0, 20)));
  return f ? { claimId: f.claimId, measureId: f.measureId } : null;
}

interface PlantedCheck {
  p: PlantedConflict;
  /** Flags (conflict kinds) holding the incompatible figure; detected when one also holds the true one. */
  flags: string[];
  detected: boolean;
  note: string;
}

function checkPlanted(planted: PlantedConflict[], stats: IngestStats, flags: FlagItem[]): PlantedCheck[] {
  return planted.map((p) => {
    const good = plantedClaim(stats.planted.get(p.trueIndex), p.trueText);
    const bad = plantedClaim(stats.planted.get(p.falseIndex), p.falseText);
    if (!good || !bad) return { p, flags: [], detected: false, note: 'the planted figure was not extracted' };
    if (good.measureId !== bad.measureId) return { p, flags: [], detected: false, note: `the two figures landed on different measures (${good.measureId}, ${bad.measureId})` };
    const holding = flags.filter((f) => (f.kind === 'conflict' || f.kind === 'within-source') && f.claimIds.includes(bad.claimId));
    const detected = holding.some((f) => f.claimIds.includes(good.claimId));
    return { p, flags: holding.map((f) => f.id), detected, note: detected ? '' : holding.length ? 'flagged, but not against the true figure' : 'no flag holds it' };
  });
}

// ---------------------------------------------------------------------------------------------
// Results kept for side-by-side comparison

interface Row {
  label: string;
  /** The shown value and the number it is compared by. */
  value: string;
  target: string;
  ok: boolean | null;
  extra?: string;
  /** Bytes of a response, for the growth table. */
  size?: string;
}
interface RunRecord {
  articles: number;
  db: string;
  via: string;
  at: string;
  rows: Row[];
}

const RESULTS = path.join(os.tmpdir(), 'tally-bench-scale');

function printTable(title: string, rows: Row[]): void {
  console.log(`\n${title}\n`);
  console.log('| figure | value | target | |');
  console.log('|---|---|---|:-:|');
  for (const r of rows) console.log(`| ${r.label} | ${r.value}${r.extra ? ` (${r.extra})` : ''} | ${r.target} | ${mark(r.ok)} |`);
}

function printGrowth(current: RunRecord): void {
  if (!fs.existsSync(RESULTS)) return;
  const others = fs
    .readdirSync(RESULTS)
    .filter((f) => f.endsWith('.json'))
    .map((f) => JSON.parse(fs.readFileSync(path.join(RESULTS, f), 'utf8')) as RunRecord)
    .filter((r) => r.db === current.db && r.articles !== current.articles);
  if (!others.length) return;
  const runs = [...others, current].sort((a, b) => a.articles - b.articles);
  console.log(`\nHow the figures grow (${current.db}; earlier runs from ${RESULTS}):\n`);
  console.log(`| figure | ${runs.map((r) => `${r.articles.toLocaleString('en-GB')} articles`).join(' | ')} |`);
  console.log(`|---|${runs.map(() => '---').join('|')}|`);
  for (const row of current.rows) {
    console.log(`| ${row.label} | ${runs.map((r) => { const x = r.rows.find((y) => y.label === row.label); return x ? `${x.value}${x.size ? `, ${x.size}` : ''} ${mark(x.ok)}`.trim() : '–'; }).join(' | ')} |`);
  }
}

/** The server runs the production build, ingest runs the sources: a build older than them is said. */
function buildNote(): void {
  const build = path.join(ROOT, '.next', 'BUILD_ID');
  if (!fs.existsSync(build)) return;
  const newer = execFileSync('find', ['app', 'server', '-newer', build, '-type', 'f'], { cwd: ROOT, encoding: 'utf8' }).trim().split('\n').filter(Boolean);
  const at = new Date(fs.statSync(build).mtimeMs).toISOString();
  if (newer.length) console.log(`[bench:scale] note: the server runs the production build of ${at}, older than ${newer.length} source files (${newer.slice(0, 3).join(', ')}…); \`npm run build\` first to measure the code as it is`);
  else console.log(`[bench:scale] the server runs the production build of ${at} (no source file is newer)`);
}

// ---------------------------------------------------------------------------------------------

async function main(): Promise<number> {
  const opt: Opt = args();
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'tally-bench-scale-'));
  const dataDir = path.join(work, 'data');
  const articlesDir = path.join(work, 'articles');
  // Its own folder at the top of the temporary directory: the cluster belongs to the postgres user,
  // who may not enter this (root-only) work folder.
  const pgDir = opt.pg ? fs.mkdtempSync(path.join(os.tmpdir(), 'tally-bench-scale-pg-')) : path.join(work, 'pg');
  fs.mkdirSync(dataDir, { recursive: true });
  const kind = opt.pg ? 'PostgreSQL' : 'PGlite';
  console.log(`[bench:scale] ${opt.articles.toLocaleString('en-GB')} articles (seed ${opt.seed}) on ${kind}, ingested ${opt.via === 'direct' ? 'by ingestArticle straight into the database, before the server starts' : 'through POST /api/v1/sources/batch (50 a time, admin token)'}; work in ${work}`);

  const t0 = performance.now();
  const corpus = scaleCorpus(opt.articles, opt.seed);
  writeArticles(articlesDir, opt.articles, corpus.article);
  console.log(`[bench:scale] corpus made and written in ${((performance.now() - t0) / 1000).toFixed(1)} s: ${corpus.planted.length} planted conflicts, ${corpus.denials.articles} articles with a denial (on ${corpus.denials.quantities.length} quantities); files in ${articlesDir} (kept after the run; try: DATA_DIR=$(mktemp -d) npm run ingest -- ${articlesDir})`);
  const plantedIdx = new Set(corpus.planted.flatMap((p) => [p.trueIndex, p.falseIndex]));

  let pgUrl: string | undefined;
  let app: AppServer | null = null;
  let code = 0;
  try {
    if (opt.pg) {
      pgUrl = execFileSync('bash', [path.join(ROOT, 'scripts', 'pg-test.sh'), 'start', pgDir, String(await freePort())], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] }).trim().split('\n').pop()!;
      console.log(`[bench:scale] private PostgreSQL at ${pgUrl}`);
    }
    const token = randomBytes(24).toString('hex');
    const env: Record<string, string> = { DATA_DIR: dataDir, TALLY_ADMIN_TOKEN: token, ...(pgUrl ? { DATABASE_URL: pgUrl } : {}) };

    let stats: IngestStats;
    if (opt.via === 'direct') {
      stats = await ingestDirect(pgUrl ? { url: pgUrl } : { dir: path.join(dataDir, 'pglite') }, opt.articles, corpus.article, plantedIdx);
      app = await startApp(env);
    } else {
      app = await startApp(env);
      stats = await ingestBatch(app, token, opt.articles, corpus.article, plantedIdx);
    }
    const pid = serverPid(app.port);
    const startMem = memory(pid);
    buildNote();
    console.log(`[bench:scale] server on ${app.url} (pid ${pid ?? '?'}, RSS ${startMem?.rss ?? '?'} MB after start)`);

    // Ingest rate, and whether it stays flat: the last tenth against the first.
    const n = stats.perArticle.length;
    const tenth = Math.max(1, Math.floor(n / 10));
    const rateOf = (xs: number[]) => (xs.length / xs.reduce((a, b) => a + b, 0)) * 1000;
    const first = rateOf(stats.perArticle.slice(0, tenth));
    const last = rateOf(stats.perArticle.slice(n - tenth));
    const overall = n / stats.seconds;
    const deciles = Array.from({ length: 10 }, (_, k) => rateOf(stats.perArticle.slice(k * tenth, k === 9 ? n : (k + 1) * tenth)));
    console.log(`\nIngest: ${stats.stored} stored, ${stats.duplicates} duplicates, ${stats.refused.length} refused in ${stats.seconds.toFixed(1)} s; ${stats.figures} figures (${stats.accepted} accepted automatically, ${stats.review} awaiting review)`);
    console.log(`  articles/s by tenth of the corpus: ${deciles.map((x) => x.toFixed(1)).join(', ')}`);
    for (const r of stats.refused.slice(0, 5)) console.log(`  refused ${r}`);

    // What the corpus became: topics, measures, where its figures landed.
    const measures = await getAll<MeasureItem>(app.url, '/api/v1/measures');
    const topics = await getAll<{ id: string; title: string; measureIds?: string[] }>(app.url, '/api/v1/topics');
    const claimsOn = (m: MeasureItem) => stats.byMeasure.get(m.id) ?? 0;
    const ours = measures.filter((m) => claimsOn(m) > 0).sort((a, b) => claimsOn(b) - claimsOn(a));
    const shared = ours.filter((m) => claimsOn(m) >= 10);
    const onShared = shared.reduce((s, m) => s + claimsOn(m), 0);
    const unsorted = ours.filter((m) => m.topicId === 'unsorted');
    const byTopic = new Map<string, number>();
    for (const m of ours) byTopic.set(m.topicId, (byTopic.get(m.topicId) ?? 0) + claimsOn(m));
    const busiestTopic = [...byTopic].filter(([t]) => t !== 'unsorted').sort((a, b) => b[1] - a[1])[0]?.[0];
    const busiest = ours[0];
    console.log(`  the corpus's figures are on ${ours.length} measures in ${byTopic.size} topics; ${((100 * onShared) / Math.max(1, stats.figures)).toFixed(1)}% on the ${shared.length} measures holding 10 or more; ${unsorted.length} measures in "unsorted"`);
    console.log(`  busiest measure ${busiest?.id} (${busiest ? claimsOn(busiest) : 0} figures); busiest topic ${busiestTopic} (${byTopic.get(busiestTopic ?? '') ?? 0} figures); ${measures.length} measures and ${topics.length} topics in all`);

    // Flags: the corpus's (topics it landed in), by kind, and the planted ones found.
    const flags = await getAll<FlagItem>(app.url, '/api/v1/flags');
    const corpusTopics = new Set(ours.map((m) => m.topicId));
    const mine = flags.filter((f) => f.topicId !== null && corpusTopics.has(f.topicId));
    const kinds = new Map<string, number>();
    for (const f of mine) kinds.set(f.kind, (kinds.get(f.kind) ?? 0) + 1);
    const checks = checkPlanted(corpus.planted, stats, mine);
    const detected = checks.filter((c) => c.detected).length;
    const conflictFlags = (kinds.get('conflict') ?? 0) + (kinds.get('within-source') ?? 0);
    const P = corpus.planted.length;
    console.log(`\nFlags on the corpus's topics (${flags.length} in all, the rest from data/): ${[...kinds].map(([k, v]) => `${k} ${v}`).join(', ') || 'none'}`);
    console.log(`  planted: ${P} conflicts, ${detected} found against the true figure; ${corpus.denials.quantities.length} quantities denied (${corpus.denials.articles} articles) → expect that many denial flags, found ${kinds.get('denial') ?? 0}`);
    for (const c of checks.filter((x) => !x.detected)) console.log(`  NOT FOUND: planted #${c.p.n} ${c.p.story}/${c.p.fact} on ${c.p.date}: ${c.note}`);
    const extra = mine.filter((f) => f.kind === 'conflict' || f.kind === 'within-source').filter((f) => !checks.some((c) => c.flags.includes(f.id)));
    if (extra.length) console.log(`  ${extra.length} conflict flags hold no planted figure (first: ${extra.slice(0, 3).map((f) => f.id.slice(0, 80)).join('; ')})`);

    // Latency: sequential requests, warm-ups first, over 127.0.0.1.
    const q = encodeURIComponent(opt.q);
    // Labels stay the same at every size (the growth table matches rows by them); ids are printed above.
    console.log(`\nURLs: /topics/${busiestTopic}, /measures/${busiest?.id}, /api/v1/search?q=${q}`);
    const routes: { label: string; route: string; target: number | null }[] = [
      { label: 'dashboard /', route: '/', target: 150 },
      { label: 'topic page /topics/{busiest}', route: `/topics/${encodeURIComponent(busiestTopic ?? 'x')}`, target: null },
      { label: 'measure page /measures/{busiest}', route: `/measures/${encodeURIComponent(busiest?.id ?? 'x')}`, target: 150 },
      { label: 'search /api/v1/search?q=…', route: `/api/v1/search?q=${q}`, target: 50 },
      { label: 'GET /api/v1/measures', route: '/api/v1/measures', target: 50 },
      { label: 'GET /api/v1/flags', route: '/api/v1/flags', target: 50 },
      { label: 'GET /api/v1/sources', route: '/api/v1/sources', target: 50 },
    ];
    let peakDuring = memory(pid)?.rss ?? 0;
    const sampler = setInterval(() => (peakDuring = Math.max(peakDuring, memory(pid)?.rss ?? 0)), 200);
    const rows: Row[] = [];
    rows.push({ label: 'ingest articles/s', value: overall.toFixed(1), target: 'report', ok: null, extra: `${(stats.seconds / 60).toFixed(1)} min` });
    rows.push({ label: 'ingest last 10% / first 10%', value: (last / first).toFixed(2), target: 'flat: ≥ 0.80', ok: last / first >= 0.8, extra: `${first.toFixed(1)} → ${last.toFixed(1)} articles/s` });
    console.log(`\nTiming ${routes.length} URLs: ${opt.warmup} warm-ups then ${opt.samples} sequential requests each …`);
    for (const r of routes) {
      for (let i = 0; i < opt.warmup; i++) await get(app.url, r.route);
      const ms: number[] = [];
      let sample: Got | null = null;
      const statuses = new Map<number, number>();
      for (let i = 0; i < opt.samples; i++) {
        const g = await get(app.url, r.route);
        ms.push(g.ms);
        statuses.set(g.status, (statuses.get(g.status) ?? 0) + 1);
        sample = g;
      }
      ms.sort((a, b) => a - b);
      const p50 = pct(ms, 50);
      const p95 = pct(ms, 95);
      const bad = [...statuses].filter(([s]) => s !== 200);
      const total = sample?.headers['x-total-count'];
      rows.push({
        label: r.label,
        value: `p50 ${fmtMs(p50)} ms, p95 ${fmtMs(p95)} ms`,
        target: r.target === null ? 'report' : `p95 < ${r.target} ms`,
        ok: r.target === null ? null : p95 < r.target && bad.length === 0,
        extra: `${fmtBytes(sample!.wire)} gzip, ${fmtBytes(sample!.body.length)} raw${total ? `, ${total} in list` : ''}${bad.length ? `; HTTP ${bad.map(([s, k]) => `${s}×${k}`).join(', ')}` : ''}`,
        size: `${fmtBytes(sample!.body.length)}`,
      });
    }
    // The first read after a write: a newsroom writes all day, so a page's cold read is the common
    // case. Each round posts one more article of the corpus's stories, then reads each page once.
    const cold = routes.filter((r) => !r.route.startsWith('/api/'));
    const coldMs = new Map(cold.map((r) => [r.label, [] as number[]]));
    for (let k = 0; k < COLD_ROUNDS; k++) {
      const res = await fetch(`${app.url}/api/v1/sources/batch`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: JSON.stringify({ articles: [corpus.article(opt.articles + k)] }) });
      if (!res.ok) throw new Error(`POST /api/v1/sources/batch answered HTTP ${res.status}: ${(await res.text()).slice(0, 300)}`);
      await res.text();
      for (const r of cold) coldMs.get(r.label)!.push((await get(app.url, r.route)).ms);
    }
    for (const r of cold) {
      const ms = coldMs.get(r.label)!.sort((a, b) => a - b);
      rows.push({ label: `${r.label.split(' ')[0]} ${r.label.split(' ')[1] ?? ''} after a write`.replace('  ', ' '), value: `p50 ${fmtMs(pct(ms, 50))} ms, max ${fmtMs(ms[ms.length - 1])} ms`, target: 'report', ok: null, extra: `${COLD_ROUNDS} writes, each read once after it` });
    }
    clearInterval(sampler);
    // The machine may be shared: what else ran is part of the figures.
    console.log(`  load average while timing: ${os.loadavg().map((x) => x.toFixed(1)).join(', ')} on ${os.cpus().length} CPUs`);
    const mem = memory(pid);
    rows.push({ label: 'server memory (RSS)', value: `${mem?.rss ?? '?'} MB now, ${Math.max(mem?.peak ?? 0, peakDuring)} MB peak`, target: '< 600 MB', ok: mem ? Math.max(mem.peak, peakDuring) < 600 : null, extra: opt.pg ? 'Node process only; PostgreSQL apart' : 'PGlite runs inside it' });
    rows.push({ label: 'conflict flags (conflict + within-source)', value: `${conflictFlags} for ${P} planted`, target: `${P}–${2 * P} (within twice)`, ok: conflictFlags >= P && conflictFlags <= 2 * P, extra: `${[...kinds].map(([k, v]) => `${k} ${v}`).join(', ')}` });
    rows.push({ label: 'planted conflicts found', value: `${detected}/${P}`, target: `${P}/${P}`, ok: detected === P });

    printTable(`Results at ${opt.articles.toLocaleString('en-GB')} articles on ${kind} (targets are for 10,000 on PGlite)`, rows);
    const record: RunRecord = { articles: opt.articles, db: kind, via: opt.via, at: new Date().toISOString(), rows };
    printGrowth(record);
    fs.mkdirSync(RESULTS, { recursive: true });
    fs.writeFileSync(path.join(RESULTS, `${kind.toLowerCase()}-${opt.articles}.json`), JSON.stringify(record, null, 1));
    if (pid !== null && !fs.existsSync(`/proc/${pid}`)) {
      console.error('SERVER DIED during the run');
      code = 1;
    }
  } finally {
    if (app) await Promise.race([app.stop(), new Promise((r) => setTimeout(r, 15_000))]);
    if (opt.pg) execFileSync('bash', [path.join(ROOT, 'scripts', 'pg-test.sh'), 'stop', pgDir], { stdio: 'inherit' });
    // The articles stay, for `npm run ingest`; the database goes unless --keep.
    if (!opt.keep) for (const d of [dataDir, pgDir]) fs.rmSync(d, { recursive: true, force: true });
    console.log(`[bench:scale] kept ${opt.keep ? `${work} (articles/, data/)${opt.pg ? ` and ${pgDir}` : ''}` : articlesDir} — remove it when done`);
  }
  return code;
}

main().then(
  (code) => process.exit(code),
  (e) => {
    console.error(`bench:scale failed: ${(e as Error).stack ?? (e as Error).message}`);
    process.exit(1);
  },
);
