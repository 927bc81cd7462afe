import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { DESKTOP, PHONE, launchBrowser, shotPath, startApp, type AppServer } from './server';

let app: AppServer;
let browser: Browser;

beforeAll(async () => {
  app = await startApp();
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

async function open(path: string, opts = DESKTOP): Promise<Page> {
  const page = await (await browser.newContext(opts)).newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(app.url + path);
  (page as Page & { errors: string[] }).errors = errors;
  return page;
}

describe('the dashboard', () => {
  it('shows every topic with its charts, values carrying data-claim-id, and the summary', async () => {
    const page = await open('/');
    await page.locator('svg [data-claim-id]').first().waitFor();
    expect(await page.locator('section.topic .topic__head h2').allTextContents()).toEqual(['Iranian drones for Russia', 'Iran–Russia arms trade beyond drones', 'The war in Ukraine']);
    // Charts draw on the client one after another: wait for each mark rather than reading them all at once.
    for (const id of ['pa-drones-delivered-more-than-400', 'na-drones-agreed-6000', 'na-payment-1-billion', 'pa-war-nearly-15-months', 'na-war-9-5-months']) {
      await page.locator(`svg a[data-claim-id="${id}"]`).first().waitFor();
    }
    const summary = await page.locator('section.summary').innerText();
    expect(summary).toMatch(/14\s*figures/);
    expect(summary).toMatch(/2\s*sources/);
    await page.screenshot({ path: shotPath('dashboard.png'), fullPage: true });
  });

  it('puts 6,000 agreed and more than 400 delivered side by side, with the flag and both sources', async () => {
    const page = await open('/');
    const hero = page.locator('[data-series-id="compare-iran-drones"]');
    await hero.locator('svg [data-claim-id="na-drones-agreed-6000"]').waitFor();
    await expect(hero.locator('svg [data-claim-id="pa-drones-delivered-more-than-400"]').count()).resolves.toBe(1);
    const text = await hero.innerText();
    expect(await hero.locator('li.flag[data-flag-kind="different-measures"]').count()).toBeGreaterThan(0);
    expect(text).toContain('Press Association');
    expect(text).toContain('The Northern Advocate');
    await hero.screenshot({ path: shotPath('dashboard-comparison.png') });
  });

  it('draws marks that mean what they say: an open end a short arrow, vague wording light, denials off the axis, one colour per meaning, with a key', async () => {
    const page = await open('/measures/drones-delivered');
    await page.locator('[data-series-id="drones-delivered"] svg a[data-claim-id="pa-drones-delivered-more-than-400"]').last().waitFor();
    const g = await page.evaluate(() => {
      // The row chart ("Who said what"), the last chart of the measure on the page.
      const chart = [...document.querySelectorAll('[data-series-id="drones-delivered"]')].at(-1)!;
      const mark = (id: string) => chart.querySelector(`svg a[data-claim-id="${id}"]`)!;
      // The drawn mark, without its invisible hit area and its label.
      const extent = (id: string) => {
        const rs = [...mark(id).querySelectorAll('rect:not(.mark__hit), path, circle')].map((e) => e.getBoundingClientRect());
        return { left: Math.min(...rs.map((r) => r.left)), right: Math.max(...rs.map((r) => r.right)) };
      };
      const ticks = [...chart.querySelectorAll('.recharts-cartesian-axis-tick-value')].map((t) => {
        const r = t.getBoundingClientRect();
        return { v: Number(t.textContent!.replace(/,/g, '')), x: r.left + r.width / 2 };
      });
      const css = (el: Element | null, prop: 'fill' | 'stroke') => (el ? getComputedStyle(el)[prop] : null);
      return {
        open: extent('pa-drones-delivered-more-than-400'),
        denial: extent('na-iran-denies-supplying'),
        ticks,
        colours: {
          open: css(mark('pa-drones-delivered-more-than-400').querySelector('rect:not(.mark__hit):last-of-type'), 'fill'),
          vague: css(mark('pa-drones-sold-hundreds').querySelector('.mark__vague'), 'stroke'),
          denial: css(mark('na-iran-denies-supplying').querySelector('circle'), 'stroke'),
        },
        vagueOpacity: Number(getComputedStyle(mark('pa-drones-sold-hundreds').querySelector('.mark__vague')!).fillOpacity),
        keys: [...(chart.closest('article, section, figure, div.card') ?? document).querySelectorAll('ul.chart-key li[data-key]')].map((li) => (li as HTMLElement).dataset.key),
      };
    });
    const at = (v: number) => g.ticks.find((t) => t.v === v)!.x;
    // "more than 400": a short arrow from its bound (a tick, 34 px), nowhere near the axis's end.
    expect(Math.abs(g.open.left - at(400))).toBeLessThan(6);
    expect(g.open.right - g.open.left).toBeLessThan(45);
    // A denial is not at 0 drones: its sign sits at the row's start, before the axis's first value.
    expect(g.denial.right).toBeLessThan(at(0) + 16);
    // One colour per meaning: the two Press Association figures share the value colour, the denial has its own.
    expect(g.colours.open).toBe(g.colours.vague);
    expect(g.colours.denial).not.toBe(g.colours.open);
    expect(g.vagueOpacity).toBeLessThan(0.5);
    expect(g.keys).toEqual(expect.arrayContaining(['open', 'vague', 'denial', 'flag']));
  });

  it('counts disagreements apart from notes in the summary', async () => {
    const page = await open('/');
    const stat = page.locator('[data-testid="open-flags"]');
    await stat.waitFor();
    const text = await stat.innerText();
    // The seeds: a denial and a within-source disagreement; five single-source and two different-measures notes.
    expect(text).toMatch(/^2\s*disagreements · 7 notes/);
    expect(await stat.locator('a[href="/flags?group=disagreements"]').count()).toBe(1);
  });

  it('shows the flags with their reasons at a glance', async () => {
    const page = await open('/');
    for (const kind of ['different-measures', 'denial', 'within-source', 'single-source']) {
      await page.locator(`li.flag[data-flag-kind="${kind}"]`).first().waitFor({ state: 'visible' });
    }
    const within = await page.locator('li.flag[data-flag-kind="within-source"]').first().innerText();
    expect(within).toContain('nearly nine months');
    expect(within).toContain('9 1/2 month');
  });

  it('opens the source with the quote highlighted and in view when a plotted value is clicked', async () => {
    const page = await open('/');
    const mark = page.locator('[data-series-id="drones-delivered"] svg a[data-claim-id="pa-drones-delivered-more-than-400"]');
    await mark.waitFor();
    await mark.click();
    await page.waitForURL(/\/sources\/pa-russia-attack-drones-2023-05-15\?claim=pa-drones-delivered-more-than-400/);
    const hl = page.locator('mark[data-claim-id="pa-drones-delivered-more-than-400"]');
    await hl.waitFor();
    expect(await hl.innerText()).toBe('more than 400');
    expect(await page.locator('.quote--selected').allInnerTexts().then((t) => t.join(''))).toContain('Since August, Iran has provided Russia with more than 400 UAVs');
    await expect(hl.isVisible()).resolves.toBe(true);
    const inView = await hl.evaluate((el) => {
      const r = el.getBoundingClientRect();
      return r.top >= 0 && r.bottom <= window.innerHeight;
    });
    expect(inView).toBe(true);
    const panel = await page.locator('[data-testid="claim-panel"]').innerText();
    for (const s of ['Press Association', '15 May 2023', 'John Kirby', 'reported by Press Association']) expect(panel).toContain(s);
    await page.screenshot({ path: shotPath('source-drill.png') });
  });

  it('reaches every plotted value from the keyboard, and Enter drills down', async () => {
    const page = await open('/');
    await page.locator('svg a[data-claim-id]').first().waitFor();
    const ids = new Set<string>();
    for (let i = 0; i < 120; i++) {
      await page.keyboard.press('Tab');
      const id = await page.evaluate(() => document.activeElement?.getAttribute('data-claim-id'));
      if (id) ids.add(id);
    }
    expect(ids.size).toBeGreaterThanOrEqual(14);
    const target = page.locator('[data-series-id="drone-payment"] svg a[data-claim-id="na-payment-1-billion"]');
    await target.focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(/claim=na-payment-1-billion/);
    expect(await page.locator('[data-testid="claim-published"]').innerText()).toMatch(/^unknown, estimated/);
  });

  it('drills down from a table row too', async () => {
    const page = await open('/measures/war-duration');
    const row = page.locator('table.claims-table tr[data-claim-id="na-war-nearly-nine-months"]');
    await row.locator('td').nth(2).click();
    await page.waitForURL(/claim=na-war-nearly-nine-months/);
    expect(await page.locator('mark[data-claim-id="na-war-nearly-nine-months"]').innerText()).toBe('nearly nine months');
  });
});

describe('the other pages', () => {
  it('measure page: the chart large, a table of claims, its flags', async () => {
    const page = await open('/measures/drones-delivered');
    await page.locator('svg a[data-claim-id]').first().waitFor();
    const rows = await page.locator('table.claims-table tbody tr').count();
    expect(rows).toBe(4);
    expect(await page.locator('#flags-h ~ ul li.flag').count()).toBeGreaterThan(0);
    // Each flag is said once on the page; the chart's card points to the list.
    const ids = await page.locator('li.flag[data-flag-id]').evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.flagId));
    expect(new Set(ids).size).toBe(ids.length);
    expect(await page.locator('figure.card--hero a[href="#flags"]').count()).toBe(1);
    await page.screenshot({ path: shotPath('measure.png'), fullPage: true });
  });

  it('source page: every figure highlighted, each leading to its measure; undated shown as an estimate', async () => {
    const page = await open('/sources/northern-advocate-iran-drone-supply');
    const marks = page.locator('article mark[data-claim-id]');
    expect(await marks.count()).toBe(7);
    expect(await page.locator('[data-testid="source-date"]').innerText()).toMatch(/^unknown, estimated .*Dec 2022/);
    await marks.filter({ hasText: '$1 billion' }).locator('a').click();
    await page.waitForURL(/\/measures\/drone-payment$/);
    await page.screenshot({ path: shotPath('measure-payment.png'), fullPage: true });
  });

  it('a story has its own page: its comparison, every measure, its flags; the dashboard and /topics lead there', async () => {
    const page = await open('/');
    await page.locator('section.topic[data-topic-id="iran-drones"] .topic__head h2 a').click();
    await page.waitForURL('**/topics/iran-drones');
    await page.locator('[data-series-id="compare-iran-drones"] svg [data-claim-id="na-drones-agreed-6000"]').waitFor();
    expect(await page.locator('h1').first().innerText()).toBe('Iranian drones for Russia');
    const charts = await page.locator('section.topic .grid [data-series-id]').evaluateAll((els) => els.map((e) => e.getAttribute('data-series-id')));
    expect(charts).toEqual(expect.arrayContaining(['drones-delivered', 'drones-agreed']));
    expect(await page.locator('#topic-flags').count()).toBe(1);
    await page.screenshot({ path: shotPath('topic.png'), fullPage: true });
    const list = await open('/topics');
    expect(await list.locator('[data-topic-id] h2 a').allTextContents()).toEqual(['Iranian drones for Russia', 'Iran–Russia arms trade beyond drones', 'The war in Ukraine']);
    const missing = await open('/topics/no-such-story');
    expect(await missing.locator('h1').innerText()).toBe('Nothing here');
  });

  it('not-found pages look intentional and say 404', async () => {
    for (const path of ['/measures/no-such-measure', '/sources/no-such-source', '/nowhere']) {
      const page = await open(path);
      expect(await page.locator('h1').innerText()).toBe('Nothing here');
    }
    const res = await fetch(`${app.url}/measures/no-such-measure`);
    expect(res.status).toBe(404);
  });

  it('reads on a phone: no sideways scroll, charts drawn', async () => {
    const page = await open('/', PHONE);
    await page.locator('svg a[data-claim-id]').first().waitFor();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(1);
    await page.screenshot({ path: shotPath('dashboard-phone.png'), fullPage: true });
    const src = await open('/sources/pa-russia-attack-drones-2023-05-15?claim=pa-equipment-billions', PHONE);
    await src.locator('[data-testid="claim-panel"]').waitFor();
    await src.screenshot({ path: shotPath('source-phone.png') });
  });

  it('the HTTP API answers with JSON, 404s and 400s, and an OpenAPI document', async () => {
    const m = await fetch(`${app.url}/api/v1/measures/drones-agreed`).then((r) => r.json());
    expect(m.claims[0]).toMatchObject({ id: 'na-drones-agreed-6000', value: { low: 6000, high: 6000, text: '6,000' }, published: null });
    const nf = await fetch(`${app.url}/api/v1/sources/nope`);
    expect(nf.status).toBe(404);
    expect(await nf.json()).toMatchObject({ message: 'No source with id "nope".' });
    const bad = await fetch(`${app.url}/api/v1/flags?kind=bogus`);
    expect(bad.status).toBe(400);
    const body = await bad.text();
    expect(body).toContain('kind');
    expect(body).not.toMatch(/at .*\.js:\d+/);
    const doc = await fetch(`${app.url}/api/openapi.json`).then((r) => r.json());
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(['/topics', '/measures', '/measures/{id}', '/sources/{id}', '/flags']));
    const topics = await fetch(`${app.url}/api/v1/topics`).then((r) => r.json());
    expect(topics).toHaveLength(3);
  });
});
