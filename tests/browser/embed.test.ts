import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { openDatabase } from '@/server/db';
import { bumpRevision, insertClaim, insertSource } from '@/server/db/write';
import { intervalFor } from '@/server/domain/value';
import { pngSize } from '@/server/embed/png';
import { OPEN_END_ARROW } from '@/server/domain/meaning';
import { DESKTOP, PHONE, launchBrowser, shotPath, startApp, type AppServer } from './server';

/**
 * The embed in real Chromium, against the production build: a host page on another origin
 * (127.0.0.1:<port>) embeds a chart served as http://localhost:<app port>.
 */
const MARKUP = `<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script><b>Bold</b>`;
let app: AppServer;
let browser: Browser;
let host: http.Server;
let hostUrl = '';
let dataDir = '';

/** A claim whose outlet, speaker and wording are all markup, stored before the server starts. */
async function seedHostileClaim(dir: string): Promise<void> {
  const db = await openDatabase({ dir: path.join(dir, 'pglite') });
  const text = `Officials said four provinces were annexed. ${MARKUP}`;
  await db.transaction(async (tx) => {
    await insertSource(tx, {
      id: 'hostile-outlet', outlet: `The ${MARKUP} Times`, wire: null, title: MARKUP, url: 'javascript:alert(1)', published: '2023-06-01',
      publishedEstimate: null, text, contentHash: 'hostile', origin: 'ingested',
    });
    await insertClaim(tx, {
      id: 'hostile-claim', measureId: 'provinces-annexed', sourceId: 'hostile-outlet', value: intervalFor({ qualifier: 'exact', n: 4 }, `four ${MARKUP}`),
      unit: 'provinces', currency: null, asOf: null, periodStart: null, speaker: { name: `=HYPERLINK("x") ${MARKUP}`, role: null, organisation: null },
      citedBy: [], stance: 'asserts', quote: `=cmd ${MARKUP}`, start: 0, end: 10, figureStart: 0, figureEnd: 4, origin: 'extracted', review: 'reviewed',
      note: null, confidence: null, supersedes: null,
    });
    // A figure accepted automatically, never reviewed: embeds leave it out unless asked (?unreviewed=1).
    await insertSource(tx, {
      id: 'unreviewed-wire', outlet: 'The Unreviewed Wire', wire: null, title: 'Drone deliveries', url: null, published: '2023-05-20',
      publishedEstimate: null, text: 'An official said 700 drones had been delivered.', contentHash: 'unreviewed', origin: 'ingested',
    });
    await insertClaim(tx, {
      id: 'auto-claim', measureId: 'drones-delivered', sourceId: 'unreviewed-wire', value: intervalFor({ qualifier: 'exact', n: 700 }, '700'),
      unit: 'drones', currency: null, asOf: null, periodStart: null, speaker: null, citedBy: [], stance: 'asserts',
      quote: 'An official said 700 drones had been delivered.', start: 0, end: 47, figureStart: 17, figureEnd: 20, origin: 'extracted', review: 'auto',
      note: null, confidence: null, supersedes: null,
    });
    await bumpRevision(tx);
  });
  await db.close();
}

beforeAll(async () => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tally-embed-'));
  await seedHostileClaim(dataDir);
  app = await startApp({ DATA_DIR: dataDir });
  browser = await launchBrowser();
  const appOrigin = `http://localhost:${app.port}`;
  host = http.createServer(async (req, res) => {
    const [, kind, id] = (req.url ?? '').split(/[/?]/);
    if (kind === 'iframe' || kind === 'script') {
      // A report as a CMS prints it: the copied snippet in a column, a second one far below the fold (lazy).
      const info = (await (await fetch(`${app.url}/embed/${id}/info.json`)).json()) as { latest: { iframe: string; iframeScript: string } };
      const snippet = kind === 'iframe' ? info.latest.iframe : info.latest.iframeScript;
      res.setHeader('Content-Type', 'text/html; charset=utf-8');
      res.end(`<!doctype html><html><head><meta name="viewport" content="width=device-width,initial-scale=1"><title>A report</title></head>
<body style="margin:0;font-family:serif"><main id="col" style="max-width:1200px;margin:0 auto;padding:0 16px">
<h1>A report on drones</h1><p>Paragraph before the chart.</p>${snippet}<p>Paragraph after the chart.</p>
<div style="height:2400px"></div>${kind === 'script' ? info.latest.iframe.replace('<iframe ', '<iframe id="below" ') : ''}</main></body></html>`);
      return;
    }
    const measure = (req.url ?? '').slice(1) || 'drones-delivered';
    res.setHeader('Content-Type', 'text/html; charset=utf-8');
    res.end(`<!doctype html><html><head><title>A report</title></head><body style="margin:0;font-family:serif">
<h1>A report on drones</h1><p>Paragraph before the chart.</p>
<iframe id="tally" src="${appOrigin}/embed/${measure}" title="Tally chart" width="100%" height="150" style="border:0;width:100%;max-width:640px"></iframe>
<iframe id="other" srcdoc="<p>not Tally</p>" height="80"></iframe>
<script async src="${appOrigin}/embed.js"></script>
<p>Paragraph after the chart.</p></body></html>`);
  });
  await new Promise<void>((r) => host.listen(0, '127.0.0.1', () => r()));
  hostUrl = `http://127.0.0.1:${(host.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await browser?.close();
  await app?.stop();
  await new Promise((r) => host?.close(r));
  if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
});

const get = (p: string, init?: RequestInit) => fetch(app.url + p, init);

describe('an embedded chart on another site', () => {
  it('takes the chart’s height through /embed.js, and ignores height messages from anything but its frame', async () => {
    const page = await (await browser.newContext({ viewport: { width: 800, height: 900 } })).newPage();
    await page.goto(hostUrl + '/drones-delivered');
    const frame = page.frameLocator('#tally');
    await frame.locator('svg.w [data-claim-id]').first().waitFor();
    await page.waitForFunction(() => (document.getElementById('tally') as HTMLIFrameElement).getBoundingClientRect().height > 150);
    const inner = await page.frames().find((f) => f.url().includes('/embed/'))!.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
    const outer = await page.locator('#tally').evaluate((el) => el.getBoundingClientRect().height);
    expect(Math.abs(outer - inner)).toBeLessThanOrEqual(1);
    // A message the host page posts itself (event.source is not a Tally frame) changes nothing.
    await page.evaluate(() => window.postMessage({ type: 'tally:height', height: 2900 }, '*'));
    await page.waitForTimeout(200);
    expect(await page.locator('#tally').evaluate((el) => el.getBoundingClientRect().height)).toBe(outer);
    await page.screenshot({ path: shotPath('embed-host.png'), fullPage: true });
  });

  it('reads without JavaScript: the SVG, its source line, flags and links are all there', async () => {
    const ctx = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 640, height: 800 } });
    const page = await ctx.newPage();
    await page.goto(`${app.url}/embed/drones-delivered`);
    await expect(page.locator('svg.w').isVisible()).resolves.toBe(true);
    expect(await page.locator('svg.w [data-claim-id]').count()).toBe(4);
    const footer = await page.locator('footer').innerText();
    expect(footer).toMatch(/Sources?:/i);
    expect(footer).toContain('Press Association, 15 May 2023');
    expect(footer).toMatch(/The Northern Advocate, unknown, estimated/);
    // The flags: one line, its sentences behind a native disclosure (there for no-JS readers too).
    await expect(page.locator('details.f summary').innerText()).resolves.toMatch(/^⚑ 1 disagreement · 1 note\s+\[1\]\s+Denial\s+\[2\]\s+Different measures$/);
    expect(await page.locator('details.f li').count()).toBe(2);
    await expect(page.locator('details.f li').first().isVisible()).resolves.toBe(false);
    expect(await page.locator('a', { hasText: 'Get the data' }).getAttribute('href')).toBe('/api/v1/measures/drones-delivered/data.csv');
    const box = await page.locator('svg.w').boundingBox();
    expect(box!.width).toBeGreaterThan(600);
    await page.screenshot({ path: shotPath('embed-nojs.png'), fullPage: true });
  });

  it('fits a phone with its narrow layout, and nothing shifts once drawn', async () => {
    const ctx = await browser.newContext({ viewport: { width: 360, height: 740 }, deviceScaleFactor: 2 });
    const page = await ctx.newPage();
    await page.goto(`${app.url}/embed/war-duration`);
    await expect(page.locator('svg.n').isVisible()).resolves.toBe(true);
    await expect(page.locator('svg.w').isVisible()).resolves.toBe(false);
    const shift = await page.evaluate(
      () =>
        new Promise<number>((resolve) => {
          let total = 0;
          new PerformanceObserver((l) => {
            for (const e of l.getEntries()) total += (e as PerformanceEntry & { value: number }).value;
          }).observe({ type: 'layout-shift', buffered: true });
          setTimeout(() => resolve(total), 500);
        }),
    );
    expect(shift).toBe(0);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await page.screenshot({ path: shotPath('embed-phone.png'), fullPage: true });
  });

  it('draws a running total on a time axis at 390 and 1280 px: a short open end, a denial off the value axis, a key that fits', async () => {
    for (const [opts, cls, layoutWidth] of [[PHONE, 'n', 360], [DESKTOP, 'x', 880]] as const) {
      const ctx = await browser.newContext(opts);
      const page = await ctx.newPage();
      await page.goto(`${app.url}/embed/drones-delivered`);
      const svg = page.locator(`svg.${cls}`);
      const box = (await svg.boundingBox())!;
      const scale = box.width / layoutWidth;
      // "more than 400": a tick, then OPEN_END_ARROW px of arrow upwards, however tall the axis is drawn.
      const open = (await svg.locator('[data-claim-id="pa-drones-delivered-more-than-400"]').boundingBox())!;
      expect(open.height / scale).toBeGreaterThan(OPEN_END_ARROW);
      expect(open.height / scale).toBeLessThan(OPEN_END_ARROW + 2);
      // Later figures to the right: the delivered total of 15 May 2023 after the "hundreds" of 2022.
      const hundreds = (await svg.locator('[data-claim-id="pa-drones-sold-hundreds"]').boundingBox())!;
      expect(hundreds.x + hundreds.width).toBeLessThan(open.x);
      // A denial has no place on the value axis: its ⊘ sits in the strip under the dates, below every value.
      const denial = (await svg.locator('[data-claim-id="pa-iran-denies-since-war"]').boundingBox())!;
      expect(denial.y).toBeGreaterThan(open.y + open.height + 20 * scale);
      const words = (await svg.locator('a.v:has([data-claim-id="pa-iran-denies-since-war"]) text').allTextContents()).join(' ');
      expect(words).toContain('Denied: “');
      expect(words).toContain('Press Association');
      // The key: only what is drawn, every item inside the frame.
      const keys = await svg.locator('[data-key]').evaluateAll((els) => els.map((e) => e.getAttribute('data-key')));
      expect(keys).toEqual(['open', 'vague', 'denial', 'flag']);
      for (const k of await svg.locator('[data-key]').all()) {
        const b = (await k.boundingBox())!;
        expect(b.x + b.width).toBeLessThanOrEqual(opts.viewport!.width);
      }
      await page.screenshot({ path: shotPath(`embed-marks-${opts.viewport!.width}.png`), fullPage: true });
      await ctx.close();
    }
  });

  it('shows a label full of markup as text, and runs none of it', async () => {
    const page = await (await browser.newContext({ viewport: { width: 640, height: 700 } })).newPage();
    const dialogs: string[] = [];
    page.on('dialog', (d) => (dialogs.push(d.message()), d.dismiss()));
    await page.goto(`${app.url}/embed/provinces-annexed`);
    await page.locator('svg.w [data-claim-id="hostile-claim"]').waitFor({ state: 'attached' });
    const text = await page.locator('body').innerText();
    expect(text).toContain(`The ${MARKUP} Times`);
    expect(await page.locator('img, b:has-text("Bold")').count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(dialogs).toEqual([]);
    expect(await page.locator('a[href^="javascript:"]').count()).toBe(0);
    await page.screenshot({ path: shotPath('embed-markup.png'), fullPage: true });
    const csv = await (await get('/api/v1/measures/provinces-annexed/data.csv')).text();
    expect(csv).toContain(`'=cmd`);
    expect(csv).toContain(`"'=HYPERLINK(""x"")`);
  });
});

/** A host page with its errors collected from the page and from every frame in it (console errors too). */
async function hostPage(url: string, opts: BrowserContextOptions) {
  const ctx = await browser.newContext(opts);
  const page = await ctx.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => m.type() === 'error' && errors.push(`${m.location().url}: ${m.text()}`));
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  await page.goto(url);
  return { ctx, page, errors, requests };
}

const frameOf = (page: Page) => {
  const f = page.frames().find((x) => x.url().includes('/embed/'));
  if (!f) throw new Error('no embed frame');
  return f;
};

describe('the embed as a reader meets it in a report', () => {
  const PHONE_320: BrowserContextOptions = { ...PHONE, viewport: { width: 320, height: 640 } };
  const COLUMN_720: BrowserContextOptions = { viewport: { width: 720, height: 900 }, deviceScaleFactor: 1 };
  for (const [label, opts] of [
    ['320 px', PHONE_320],
    ['390 px', PHONE],
    ['720 px', COLUMN_720],
    ['1280 px', DESKTOP],
  ] as const) {
    for (const kind of ['iframe', 'script'] as const) {
      if (kind === 'script' && (label === '320 px' || label === '720 px')) continue;
      it(`${kind === 'iframe' ? 'iframe-only' : 'iframe + script'} snippet at ${label}: full column width, Sources line in view, no console errors`, async () => {
        const { ctx, page, errors, requests } = await hostPage(`${hostUrl}/${kind}/drones-delivered`, opts);
        const iframe = page.locator('iframe[data-tally-embed]').first();
        const frame = page.frameLocator('iframe[data-tally-embed] >> nth=0');
        await frame.locator('footer').waitFor();
        if (kind === 'script') await page.waitForFunction(() => document.querySelector('iframe')!.style.height !== '');
        await page.waitForTimeout(300);
        const col = (await page.locator('#col').evaluate((el) => el.clientWidth - 32))!;
        const box = (await iframe.boundingBox())!;
        expect(Math.round(box.width)).toBe(col);
        // The Sources line lies inside the frame's box, and nothing covers it.
        const src = frame.locator('footer p').first();
        await expect(src.innerText()).resolves.toMatch(/^Sources?:/);
        const s = (await src.boundingBox())!;
        expect(s.y).toBeGreaterThanOrEqual(box.y - 1);
        expect(s.y + s.height).toBeLessThanOrEqual(box.y + box.height + 1);
        const hit = await frameOf(page).evaluate(() => {
          const p = document.querySelector('footer p')!;
          const r = p.getBoundingClientRect();
          return p.contains(document.elementFromPoint(r.left + 20, r.top + r.height / 2));
        });
        expect(hit).toBe(true);
        // On a phone and in any column up to 1,200 px the frame holds the whole embed, chart to
        // footer: nothing to scroll to, nothing under the sticky Sources line (the flag line and
        // Table control included).
        if (kind === 'iframe') {
          const fit = await frameOf(page).evaluate(() => {
            const inView = (sel: string) => {
              const el = document.querySelector(sel)!;
              const r = el.getBoundingClientRect();
              return r.bottom <= innerHeight && el.contains(document.elementFromPoint(r.left + 8, r.top + r.height / 2));
            };
            return { scroll: document.documentElement.scrollHeight - innerHeight, flags: inView('details.f summary'), table: inView('details.t summary'), chart: inView('.c') };
          });
          expect(fit).toEqual({ scroll: 0, flags: true, table: true, chart: true });
        }
        // Scroll the lazy frame far below into view: it loads without an error either.
        if (kind === 'script') {
          await page.locator('#below').scrollIntoViewIfNeeded();
          await page.frameLocator('#below').locator('footer').waitFor();
          await page.waitForTimeout(300);
        }
        await page.evaluate(() => window.scrollTo(0, 0));
        await page.screenshot({ path: shotPath(`embed-${kind}-${label.replace(' ', '')}.png`) });
        expect(errors).toEqual([]);
        // No trackers: everything the report loaded came from the report or from Tally, and Tally set no cookie.
        const allowed = [hostUrl, new URL((await iframe.getAttribute('src'))!).origin];
        expect(requests.filter((u) => !allowed.some((o) => u.startsWith(o)))).toEqual([]);
        expect(await ctx.cookies()).toEqual([]);
        await ctx.close();
      });
    }
  }

  it('shows its flags as one line that opens by keyboard or tap onto their sentences, and lights the values a flag names', async () => {
    const page = await (await browser.newContext(DESKTOP)).newPage();
    await page.goto(`${app.url}/embed/drones-delivered`);
    const items = page.locator('details.f li');
    await expect(items.first().isVisible()).resolves.toBe(false);
    let onFlags = false;
    for (let i = 0; i < 40 && !onFlags; i++) {
      await page.keyboard.press('Tab');
      onFlags = await page.evaluate(() => document.activeElement?.matches('details.f summary') ?? false);
    }
    expect(onFlags).toBe(true);
    await page.keyboard.press('Enter');
    await expect(items.first().isVisible()).resolves.toBe(true);
    await expect(items.first().innerText()).resolves.toMatch(/^\[1\] Denial: Government of Iran denies it/);
    // Pointing at a sentence lights the values it names on the chart drawn, and dims the others.
    await items.nth(1).hover();
    const named = (await items.nth(1).getAttribute('data-claim-ids'))!.split(' ');
    const lit = await page.locator('svg.x a.v.lit [data-claim-id]').evaluateAll((els) => els.map((e) => e.getAttribute('data-claim-id')));
    expect(lit.length).toBeGreaterThan(0);
    for (const id of lit) expect(named).toContain(id);
    const dim = await page.locator('svg.x a.v:not(.lit)').first().evaluate((a) => getComputedStyle(a).opacity);
    expect(Number(dim)).toBeLessThan(1);
    await page.screenshot({ path: shotPath('embed-flags-open-1280.png'), fullPage: true });
    await page.mouse.move(5, 5);
    expect(await page.locator('a.v.lit').count()).toBe(0);
    // A phone: a tap opens it, and a tap on a sentence lights its values.
    const ctx = await browser.newContext({ ...PHONE, viewport: { width: 320, height: 640 } });
    const phone = await ctx.newPage();
    await phone.goto(`${app.url}/embed/drones-delivered`);
    const head = (await phone.locator('details.f summary').boundingBox())!;
    expect(head.height).toBeLessThan(3 * 18);
    await phone.locator('details.f summary').tap();
    await phone.locator('details.f li').first().tap();
    expect(await phone.locator('svg.n a.v.lit').count()).toBeGreaterThan(0);
    await phone.screenshot({ path: shotPath('embed-flags-open-320.png'), fullPage: true });
    await ctx.close();
  });

  it('opens the data table from the Table control by keyboard, a row per value', async () => {
    const page = await (await browser.newContext(DESKTOP)).newPage();
    await page.goto(`${app.url}/embed/drones-delivered`);
    const table = page.locator('details.t table');
    await expect(table.isVisible()).resolves.toBe(false);
    let onSummary = false;
    for (let i = 0; i < 40 && !onSummary; i++) {
      await page.keyboard.press('Tab');
      onSummary = await page.evaluate(() => document.activeElement?.matches('details.t summary') ?? false);
    }
    expect(onSummary).toBe(true);
    await page.keyboard.press('Enter');
    await expect(table.isVisible()).resolves.toBe(true);
    expect(await page.locator('details.t tbody tr[data-claim-id]').count()).toBe(4);
    await expect(page.locator('details.t tbody').innerText()).resolves.toContain('John Kirby');
    await page.screenshot({ path: shotPath('embed-table-1280.png'), fullPage: true });
    await page.keyboard.press('Space');
    await expect(table.isVisible()).resolves.toBe(false);
  });

  it('shows a value’s detail on hover and opens its highlighted quote in a new tab on click', async () => {
    const { ctx, page, errors } = await hostPage(`${hostUrl}/script/drones-delivered`, DESKTOP);
    const frame = page.frameLocator('iframe[data-tally-embed] >> nth=0');
    const value = frame.locator('svg.x a.v:has([data-claim-id="pa-drones-delivered-more-than-400"])');
    // On a time axis one link holds the mark and its entry in the list: the pointer is on the mark.
    const mark = value.locator('[data-claim-id]');
    await mark.hover();
    const tip = frame.locator('.tip');
    await tip.waitFor();
    await expect(tip.innerText()).resolves.toMatch(/more than 400[^]*John Kirby[^]*Open the quote/);
    await page.screenshot({ path: shotPath('embed-hover-1280.png') });
    const [quote] = await Promise.all([ctx.waitForEvent('page'), mark.click()]);
    await quote.waitForLoadState();
    const u = new URL(quote.url());
    expect(u.pathname).toBe('/sources/pa-russia-attack-drones-2023-05-15');
    expect(u.hash).toBe('#claim-pa-drones-delivered-more-than-400');
    await quote.locator('mark[data-claim-id="pa-drones-delivered-more-than-400"]').first().waitFor();
    expect(page.url()).toContain(hostUrl);
    expect(errors).toEqual([]);
    await ctx.close();
  });

  it('on a phone, a first tap shows the detail and a second opens the quote', async () => {
    const ctx = await browser.newContext(PHONE);
    const page = await ctx.newPage();
    await page.goto(`${app.url}/embed/drones-delivered`);
    // Its entry in the list under the axis: the part a thumb finds first on a phone.
    const value = page.locator('svg.n a.v:has([data-claim-id="pa-drones-delivered-more-than-400"]) text').nth(1);
    await value.tap();
    await page.locator('.tip').waitFor();
    expect(ctx.pages()).toHaveLength(1);
    await page.screenshot({ path: shotPath('embed-tap-390.png') });
    const tipBox = (await page.locator('.tip').boundingBox())!;
    expect(tipBox.x).toBeGreaterThanOrEqual(0);
    expect(tipBox.x + tipBox.width).toBeLessThanOrEqual(390);
    const [quote] = await Promise.all([ctx.waitForEvent('page'), value.tap()]);
    expect(quote.url()).toContain('#claim-pa-drones-delivered-more-than-400');
    await ctx.close();
  });

  it('is dark by ?theme=dark and by the reader’s prefers-color-scheme, light when asked', async () => {
    const bg = (page: Page) => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    const light = await (await browser.newContext(DESKTOP)).newPage();
    await light.goto(`${app.url}/embed/drones-delivered`);
    expect(await bg(light)).toBe('rgb(255, 255, 255)');
    await light.goto(`${app.url}/embed/drones-delivered?theme=dark`);
    expect(await bg(light)).toBe('rgb(18, 22, 31)');
    const ink = await light.locator('svg.x g[font-size="13"]').evaluate((g) => getComputedStyle(g).fill);
    expect(ink).toBe('rgb(230, 233, 239)');
    await light.screenshot({ path: shotPath('embed-dark-1280.png'), fullPage: true });
    const dark = await (await browser.newContext({ ...PHONE, colorScheme: 'dark' })).newPage();
    await dark.goto(`${app.url}/embed/drones-delivered`);
    expect(await bg(dark)).toBe('rgb(18, 22, 31)');
    await dark.screenshot({ path: shotPath('embed-dark-390.png'), fullPage: true });
    await dark.goto(`${app.url}/embed/drones-delivered?theme=light`);
    expect(await bg(dark)).toBe('rgb(255, 255, 255)');
    // In a report read in dark mode, through the script snippet.
    const { page, errors } = await hostPage(`${hostUrl}/script/drones-delivered`, { ...DESKTOP, colorScheme: 'dark' });
    await page.frameLocator('iframe[data-tally-embed] >> nth=0').locator('footer').waitFor();
    expect(await frameOf(page).evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(18, 22, 31)');
    expect(errors).toEqual([]);
  });

  it('answers a theme it does not know with a 400 that says why; pictures take the theme too', async () => {
    const bad = await get('/embed/drones-delivered?theme=blue');
    expect(bad.status).toBe(400);
    expect(await bad.text()).toContain('theme must be one of light, dark, auto; got “blue”.');
    expect((await get('/embed/drones-delivered/chart.png?theme=blue')).status).toBe(400);
    expect((await get('/embed/drones-delivered/info.json?unreviewed=maybe')).status).toBe(400);
    const svg = await (await get('/embed/drones-delivered/chart.svg?theme=dark')).text();
    expect(svg).toContain('<rect width="100%" height="100%" fill="#12161f"/>');
    const page = await (await browser.newContext(DESKTOP)).newPage();
    await page.goto(`${app.url}/embed/drones-delivered/chart.png?theme=dark`);
    const corner = await page.evaluate(async () => {
      const img = document.querySelector('img')!;
      await img.decode();
      const c = document.createElement('canvas');
      c.width = img.naturalWidth;
      c.height = img.naturalHeight;
      const g = c.getContext('2d')!;
      g.drawImage(img, 0, 0);
      return [...g.getImageData(3, 3, 1, 1).data];
    });
    expect(corner).toEqual([18, 22, 31, 255]);
    fs.writeFileSync(shotPath('embed-chart-dark.png'), new Uint8Array(await (await get('/embed/drones-delivered/chart.png?theme=dark')).arrayBuffer()));
  });

  it('leaves out a figure nobody has reviewed unless asked, and then marks it', async () => {
    const page = await (await browser.newContext(DESKTOP)).newPage();
    await page.goto(`${app.url}/embed/drones-delivered`);
    expect(await page.locator('svg.x [data-claim-id="auto-claim"]').count()).toBe(0);
    await page.goto(`${app.url}/embed/drones-delivered?unreviewed=1`);
    expect(await page.locator('svg.x [data-claim-id="auto-claim"]').count()).toBe(1);
    await expect(page.locator('svg.x a.v:has([data-claim-id="auto-claim"])').innerHTML()).resolves.toContain('not reviewed');
    await expect(page.locator('tr[data-claim-id="auto-claim"]').textContent()).resolves.toContain('not reviewed');
    const info = (await (await get('/embed/drones-delivered/info.json?unreviewed=1')).json()) as { unreviewed: { included: boolean; count: number }; latest: { url: string }; pinned: { url: string } };
    expect(info.unreviewed).toEqual({ included: true, count: 1 });
    expect(info.latest.url).toMatch(/\/embed\/drones-delivered\?unreviewed=1$/);
    // Its pinned version shows it with no query at all: the pin is the snapshot.
    const pinned = await (await fetch(info.pinned.url.replace(/^https?:\/\/[^/]+/, app.url))).text();
    expect(pinned).toContain('data-claim-id="auto-claim"');
  });
});

describe('exports and headers', () => {
  it('serves PNGs of the stated size, the Open Graph image and an SVG download', async () => {
    for (const [p, w, h] of [
      ['/embed/drones-delivered/chart.png', 1200, 675],
      ['/embed/drones-delivered/chart.png?width=800&height=450', 800, 450],
      ['/embed/drones-delivered/og.png', 1200, 630],
      ['/embed/topic/iran-drones/chart.png', 1200, 675],
    ] as const) {
      const res = await get(p);
      expect(res.headers.get('content-type')).toBe('image/png');
      const buf = new Uint8Array(await res.arrayBuffer());
      expect(pngSize(buf), p).toEqual({ width: w, height: h });
      if (p.endsWith('og.png')) fs.writeFileSync(shotPath('embed-og.png'), buf);
      if (p === '/embed/drones-delivered/chart.png') fs.writeFileSync(shotPath('embed-chart.png'), buf);
    }
    const svg = await (await get('/embed/drones-delivered/chart.svg')).text();
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    expect(svg).toContain('Press Association');
  });

  it('gives one CSV row per claim, and the same claims as JSON', async () => {
    const claims = (await (await get('/api/v1/claims?measureId=drones-delivered')).json()) as { id: string }[];
    const csv = await (await get('/api/v1/measures/drones-delivered/data.csv')).text();
    const lines = csv.replace(/^\uFEFF/, '').trimEnd().split('\r\n');
    expect(lines[0].startsWith('claim_id,measure_id,value_as_worded,low,high')).toBe(true);
    expect(lines.length - 1).toBe(claims.length);
    expect(lines.slice(1).map((l) => l.split(',')[0]).sort()).toEqual(claims.map((c) => c.id).sort());
    const json = (await (await get('/api/v1/measures/drones-delivered/data.json')).json()) as { claims: { id: string }[] };
    expect(json.claims.map((c) => c.id).sort()).toEqual(claims.map((c) => c.id).sort());
    // The specific route did not swallow the OpenAPI catch-all beside it.
    expect((await get('/api/v1/measures/drones-delivered')).status).toBe(200);
  });

  it('lets only the embed routes be framed, and ships no React runtime in them', async () => {
    const embed = await get('/embed/drones-delivered');
    expect(embed.headers.get('content-security-policy')).toMatch(/frame-ancestors \*/);
    expect(embed.headers.get('content-security-policy')).toMatch(/default-src 'none'/);
    expect(embed.headers.get('x-frame-options')).toBeNull();
    expect(await embed.text()).not.toMatch(/\/_next\//);
    const pageRes = await get('/measures/drones-delivered');
    expect(pageRes.headers.get('content-security-policy')).toMatch(/frame-ancestors 'none'/);
    expect(pageRes.headers.get('x-frame-options')).toBe('DENY');
    const missing = await get('/embed/no-such-figure');
    expect(missing.status).toBe(404);
    expect(await missing.text()).toContain('Chart not found');
    expect(missing.headers.get('content-security-policy')).toMatch(/frame-ancestors \*/);
  });

  it('pins a version that is cached forever, and answers 404 for one that never existed', async () => {
    const info = (await (await get('/embed/drones-delivered/info.json')).json()) as { version: string; pinned: { url: string }; latest: { iframe: string } };
    expect(info.latest.iframe).toContain('/embed/drones-delivered"');
    const pinned = await fetch(info.pinned.url.replace(/^https?:\/\/[^/]+/, app.url));
    expect(pinned.status).toBe(200);
    expect(pinned.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(await pinned.text()).toContain(`Pinned version ${info.version}`);
    expect((await get('/embed/drones-delivered/v/0123456789ab')).status).toBe(404);
    const etag = (await get('/embed/drones-delivered')).headers.get('etag')!;
    expect((await get('/embed/drones-delivered', { headers: { 'if-none-match': etag } })).status).toBe(304);
  });

  it('answers oEmbed for figure pages and embeds', async () => {
    const ok = await get(`/api/oembed?url=${encodeURIComponent(`${app.url}/measures/drones-agreed`)}&maxwidth=500&format=json`);
    expect(ok.status).toBe(200);
    const o = (await ok.json()) as { type: string; provider_name: string; width: number; height: number; html: string; title: string };
    expect([o.type, o.provider_name, o.width, o.title]).toEqual(['rich', 'Tally', 500, 'Drones Iran agreed to supply']);
    expect(o.html).toMatch(/^<iframe src="http:\/\/127\.0\.0\.1:\d+\/embed\/drones-agreed"/);
    expect(o.height).toBeGreaterThan(100);
    expect((await get(`/api/oembed?url=${encodeURIComponent(`${app.url}/measures/nope`)}`)).status).toBe(404);
    expect((await get('/api/oembed?url=not%20a%20url')).status).toBe(400);
    expect((await get(`/api/oembed?url=${encodeURIComponent(`${app.url}/measures/drones-agreed`)}&format=xml`)).status).toBe(501);
  });
});
