import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { DESKTOP, PHONE, launchBrowser, shotPath, startApp, type AppServer } from './server';

/*
 * Issue 10, item 4: a flag the reader points at, focuses or opens highlights on the chart the
 * claims it names and dims the others, by keyboard too, and a flag named in the address does so on
 * load; each flag is said once per page, and every badge leads to /flags.
 */

let app: AppServer;
let browser: Browser;
const DENIAL = 'denial:na-iran-denies-supplying+pa-drones-delivered-more-than-400+pa-drones-sold-hundreds+pa-iran-denies-since-war';
const NAMED = ['na-iran-denies-supplying', 'pa-drones-delivered-more-than-400', 'pa-drones-sold-hundreds', 'pa-iran-denies-since-war'];

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
  await page.goto(app.url + path);
  await page.waitForFunction(() => {
    const slots = [...document.querySelectorAll('.chart-slot__chart')];
    return slots.length > 0 && slots.every((s) => s.querySelector('svg a[data-claim-id]'));
  });
  return page;
}

/** For every chart on the page: the flag it shows, and its values that are lit and that are dimmed. */
function chartState(page: Page) {
  return page.evaluate(() =>
    [...document.querySelectorAll('svg g.marks')].map((g) => ({
      series: g.closest('[data-series-id]')?.getAttribute('data-series-id'),
      flag: g.getAttribute('data-focus-flag'),
      lit: [...g.querySelectorAll('a.mark--hl')].map((a) => a.getAttribute('data-claim-id')),
      dimmed: [...g.querySelectorAll('a.mark')].filter((a) => Number(getComputedStyle(a).opacity) < 0.5).map((a) => a.getAttribute('data-claim-id')),
    })),
  );
}

const flagItem = (page: Page, id: string) => page.locator(`li.flag[data-flag-id="${id}"]`);

describe('a flag highlights the claims it names', () => {
  it('on the measure page: pointing at a flag lights its claims on both charts and dims the rest; leaving lets go', async () => {
    const page = await open('/measures/drones-delivered');
    await flagItem(page, DENIAL).hover();
    await page.waitForTimeout(250);
    const charts = await chartState(page);
    expect(charts.length).toBe(2);
    for (const c of charts) {
      expect(c.flag).toBe(DENIAL);
      expect([...c.lit].sort()).toEqual([...NAMED].sort());
      expect(c.dimmed).toEqual([]);
    }
    await page.screenshot({ path: shotPath('chart-flag-hover.png'), fullPage: true });
    await page.mouse.move(2, 2);
    await page.waitForTimeout(250);
    expect((await chartState(page)).every((c) => c.flag === null && c.lit.length === 0)).toBe(true);
  });

  it('dims the values a flag does not name', async () => {
    const page = await open('/');
    const dm = page.locator('[data-series-id="compare-iran-drones"] li.flag[data-flag-kind="different-measures"]').first();
    const named = (await dm.getAttribute('data-flag-id'))!.replace(/^different-measures:/, '').split('+');
    await dm.hover();
    await page.waitForTimeout(250);
    const cmp = (await chartState(page)).find((c) => c.series === 'compare-iran-drones')!;
    expect(cmp.lit.length).toBeGreaterThan(0);
    expect(cmp.lit.every((id) => named.includes(id!))).toBe(true);
    expect(cmp.dimmed.length).toBeGreaterThan(0);
    expect(cmp.dimmed.some((id) => named.includes(id!))).toBe(false);
    // The same claims on their own measures' charts light up too.
    expect((await chartState(page)).filter((c) => c.lit.length > 0).length).toBeGreaterThan(1);
    await page.locator('[data-series-id="compare-iran-drones"]').screenshot({ path: shotPath('chart-flag-comparison.png') });
  });

  it('by keyboard: focusing a flag previews it, its button keeps it shown, Escape lets go', async () => {
    const page = await open('/measures/drones-delivered');
    const item = flagItem(page, DENIAL);
    await item.locator('a').first().focus();
    await page.waitForTimeout(100);
    expect((await chartState(page))[0].flag).toBe(DENIAL);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.className)).toContain('flag__show');
    await page.keyboard.press('Enter');
    await expect(item.locator('button.flag__show').getAttribute('aria-pressed')).resolves.toBe('true');
    // Focus leaves the flags (the next flag, focused, would show itself instead); this one stays shown.
    await page.locator('h1').click();
    expect(await page.evaluate(() => document.activeElement?.closest('li.flag'))).toBeNull();
    await page.waitForTimeout(100);
    expect((await chartState(page)).every((c) => c.flag === DENIAL)).toBe(true);
    await item.locator('button.flag__show').focus();
    await page.keyboard.press('Escape');
    await page.locator('body').click({ position: { x: 2, y: 2 } });
    await page.waitForTimeout(100);
    expect((await chartState(page)).every((c) => c.flag === null)).toBe(true);
    await expect(item.locator('button.flag__show').getAttribute('aria-pressed')).resolves.toBe('false');
  });

  it('a flag named in the address is highlighted on load: #flag-<id> and ?flag=<id>', async () => {
    for (const path of [`/measures/drones-delivered#flag-${encodeURIComponent(DENIAL)}`, `/measures/drones-delivered?flag=${encodeURIComponent(DENIAL)}`]) {
      const page = await open(path, PHONE);
      await page.waitForTimeout(250);
      const charts = await chartState(page);
      expect(charts.every((c) => c.flag === DENIAL), path).toBe(true);
      await expect(flagItem(page, DENIAL).locator('button.flag__show').getAttribute('aria-pressed')).resolves.toBe('true');
      await page.context().close();
    }
  });

  it('/flags leads to each flag on its chart', async () => {
    const page = await (await browser.newContext(DESKTOP)).newPage();
    await page.goto(`${app.url}/flags?kind=denial`);
    await page.locator(`li[data-flag-id="${DENIAL}"] a.flag-index__chart`).click();
    await page.waitForURL(/\/measures\/drones-delivered#flag-/);
    await page.locator('svg g.marks[data-focus-flag]').first().waitFor();
    expect((await chartState(page)).some((c) => c.flag === DENIAL)).toBe(true);
  });
});

describe('flags on the dashboard, a story and a measure', () => {
  for (const path of ['/', '/topics/iran-drones', '/topics/war-in-ukraine', '/measures/drones-delivered', '/measures/war-duration']) {
    it(`${path}: each flag once, every badge a link to /flags`, async () => {
      const page = await open(path);
      const ids = await page.locator('li.flag[data-flag-id]').evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.flagId));
      expect(ids.length).toBeGreaterThan(0);
      expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
      const badges = await page.locator('.badge').evaluateAll((els) => els.map((b) => b.closest('a')?.getAttribute('href') ?? null));
      expect(badges.length).toBeGreaterThan(0);
      expect(badges.filter((h) => !h?.startsWith('/flags'))).toEqual([]);
    });
  }

  it('a chart whose flag another chart lists points up to it', async () => {
    const page = await open('/');
    const pointer = page.locator('[data-series-id="drones-agreed"] a[href^="#flag-different-measures"]');
    await expect(pointer.count()).resolves.toBe(1);
    const target = decodeURIComponent((await pointer.getAttribute('href'))!.slice(1));
    expect(await page.locator(`[data-series-id="compare-iran-drones"] li[id="${target}"]`).count()).toBe(1);
  });
});
