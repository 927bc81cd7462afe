// `npm run bench`: a benchmark, not a test. Starts the production server on 127.0.0.1 and prints
// req/s and p50/p99 latency for the dashboard and a measure's API at 1 and 50 connections, and
// the gzipped size of the JavaScript the dashboard loads first. Targets on this machine: API p99
// at 1 connection under 20 ms; first-load JavaScript under 250 KB gzipped.
import { gzipSync } from 'node:zlib';
import { startApp } from './lib/app-server';
import { load, printTable, type LoadResult } from './lib/measure-load';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 8);

async function firstLoadJs(base: string): Promise<{ files: number; raw: number; gzip: number }> {
  const html = await (await fetch(`${base}/`)).text();
  // Scripts the page names in its HTML load first; chunks fetched later (the charts) do not count.
  const srcs = [...new Set([...html.matchAll(/<script[^>]+src="([^"]+)"/g)].map((m) => m[1]))];
  let raw = 0;
  let gzip = 0;
  for (const src of srcs) {
    const body = Buffer.from(await (await fetch(new URL(src, base))).arrayBuffer());
    raw += body.length;
    gzip += gzipSync(body, { level: 9 }).length;
  }
  return { files: srcs.length, raw, gzip };
}

async function main() {
  const app = await startApp();
  try {
    const measure = `${app.url}/api/v1/measures/drones-delivered`;
    for (const u of [`${app.url}/`, measure]) await load(u, 'warm-up', 4, 2);
    const rows: LoadResult[] = [];
    for (const connections of [1, 50]) {
      rows.push(await load(`${app.url}/`, 'GET / (dashboard)', connections, SECONDS));
      rows.push(await load(measure, 'GET /api/v1/measures/{id}', connections, SECONDS));
    }
    printTable(rows);
    const js = await firstLoadJs(app.url);
    console.log(`\nDashboard first-load JavaScript: ${js.files} files, ${(js.raw / 1024).toFixed(1)} KB raw, ${(js.gzip / 1024).toFixed(1)} KB gzipped (target < 250 KB)`);
    const api1 = rows.find((r) => r.connections === 1 && r.label.includes('api'))!;
    console.log(`API p99 at 1 connection: ${api1.p99} ms (target < 20 ms)`);
  } finally {
    await app.stop();
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
