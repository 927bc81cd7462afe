import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, shotPath, startApp, type AppServer } from './server';

/*
 * Issue 10, item 2: each value reads "more than 400 · John Kirby, White House · Press Association,
 * 15 May 2023" on the chart itself, at every width, wrapped and never cut, unreviewed values
 * marked. Measured, not looked at: every label's box inside its chart's box, no two overlapping.
 */

const TOKEN = 'test-admin-token-chart-labels-0123';
const WIDTHS = [320, 390, 768, 1280];
let app: AppServer;
let browser: Browser;
let measures: string[];

interface Claim {
  id: string;
  value: { text: string };
  stance: string;
  speaker: { name: string | null; organisation: string | null } | null;
  outlet: string;
  review: string;
}

beforeAll(async () => {
  app = await startApp({ TALLY_ADMIN_TOKEN: TOKEN });
  browser = await launchBrowser();
  // A figure nobody has reviewed yet joins the drones' running total: its label must say so.
  const r = await fetch(`${app.url}/api/v1/sources`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${TOKEN}` },
    body: JSON.stringify({
      outlet: 'Harbour Herald',
      title: 'Drones again',
      published: '2023-06-20',
      text: 'Iran has delivered more than 600 drones to Russia since August 2022, White House spokesman John Kirby said on Tuesday.',
    }),
  });
  expect(r.status).toBe(200);
  measures = ((await fetch(`${app.url}/api/v1/measures`).then((x) => x.json())) as { id: string; claimCount: number }[]).filter((m) => m.claimCount > 0).map((m) => m.id);
});
afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

async function open(path: string, width: number): Promise<Page> {
  const page = await (await browser.newContext({ viewport: { width, height: 900 }, deviceScaleFactor: 1 })).newPage();
  await page.goto(app.url + path);
  // Every chart slot has drawn its chart (they load one after another).
  await page.waitForFunction(() => {
    const slots = [...document.querySelectorAll('.chart-slot__chart')];
    return slots.length > 0 && slots.every((s) => s.querySelector('svg a[data-claim-id] text.mark__label'));
  });
  return page;
}

/** Labels outside their chart, and pairs of labels that overlap, on the page as drawn. */
function labelProblems(page: Page) {
  return page.evaluate(() => {
    const problems: string[] = [];
    const name = (e: Element) => `${e.closest('[data-claim-id]')?.getAttribute('data-claim-id') ?? 'row name'} “${(e.textContent ?? '').slice(0, 30)}”`;
    for (const chart of document.querySelectorAll('.chart')) {
      const box = chart.getBoundingClientRect();
      const series = chart.closest('[data-series-id]')?.getAttribute('data-series-id');
      // Each line of a label, as the browser lays it out: a label's lines share its element.
      const labels = [...chart.querySelectorAll('text.mark__label, text.mark__name')].map((e) => ({ e, r: e.getBoundingClientRect() }));
      if (labels.length === 0) problems.push(`${series}: no labels`);
      for (const { e, r } of labels) {
        if (r.width === 0) problems.push(`${series}: ${name(e)} drew nothing`);
        if (r.left < box.left - 0.5 || r.right > box.right + 0.5 || r.top < box.top - 0.5 || r.bottom > box.bottom + 0.5)
          problems.push(`${series}: ${name(e)} [${Math.round(r.left)},${Math.round(r.top)},${Math.round(r.right)},${Math.round(r.bottom)}] outside the chart [${Math.round(box.left)},${Math.round(box.top)},${Math.round(box.right)},${Math.round(box.bottom)}]`);
      }
      for (let i = 0; i < labels.length; i++)
        for (let j = i + 1; j < labels.length; j++) {
          const [a, b] = [labels[i].r, labels[j].r];
          const w = Math.min(a.right, b.right) - Math.max(a.left, b.left);
          const h = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
          if (w > 0.5 && h > 0.5) problems.push(`${series}: ${name(labels[i].e)} overlaps ${name(labels[j].e)}`);
        }
    }
    return problems;
  });
}

/** Each plotted value's label as one line of text, by claim id (the first chart that draws it). */
function labelTexts(page: Page) {
  return page.evaluate(() => {
    const out: Record<string, string> = {};
    for (const a of document.querySelectorAll('svg a[data-claim-id]')) {
      const id = a.getAttribute('data-claim-id')!;
      const t = a.querySelector('text.mark__label');
      // Its lines, each a tspan, read as the one line they were wrapped from.
      if (t && !(id in out)) out[id] = [...t.children].map((l) => l.textContent).join(' ').replace(/\s+/g, ' ').trim();
    }
    return out;
  });
}

describe('labels on the chart', () => {
  it('every label inside its chart, none over another, at 320, 390, 768 and 1280 px', async () => {
    const problems: string[] = [];
    for (const width of WIDTHS) {
      for (const path of ['/', '/topics/iran-drones', ...measures.map((m) => `/measures/${m}`)]) {
        const page = await open(path, width);
        problems.push(...(await labelProblems(page)).map((p) => `${width}px ${path}: ${p}`));
        if (path === '/measures/drones-delivered') await page.screenshot({ path: shotPath(`chart-labels-${width}.png`), fullPage: true });
        await page.context().close();
      }
    }
    expect(problems).toEqual([]);
  });

  it('each value says what, who and where, when — and whether anyone has reviewed it', async () => {
    const { claims } = (await fetch(`${app.url}/api/v1/measures/drones-delivered`).then((r) => r.json())) as { claims: Claim[] };
    for (const width of [320, 1280]) {
      const page = await open('/measures/drones-delivered', width);
      const texts = await labelTexts(page);
      expect(Object.keys(texts).sort()).toEqual(claims.map((c) => c.id).sort());
      for (const c of claims) {
        const text = texts[c.id];
        // In this order: the value (a denial's whole clause), the speaker with their organisation, the outlet.
        const parts = [c.stance === 'denies' ? `Denied: “${c.value.text}”` : c.value.text, c.speaker?.name, c.speaker?.name && c.speaker.organisation, c.outlet].filter((s): s is string => Boolean(s));
        let at = 0;
        for (const part of parts) {
          const found = text.indexOf(part, at);
          expect(found, `${c.id} at ${width}px: “${part}” in “${text}”`).toBeGreaterThanOrEqual(at);
          at = found + part.length;
        }
        expect(text.endsWith('not reviewed'), `${c.id}: ${text}`).toBe(c.review === 'auto');
        expect(text).not.toContain('…');
      }
      await page.context().close();
    }
  });

  it('the headline comparison names each row by its measure and each value by who said it and when', async () => {
    for (const width of [390, 1280]) {
      const page = await open('/', width);
      const hero = page.locator('[data-series-id="compare-iran-drones"]');
      const lines = (sel: string) => hero.locator(sel).evaluateAll((ts) => ts.map((t) => [...t.children].map((l) => l.textContent).join(' ').replace(/\s+/g, ' ')));
      // (The delivered row's headline is the unreviewed "more than 600" this file adds: its wording is checked above.)
      expect(await lines('svg a[data-claim-id="na-drones-agreed-6000"] text.mark__label')).toEqual([expect.stringMatching(/^6,000 · unnamed security official · The Northern Advocate, unknown, estimated .*2022 ⚑$/)]);
      for (const l of await lines('svg a[data-claim-id] text.mark__label')) expect(l.split(' · ').length, l).toBeGreaterThanOrEqual(3);
      expect(await lines('text.mark__name')).toEqual(
        expect.arrayContaining(['Iranian drones delivered to Russia', 'Drones Iran agreed to supply']),
      );
      await hero.screenshot({ path: shotPath(`chart-labels-comparison-${width}.png`) });
      await page.context().close();
    }
  });
});
