// `npm run bench:embed`: a benchmark, not a test. Starts the production server on 127.0.0.1 with a
// temporary database and prints the embed page's gzipped weight, then req/s and p50/p99 latency
// at 1 and 50 connections for the embed and for the figure page it is embedded from. Targets on
// this machine (issue 4): embed ≤ 10 KB gzipped, script ≤ 5 KB gzipped, embed p99 at 1
// connection < 10 ms, and at 50 connections at least twice the figure page's req/s.
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
  if (built && hasEmbed) return;
  console.log('[bench:embed] building (a minute or two)…');
  const r = spawnSync(process.execPath, [path.join(ROOT, 'node_modules', 'next', 'dist', 'bin', 'next'), 'build'], { cwd: ROOT, stdio: 'inherit' });
  if (r.status !== 0) throw new Error('next build failed');
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
  } finally {
    await app.stop();
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
