// `npm run bench:embed`: a benchmark, not a test. Starts the production server on 127.0.0.1 with a
// temporary database and prints the embed page's gzipped weight, then req/s and p50/p99 latency
// at 1 and 50 connections for the embed and for the figure page it is embedded from. Targets on
// this machine (issue 4): embed ≤ 10 KB gzipped, script ≤ 5 KB gzipped, embed p99 at 1
// connection < 10 ms, and at 50 connections at least twice the figure page's req/s.
// Then (issue 8.7) the embed against a static file from the same server (public/bench-static.txt)
// at 50 connections, in alternating runs (BENCH_ROUNDS, default 3; the median ratio counts):
// target ≥ 0.5× the static file's req/s. Also the SVG, the PNG and a pinned embed, for reference.
import fs from 'node:fs';
import path from 'node:path';
import http from 'node:http';
import { spawnSync } from 'node:child_process';
import autocannon from 'autocannon';
import { startApp } from './lib/app-server';
import { printTable, type LoadResult } from './lib/measure-load';

const ROOT = path.join(__dirname, '..');
const SECONDS = Number(process.env.BENCH_SECONDS ?? 6);
const MEASURE = process.env.BENCH_MEASURE ?? 'drones-delivered';

/** A build from before the embed existed would bench a 404: rebuild when the route is missing. */
function ensureBuild(): void {
  const built = fs.existsSync(path.join(ROOT, '.next', 'BUILD_ID'));
  const hasEmbed = fs.existsSync(path.join(ROOT, '.next', 'server', 'app', 'embed', '[...path]'));
  if (built && hasEmbed) {
    warnIfStale();
    return;
  }
  console.log('[bench:embed] building (a minute or two)…');
  const r = spawnSync(process.execPath, [path.join(ROOT, 'node_modules', 'next', 'dist', 'bin', 'next'), 'build'], { cwd: ROOT, stdio: 'inherit' });
  if (r.status !== 0) throw new Error('next build failed');
}

/** A build older than the embed's own sources benches old code: say so (rebuilding is left to you). */
function warnIfStale(): void {
  const built = fs.statSync(path.join(ROOT, '.next', 'BUILD_ID')).mtimeMs;
  const newest = (dir: string): number =>
    fs.readdirSync(dir, { withFileTypes: true }).reduce((m, e) => {
      const p = path.join(dir, e.name);
      return Math.max(m, e.isDirectory() ? newest(p) : fs.statSync(p).mtimeMs);
    }, 0);
  const stale = ['server/embed', 'app/embed', 'app/embed.js'].filter((d) => newest(path.join(ROOT, d)) > built);
  if (stale.length) console.log(`[bench:embed] WARNING: .next is older than ${stale.join(', ')}: these figures are for the old build (run next build)`);
}

/** Bytes on the wire as a browser receives them (gzip, as the server sends it), not decoded. */
function wireBytes(url: string): Promise<{ status: number; bytes: number; encoding: string }> {
  return new Promise((resolve, reject) => {
    http
      .get(url, { headers: { 'accept-encoding': 'gzip' } }, (res) => {
        let bytes = 0;
        res.on('data', (d: Buffer) => (bytes += d.length));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, bytes, encoding: String(res.headers['content-encoding'] ?? 'identity') }));
      })
      .on('error', reject);
  });
}

/** One bounded autocannon run; requests ask for gzip, as browsers do, so compression is counted. */
async function load(url: string, label: string, connections: number, seconds: number): Promise<LoadResult> {
  const r = await autocannon({ url, connections, duration: seconds, pipelining: 1, headers: { 'accept-encoding': 'gzip' } });
  return { label, connections, rps: Math.round(r.requests.average), p50: r.latency.p50, p99: r.latency.p99, errors: r.errors, non2xx: r.non2xx };
}

const verdict = (ok: boolean) => (ok ? 'PASS' : 'FAIL');
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const ROUNDS = Math.max(1, Number(process.env.BENCH_ROUNDS ?? 3));
const STATIC = '/bench-static.txt';

async function main() {
  ensureBuild();
  const app = await startApp();
  try {
    const embed = `${app.url}/embed/${MEASURE}`;
    const figure = `${app.url}/measures/${MEASURE}`;
    const page = await wireBytes(embed);
    const script = await wireBytes(`${app.url}/embed.js`);
    const raw = Buffer.byteLength(await (await fetch(embed)).text());
    console.log(`Embed page ${embed}: HTTP ${page.status}, ${raw} bytes raw, ${page.bytes} bytes on the wire (${page.encoding}) — target ≤ 10240: ${verdict(page.bytes <= 10240)}`);
    console.log(`/embed.js: ${script.bytes} bytes on the wire (${script.encoding}) — target ≤ 5120: ${verdict(script.bytes <= 5120)}`);
    for (const u of [figure, `${app.url}/embed.js`, embed]) await load(u, 'warm-up', 4, 3);
    const rows: LoadResult[] = [];
    const pause = () => new Promise((r) => setTimeout(r, 1000));
    for (const connections of [1, 50]) {
      // The floor first: a route handler that returns a constant. What the embed costs above it is
      // ours. The heavy figure page runs last so its garbage is not collected during the embed run.
      rows.push(await load(`${app.url}/embed.js`, 'GET /embed.js (baseline: a constant)', connections, SECONDS));
      await pause();
      rows.push(await load(embed, 'GET /embed/{id}', connections, SECONDS));
      await pause();
      rows.push(await load(figure, 'GET /measures/{id} (figure page)', connections, SECONDS));
      await pause();
    }
    printTable(rows);
    const at = (c: number, embedRow: boolean) => rows.find((r) => r.connections === c && r.label.startsWith(embedRow ? 'GET /embed/' : 'GET /measures/'))!;
    const ratio = at(50, true).rps / Math.max(1, at(50, false).rps);
    console.log(`\nEmbed p99 at 1 connection: ${at(1, true).p99} ms (target < 10 ms): ${verdict(at(1, true).p99 < 10)}`);
    console.log(`Embed vs figure page at 50 connections: ${ratio.toFixed(1)}× req/s (target ≥ 2×): ${verdict(ratio >= 2)}`);

    // Issue 8.7: the embed at the speed of a file. Alternating runs, so both see the same noise.
    const file = await fetch(app.url + STATIC);
    if (file.status !== 200) throw new Error(`${STATIC}: HTTP ${file.status} (public/bench-static.txt missing from the build's public/?)`);
    const staticBytes = (await file.arrayBuffer()).byteLength;
    // The second of two requests in a row: the first may be the one that re-checks the revision.
    await fetch(embed);
    const head = await fetch(embed, { headers: { 'accept-encoding': 'gzip' } });
    // Next's router adds its own Vary entries to a route handler's answer; the cache in front of
    // Next (server/embed/fast.ts, when scripts/serve.mjs calls it) sends only its own.
    const via = /\brsc\b/i.test(head.headers.get('vary') ?? '') ? "Next's route handler" : 'the embed cache in front of Next';
    await load(app.url + STATIC, 'warm-up', 4, 2);
    const pairs: { embed: LoadResult; file: LoadResult }[] = [];
    for (let i = 0; i < ROUNDS; i++) {
      const f = await load(app.url + STATIC, `GET ${STATIC} (static file, ${staticBytes} bytes), run ${i + 1}`, 50, SECONDS);
      await pause();
      const e = await load(embed, `GET /embed/{id}, run ${i + 1}`, 50, SECONDS);
      await pause();
      pairs.push({ embed: e, file: f });
    }
    const version = (await (await fetch(`${embed}/info.json`)).json()) as { version: string };
    const extra: LoadResult[] = [];
    for (const [u, label] of [
      [`${embed}/v/${version.version}`, 'GET /embed/{id}/v/{version} (pinned)'],
      [`${embed}/chart.svg`, 'GET /embed/{id}/chart.svg'],
      [`${embed}/chart.png`, 'GET /embed/{id}/chart.png'],
    ] as const) {
      await load(u, 'warm-up', 4, 1);
      extra.push(await load(u, label, 50, SECONDS));
      await pause();
    }
    printTable([...pairs.flatMap((p) => [p.file, p.embed]), ...extra]);
    const ratios = pairs.map((p) => p.embed.rps / Math.max(1, p.file.rps));
    const embedRps = median(pairs.map((p) => p.embed.rps));
    const fileRps = median(pairs.map((p) => p.file.rps));
    const r = median(ratios);
    console.log(`\nEmbeds answered by ${via}.`);
    console.log(`Embed vs static file at 50 connections (median of ${ROUNDS}): embed ${Math.round(embedRps)} req/s, static file ${Math.round(fileRps)} req/s, ratio ${r.toFixed(2)}× (runs: ${ratios.map((x) => x.toFixed(2)).join(', ')}) — target ≥ 0.5×: ${verdict(r >= 0.5)}`);
  } finally {
    await app.stop();
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
