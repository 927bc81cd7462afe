// `npm run bench:load`: a benchmark, not a test. Starts the production server on 127.0.0.1 with a
// fresh database, grows it with invented articles (scripts/lib/corpus-gen.ts), then drives reads
// and writes together at 50 connections for 30 s and prints, per class (read, write, preview),
// requests, req/s, p50/p99, errors (5xx other than 503, connection errors, timeouts), 429s and
// 503s, and how many writes were accepted. Exits 0 unless the server died (or could not be run).
//
//   npm run bench:load -- [--articles 300] [--duration 30] [--connections 50] [--timeout 10]
//                         [--writes 10] [--previews 5] [--seed 1] [--quick: 40 articles, 5 s]
//
// How the mix is made, and why: one autocannon instance, every connection choosing each next
// request at random (by default 85% reads over ten routes, 10% POST /api/v1/sources with a new
// article, 5% POST /api/v1/sources/preview). So the share of writes is a share of requests, as it is for real
// traffic, whatever their latency; separate instances per class would fix a share of connections
// instead, and slow writes would then make themselves rarer. autocannon's histogram mixes every
// class, so each response is timed per class here, from autocannon's own per-request duration.
// The load generator runs on the same machine as the server and takes some of its CPU.
import fs from 'node:fs';
import path from 'node:path';
import autocannon from 'autocannon';
import { serverPid, startApp } from './lib/app-server';
import { generateArticle, generateCorpus, prng, type GenArticle } from './lib/corpus-gen';

type Cls = 'read' | 'write' | 'preview';
interface Op {
  cls: Cls;
  route: string;
}

function args() {
  const a = process.argv.slice(2);
  const val = (name: string, dflt: number, min = 1e-9, max = Infinity) => {
    const i = a.indexOf(`--${name}`);
    const v = i >= 0 ? Number(a[i + 1]) : dflt;
    if (!Number.isFinite(v) || v < min || v > max) throw new Error(`--${name} needs a number ${max < Infinity ? `from ${min} to ${max}` : 'above 0'}`);
    return v;
  };
  const quick = a.includes('--quick');
  if (val('writes', 10, 0, 100) + val('previews', 5, 0, 100) > 100) throw new Error('--writes and --previews add up to more than 100 (per cent)');
  return {
    quick,
    articles: val('articles', quick ? 40 : 300),
    duration: val('duration', quick ? 5 : 30),
    connections: val('connections', 50),
    seed: val('seed', 1),
    timeout: val('timeout', 10), // seconds before autocannon gives up on a response: an error
    writes: val('writes', 10, 0, 100) / 100, // shares of requests, in per cent; the rest are reads
    previews: val('previews', 5, 0, 100) / 100,
  };
}


function rssMb(pid: number | null): number | null {
  if (!pid) return null;
  try {
    const m = fs.readFileSync(`/proc/${pid}/status`, 'utf8').match(/VmRSS:\s+(\d+) kB/);
    return m ? Math.round(Number(m[1]) / 1024) : null;
  } catch {
    return null;
  }
}

async function adminToken(base: string, dataDir: string): Promise<string> {
  if (process.env.TALLY_ADMIN_TOKEN) return process.env.TALLY_ADMIN_TOKEN; // startApp passes it on
  const file = path.join(dataDir, 'admin-token');
  // The server makes the file the first time a request carries a bearer token, right or wrong.
  if (!fs.existsSync(file)) await (await fetch(`${base}/api/v1/summary`, { headers: { authorization: `Bearer ${'x'.repeat(48)}` } })).arrayBuffer();
  for (let i = 0; i < 40 && !fs.existsSync(file); i++) await new Promise((r) => setTimeout(r, 250));
  return fs.readFileSync(file, 'utf8').trim();
}

const json = (a: GenArticle) => JSON.stringify(a);

/**
 * POST the corpus, `parallel` at a time, as a script loading a folder would: a 429 waits for its
 * Retry-After and tries again, so growing takes at least as long as the write limit allows.
 */
async function grow(base: string, token: string, corpus: GenArticle[], parallel = 4) {
  const statuses = new Map<number, number>();
  const samples: string[] = [];
  let figures = 0;
  let retried = 0;
  let next = 0;
  const t0 = performance.now();
  const worker = async () => {
    while (next < corpus.length) {
      const a = corpus[next++];
      for (;;) {
        const res = await fetch(`${base}/api/v1/sources`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: json(a) });
        const body = await res.text();
        if (res.status === 429 && retried < 10 * corpus.length) {
          retried++;
          await new Promise((r) => setTimeout(r, 1000 * Number(res.headers.get('retry-after') ?? 1)));
          continue;
        }
        statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
        if (res.ok) figures += (JSON.parse(body) as { figures: unknown[] }).figures.length;
        else if (samples.length < 3) samples.push(`HTTP ${res.status} for “${a.title}”: ${body.slice(0, 300)}`);
        break;
      }
    }
  };
  await Promise.all(Array.from({ length: parallel }, worker));
  return { seconds: (performance.now() - t0) / 1000, statuses, samples, figures, retried };
}

interface Tally {
  latencies: number[];
  statuses: Map<number, number>;
  connErrors: number;
  timeouts: number;
  /** Responses autocannon parsed without a status line (see setupClient): not counted anywhere else. */
  garbled: number;
  stored: number;
}
const tally = (): Tally => ({ latencies: [], statuses: new Map(), connErrors: 0, timeouts: 0, garbled: 0, stored: 0 });

function pct(sorted: number[], p: number): string {
  if (!sorted.length) return '–';
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))].toFixed(1);
}
const count = (t: Tally, pred: (s: number) => boolean) => [...t.statuses].filter(([s]) => pred(s)).reduce((n, [, k]) => n + k, 0);
const errors = (t: Tally) => count(t, (s) => s >= 500 && s !== 503) + t.connErrors + t.timeouts;
const other = (t: Tally) => count(t, (s) => (s < 200 || s >= 300) && s < 500 && s !== 429);

async function main() {
  const opt = args();
  console.log(`[bench:load] ${opt.articles} articles, then ${opt.connections} connections for ${opt.duration} s (seed ${opt.seed})`);
  const app = await startApp();
  const pid = serverPid(app.port);
  let crashed = false;
  try {
    const token = await adminToken(app.url, app.dataDir);
    console.log(`[bench:load] server on ${app.url}, pid ${pid ?? 'not found'}, RSS ${rssMb(pid) ?? '?'} MB before growing`);

    const g = await grow(app.url, token, generateCorpus(opt.articles, opt.seed));
    const ok = g.statuses.get(200) ?? 0;
    console.log(`\nGrowing: ${opt.articles} articles POSTed in ${g.seconds.toFixed(1)} s (${(opt.articles / g.seconds).toFixed(1)} articles/s, 4 at a time), ${g.figures} figures; statuses ${[...g.statuses].map(([s, n]) => `${s}×${n}`).join(', ')}; ${g.retried} retries after a 429`);
    for (const s of g.samples) console.log(`  ${s}`);
    if (ok === 0) throw new Error('no article was accepted; nothing to benchmark');

    const summary = await (await fetch(`${app.url}/api/v1/summary`)).json();
    const measures = ((await (await fetch(`${app.url}/api/v1/measures`)).json()) as { id: string }[]).map((m) => m.id);
    const sources = ((await (await fetch(`${app.url}/api/v1/sources`)).json()) as { id: string }[]).map((s) => s.id);
    console.log(`Database now: ${JSON.stringify(summary)}; ${measures.length} measures, ${sources.length} sources; server RSS ${rssMb(pid) ?? '?'} MB`);

    const r = prng(opt.seed * 31 + 7);
    const pickOf = (xs: string[]) => encodeURIComponent(xs[Math.floor(r() * xs.length)]);
    const reads: [string, () => string][] = [
      ['/', () => '/'],
      ['/measures', () => '/measures'],
      ['/measures/{id}', () => `/measures/${pickOf(measures)}`],
      ['/sources/{id}', () => `/sources/${pickOf(sources)}`],
      ['/embed/{id}', () => `/embed/${pickOf(measures)}`],
      ['/api/v1/summary', () => '/api/v1/summary'],
      ['/api/v1/measures', () => '/api/v1/measures'],
      ['/api/v1/measures/{id}', () => `/api/v1/measures/${pickOf(measures)}`],
      ['/api/v1/flags', () => '/api/v1/flags'],
      ['/api/v1/claims', () => '/api/v1/claims'],
    ];
    // Warm each route once, as a visitor would have, so the run measures a served app, not a
    // cold one; then time one more request each with nothing else running, for comparison.
    const alone: string[] = [];
    for (const [route, make] of reads) {
      for (const timed of [false, true]) {
        const t0 = performance.now();
        const res = await fetch(`${app.url}${make()}`, { headers: { 'accept-encoding': 'gzip' } });
        await res.arrayBuffer();
        if (!res.ok) console.log(`  ${timed ? 'unloaded' : 'warm-up'}: ${route} answered HTTP ${res.status}`);
        if (timed) alone.push(`${route} ${(performance.now() - t0).toFixed(0)}`);
      }
    }
    console.log(`One request at a time, ms: ${alone.join(', ')}`);

    const byCls: Record<Cls, Tally> = { read: tally(), write: tally(), preview: tally() };
    const byRoute = new Map<string, Tally>();
    for (const route of [...reads.map(([r]) => r), 'POST /api/v1/sources', 'POST /api/v1/sources/preview']) byRoute.set(route, tally());
    const routeOf = (op: Op) => byRoute.get(op.route)!;
    const bad: string[] = [];
    // What each connection has in flight. setupRequest builds a connection's next request before
    // autocannon reports a timeout on the previous one, hence `prev`.
    const cur: (Op | undefined)[] = [];
    const prev: (Op | undefined)[] = [];
    // Requests sent, per class: the mix as drawn. The table counts those answered, and a slow
    // class has more of its requests still in flight when the run stops.
    const issued: Record<Cls, number> = { read: 0, write: 0, preview: 0 };
    let written = 0;
    let nextClient = 0;
    const post = { 'content-type': 'application/json' };

    const setupRequest = (req: autocannon.Request, ctx: Record<string, unknown>) => {
      const x = r();
      let op: Op;
      if (x < opt.writes) {
        op = { cls: 'write', route: 'POST /api/v1/sources' };
        Object.assign(req, { method: 'POST', path: '/api/v1/sources', headers: { ...post, authorization: `Bearer ${token}` }, body: json(generateArticle(1_000_000 + written++, opt.seed)) });
      } else if (x < opt.writes + opt.previews) {
        op = { cls: 'preview', route: 'POST /api/v1/sources/preview' };
        Object.assign(req, { method: 'POST', path: '/api/v1/sources/preview', headers: post, body: json(generateArticle(2_000_000 + written++, opt.seed)) });
      } else {
        const [route, make] = reads[Math.floor(r() * reads.length)];
        op = { cls: 'read', route };
        Object.assign(req, { method: 'GET', path: make(), headers: { 'accept-encoding': 'gzip' }, body: undefined });
      }
      const id = ctx.clientId as number | undefined;
      if (id !== undefined) {
        prev[id] = cur[id];
        cur[id] = op;
        issued[op.cls]++;
      }
      ctx.op = op;
      return req;
    };
    const onResponse = (status: number, body: string, ctx: Record<string, unknown>, headers: Record<string, string | string[]>) => {
      const op = ctx.op as Op;
      if (op.cls === 'write' && status >= 200 && status < 300 && (JSON.parse(body) as { stored: boolean }).stored) byCls.write.stored++;
      if ((status >= 500 || (status >= 400 && status !== 429)) && bad.length < 8) {
        const shown = headers['content-encoding'] ? `(${headers['content-encoding']} body)` : body.replace(/\s+/g, ' ').slice(0, 300);
        bad.push(`HTTP ${status} on ${op.route}: ${shown}`);
      }
    };
    const setupClient = (client: autocannon.Client) => {
      const id = nextClient++;
      // The client built its first request before it was handed to us: rebuild it with our id.
      const it = (client as unknown as { requestIterator: { initialContext: object; context: Record<string, unknown>; resetContext(): void; rebuildRequest(): void } }).requestIterator;
      it.initialContext = { clientId: id };
      it.resetContext();
      it.rebuildRequest();
      // autocannon 8 reconnects after a timeout or a connection error but keeps its HTTP parser
      // as it was: a response cut off mid-body swallows the next response on the new connection,
      // which then comes out with no status. Starting the parser afresh keeps later figures true.
      const parser = (client as unknown as { parser: { type: string; initialize(type: string): void } }).parser;
      const c = client as unknown as NodeJS.EventEmitter;
      c.on('response', (status: number | undefined, _bytes: number, ms: number) => {
        const op = it.context.op as Op;
        for (const t of [byCls[op.cls], routeOf(op)]) {
          if (status === undefined) {
            t.garbled++;
            continue;
          }
          t.latencies.push(ms);
          t.statuses.set(status, (t.statuses.get(status) ?? 0) + 1);
        }
      });
      c.on('timeout', () => {
        parser.initialize(parser.type);
        const op = prev[id];
        if (op) for (const t of [byCls[op.cls], routeOf(op)]) t.timeouts++;
      });
      c.on('connError', () => {
        parser.initialize(parser.type);
        const op = cur[id];
        if (op) for (const t of [byCls[op.cls], routeOf(op)]) t.connErrors++;
      });
    };

    let peakRss = rssMb(pid) ?? 0;
    const sampler = setInterval(() => (peakRss = Math.max(peakRss, rssMb(pid) ?? 0)), 500);
    const pc = (x: number) => `${Math.round(x * 100)}%`;
    console.log(`\nLoad: ${opt.connections} connections, ${opt.duration} s, ${pc(1 - opt.writes - opt.previews)} reads / ${pc(opt.writes)} writes / ${pc(opt.previews)} previews …`);
    const result = await autocannon({
      url: app.url,
      connections: opt.connections,
      duration: opt.duration,
      pipelining: 1,
      timeout: opt.timeout,
      requests: [{ method: 'GET', path: '/', setupRequest, onResponse } as autocannon.Request],
      setupClient,
    });
    clearInterval(sampler);

    const secs = result.duration;
    console.log('\n| class | requests | req/s | p50 ms | p99 ms | errors | 429s | 503s | other non-2xx |');
    console.log('|---|---:|---:|---:|---:|---:|---:|---:|---:|');
    const row = (name: string, t: Tally) => {
      const s = [...t.latencies].sort((a, b) => a - b);
      const n = t.latencies.length + t.connErrors + t.timeouts;
      console.log(`| ${name} | ${n} | ${(n / secs).toFixed(1)} | ${pct(s, 50)} | ${pct(s, 99)} | ${errors(t)} | ${count(t, (x) => x === 429)} | ${count(t, (x) => x === 503)} | ${other(t)} |`);
    };
    for (const c of ['read', 'write', 'preview'] as Cls[]) row(c, byCls[c]);
    const sent = issued.read + issued.write + issued.preview;
    const answered = (['read', 'write', 'preview'] as Cls[]).reduce((n, c) => n + byCls[c].latencies.length + byCls[c].connErrors + byCls[c].timeouts + byCls[c].garbled, 0);
    const share = (c: Cls) => `${c} ${issued[c]} (${((100 * issued[c]) / Math.max(1, sent)).toFixed(1)}%)`;
    console.log(`\nsent: ${share('read')}, ${share('write')}, ${share('preview')}; ${sent - answered} still in flight when the run stopped (not counted above)`);
    const unparsed = byCls.read.garbled + byCls.write.garbled + byCls.preview.garbled;
    if (unparsed) console.log(`${unparsed} responses came out of autocannon with no status (its parser after a reconnect) and are not counted above`);
    const writes = byCls.write;
    console.log(`writes accepted: ${count(writes, (s) => s >= 200 && s < 300)} (stored as new sources: ${writes.stored}) of ${writes.latencies.length + writes.connErrors + writes.timeouts} attempted`);

    console.log(`\nBy route (errors: 5xx other than 503, connection errors, timeouts after ${opt.timeout} s; statuses other than 200 listed):`);
    console.log('| route | requests | p50 ms | p99 ms | errors | statuses |');
    console.log('|---|---:|---:|---:|---:|---|');
    for (const [route, t] of [...byRoute].sort(([a], [b]) => a.localeCompare(b))) {
      const s = [...t.latencies].sort((a, b) => a - b);
      const odd = [...t.statuses].filter(([st]) => st !== 200).map(([st, n]) => `${st}×${n}`);
      if (t.timeouts) odd.push(`timeout×${t.timeouts}`);
      if (t.connErrors) odd.push(`conn-error×${t.connErrors}`);
      if (t.garbled) odd.push(`unparsed×${t.garbled}`);
      console.log(`| ${route} | ${t.latencies.length + t.connErrors + t.timeouts} | ${pct(s, 50)} | ${pct(s, 99)} | ${errors(t)} | ${odd.join(', ') || '–'} |`);
    }
    for (const b of bad) console.log(`  ${b}`);
    // A check on the bookkeeping above: autocannon's own totals for the whole run.
    console.log(`\nautocannon totals: ${result.requests.total} responses, ${result.non2xx} non-2xx, ${result.errors} errors (${result.timeouts} timeouts), p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms over all classes`);

    const alive = pid !== null ? fs.existsSync(`/proc/${pid}`) : true;
    const after = await fetch(`${app.url}/api/v1/summary`, { signal: AbortSignal.timeout(15_000) }).then((res) => res.json(), () => null);
    crashed = !alive || after === null;
    console.log(`Database after: ${after ? JSON.stringify(after) : 'no answer'}`);
    console.log(`Server RSS: peak ${peakRss || '?'} MB during the run, ${rssMb(pid) ?? '?'} MB after${crashed ? ' — SERVER DIED' : ''}`);
  } catch (e) {
    if (pid === null || fs.existsSync(`/proc/${pid}`)) throw e;
    // Nothing in this script stops the server before the end; whatever stopped it is the finding.
    console.error(`\nSERVER DIED: its process ${pid} is gone (${(e as Error).message})`);
    crashed = true;
  } finally {
    // start.mjs exits with its server; if it has already gone, its exit event never comes again.
    await Promise.race([app.stop(), new Promise((res) => setTimeout(res, 10_000))]);
  }
  return crashed ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (e) => {
    console.error(e);
    process.exit(1);
  },
);
