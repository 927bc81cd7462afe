// `npm run bench`: a benchmark, not a test. Starts the production server on 127.0.0.1 and prints
// req/s and p50/p99 latency for the dashboard and a measure's API at 1 and 50 connections, and
// the dashboard's JavaScript as a browser fetches it. Targets on this machine: API p99 at 1
// connection under 20 ms; the dashboard's JavaScript at most 250 KB over the wire (gzip).
import http from 'node:http';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { startApp } from './lib/app-server';
import { load, printTable, type LoadResult } from './lib/measure-load';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 8);
const JS_TARGET_KB = 250;

/** Bytes of one response as they cross the wire: asked with Accept-Encoding: gzip, counted before decoding. */
function wireBytes(url: string): Promise<{ wire: number; encoding: string | null }> {
  return new Promise((resolve, reject) => {
    http
      .get(url, { headers: { 'accept-encoding': 'gzip' } }, (res) => {
        let wire = 0;
        res.on('data', (d: Buffer) => (wire += d.length));
        res.on('end', () => resolve({ wire, encoding: (res.headers['content-encoding'] as string | undefined) ?? null }));
      })
      .on('error', reject);
  });
}

/**
 * Every script Chromium fetches to show the dashboard, the chart chunks it loads after hydration
 * included (and a nomodule polyfill it skips left out), until the network is idle: what a reader's
 * browser downloads. Each is counted as the server sends it gzipped; a script the server would
 * send uncompressed is counted at gzip level 6 (zlib's default, what Next uses), so the figure is
 * "gzip, as a browser fetches it" either way.
 */
async function dashboardJs(base: string): Promise<{ files: number; raw: number; wire: number; biggest: [string, number][] }> {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const urls = new Set<string>();
    page.on('response', (r) => {
      if (r.request().resourceType() === 'script' && r.url().startsWith(base)) urls.add(r.url());
    });
    await page.goto(`${base}/`, { waitUntil: 'networkidle' });
    await page.waitForTimeout(1000);
    let raw = 0;
    let wire = 0;
    const sizes: [string, number][] = [];
    for (const u of urls) {
      const body = Buffer.from(await (await fetch(u)).arrayBuffer());
      const sent = await wireBytes(u);
      const w = sent.encoding === 'gzip' ? sent.wire : gzipSync(body, { level: 6 }).length;
      raw += body.length;
      wire += w;
      sizes.push([u.slice(base.length), w]);
    }
    sizes.sort((a, b) => b[1] - a[1]);
    return { files: urls.size, raw, wire, biggest: sizes.slice(0, 5) };
  } finally {
    await browser.close();
  }
}

/** The scripts the dashboard's HTML names (the old "first load" figure: no lazy chunk, but the nomodule polyfill). */
async function htmlScripts(base: string): Promise<number> {
  const html = await (await fetch(`${base}/`)).text();
  const srcs = [...new Set([...html.matchAll(/<script[^>]+src="([^"]+)"/g)].map((m) => m[1]))];
  let gzip = 0;
  for (const src of srcs) gzip += gzipSync(Buffer.from(await (await fetch(new URL(src, base))).arrayBuffer()), { level: 9 }).length;
  return gzip;
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
    const kb = (n: number) => (n / 1024).toFixed(1);
    try {
      const js = await dashboardJs(app.url);
      console.log(
        `\nDashboard JavaScript over the wire: ${kb(js.wire)} KB gzip in ${js.files} scripts (${kb(js.raw)} KB raw), target at most ${JS_TARGET_KB} KB: ${js.wire / 1024 <= JS_TARGET_KB ? 'met' : 'NOT met'}`,
      );
      console.log(`  largest: ${js.biggest.map(([u, n]) => `${u.replace('/_next/static/chunks/', '')} ${kb(n)} KB`).join(', ')}`);
    } catch (e) {
      console.log(`\nDashboard JavaScript over the wire: not measured (${(e as Error).message.split('\n')[0]}); set CHROMIUM_PATH`);
    }
    console.log(`Scripts named in the dashboard's HTML: ${kb(await htmlScripts(app.url))} KB gzip (level 9; the chart chunks load after, the nomodule polyfill never does)`);
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
