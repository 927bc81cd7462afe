import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { DESKTOP, PHONE, launchBrowser, openChecked, shotPath, startApp, type AppServer, type CheckedPage as Checked } from './server';

const TOKEN = 'test-admin-token-search-0123456789';
let app: AppServer;
let browser: Browser;

/** Eight more sources with "drones" in the title: with the seed data, more than one page (20) of results. */
const EXTRA = 8;

beforeAll(async () => {
  app = await startApp({ TALLY_ADMIN_TOKEN: TOKEN });
  browser = await launchBrowser();
  for (let i = 1; i <= EXTRA; i++) {
    // The first title carries markup: it must reach the page as text, never as elements.
    const title = i === 1 ? 'Drones & <b>bold</b> claims' : `Drones over the river, day ${i}`;
    const r = await fetch(`${app.url}/api/v1/sources`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${TOKEN}` },
      body: JSON.stringify({ text: `About ${100 + i * 7} drones were seen over the river on day ${i}, residents said.`, outlet: 'Riverside Gazette', title, published: `2023-06-0${i}` }),
    });
    expect(r.status, await r.clone().text()).toBe(200);
  }
});
afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

const open = (path: string, opts = DESKTOP): Promise<Checked> => openChecked(browser, app.url + path, opts);

/** What the API says this search holds (X-Total-Count), to hold the page to. */
async function apiTotal(qs: string): Promise<number> {
  const r = await fetch(`${app.url}/api/v1/search?${qs}`);
  expect(r.status).toBe(200);
  return Number(r.headers.get('x-total-count'));
}

const results = (page: Page) => page.locator('[data-search-result]');
const shownTotal = async (page: Page) => Number(await page.locator('[data-search-total]').getAttribute('data-search-total'));
const types = (page: Page) => results(page).evaluateAll((els) => els.map((e) => e.getAttribute('data-type')));

describe('search', () => {
  it('goes from the header box to /search, with marked results of every type', async () => {
    const page = await open('/');
    const box = page.getByRole('searchbox', { name: 'Search figures, measures, topics and sources' });
    await box.fill('drones');
    await box.press('Enter');
    await page.waitForURL(/\/search\?q=drones$/);
    await results(page).first().waitFor();
    const total = await apiTotal('q=drones');
    expect(total).toBeGreaterThan(20);
    expect(await shownTotal(page)).toBe(total);
    // One page of 20; the page's own box holds the words, and the header's is gone.
    expect(await results(page).count()).toBe(20);
    expect(await page.locator('#search-q').inputValue()).toBe('drones');
    expect(await page.locator('#site-search-q').count()).toBe(0);
    expect(new Set(await types(page))).toEqual(new Set(['claim', 'measure', 'topic', 'source']));
    const marks = await page.locator('[data-search-result] mark').allInnerTexts();
    expect(marks.length).toBeGreaterThan(10);
    for (const m of marks) expect(m).toMatch(/^drones?$/i);
    // Titles and snippets both carry the server's marks.
    expect(await page.locator('[data-search-result] .result__title mark').count()).toBeGreaterThan(5);
    expect(await page.locator('[data-search-result] .result__snippet mark').count()).toBeGreaterThan(5);
    // A figure shows its value, outlet, speaker and measure, and leads to its sentence.
    const figure = results(page).filter({ hasText: 'most of the 400' });
    const text = await figure.innerText();
    for (const s of ['most of the 400', 'Press Association', 'White House', 'Iranian drones expended by Russia']) expect(text).toContain(s);
    expect(await figure.locator('.result__title a').getAttribute('href')).toMatch(/^\/sources\/[^?]+\?claim=[^#]+#claim-/);
    expect(page.errors).toEqual([]);
  });

  it('shows markup in a title as text, not elements', async () => {
    const page = await open('/search?q=bold&type=source');
    const hit = results(page).first();
    await hit.waitFor();
    expect(await hit.locator('.result__title').innerText()).toBe('Drones & <b>bold</b> claims');
    expect(await hit.locator('.result__title b').count()).toBe(0);
    expect(await hit.locator('.result__title mark').allInnerTexts()).toEqual(['bold']);
  });

  it('loads the next page with "Load more" and puts the keyboard on the first new result', async () => {
    const page = await open('/search?q=drones');
    await results(page).first().waitFor();
    const total = await shownTotal(page);
    await page.locator('[data-search-more]').click();
    await page.waitForFunction((n) => document.querySelectorAll('[data-search-result]').length === n, total);
    expect(await page.locator('[data-search-more]').count()).toBe(0);
    const ids = await results(page).evaluateAll((els) => els.map((e) => `${e.getAttribute('data-type')}:${e.getAttribute('data-result-id')}`));
    expect(new Set(ids).size).toBe(total);
    const focused = await page.evaluate(() => [...document.querySelectorAll('[data-search-result]')].indexOf(document.activeElement!.closest('[data-search-result]')!));
    expect(focused).toBe(20);
  });

  it('switches tab, applies a filter into the URL, and keeps both on reload', async () => {
    const page = await open('/search?q=drones');
    await results(page).first().waitFor();
    const measures = await apiTotal('q=drones&type=measure');
    expect(await page.locator('[data-search-tab="measure"] .search-tabs__n').innerText()).toBe(String(measures));

    // By keyboard: Tab from the box to the tab, which shows its focus, and Enter follows it.
    await page.locator('#search-q').focus();
    for (let i = 0; i < 12 && (await page.evaluate(() => document.activeElement?.getAttribute('data-search-tab'))) !== 'measure'; i++) await page.keyboard.press('Tab');
    const focus = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement;
      return { tab: el.getAttribute('data-search-tab'), tag: el.tagName, href: el.getAttribute('href'), visible: el.matches(':focus-visible'), outline: getComputedStyle(el).outlineStyle };
    });
    expect(focus).toEqual({ tab: 'measure', tag: 'A', href: '/search?q=drones&type=measure', visible: true, outline: 'solid' });
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/search\?q=drones&type=measure$/);
    await page.locator('[data-search-tab="measure"][aria-current="page"]').waitFor();
    await page.waitForFunction(() => [...document.querySelectorAll('[data-search-result]')].every((e) => e.getAttribute('data-type') === 'measure'));
    expect(await results(page).count()).toBe(measures);
    expect(await shownTotal(page)).toBe(measures);
    // The tabs stay in place while another tab loads, so the keyboard is still on the one chosen.
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-search-tab'))).toBe('measure');

    await page.locator('a[data-search-tab="claim"]').click();
    await page.waitForURL(/type=claim/);
    await page.waitForFunction(() => [...document.querySelectorAll('[data-search-result]')].every((e) => e.getAttribute('data-type') === 'claim'));

    // A filter, typed and sent with Enter: it goes into the URL with the words and the tab.
    await page.locator('.search-filters > summary').click();
    await page.locator('#search-outlet').fill('Press Association');
    await page.locator('#search-outlet').press('Enter');
    await page.waitForURL(/\/search\?q=drones&outlet=Press\+Association&type=claim$/);
    const filtered = await apiTotal('q=drones&outlet=Press+Association&type=claim');
    expect(filtered).toBeGreaterThan(0);
    await page.waitForFunction((n) => document.querySelector('[data-search-total]')?.getAttribute('data-search-total') === String(n), filtered);
    const check = async () => {
      expect(await results(page).count()).toBe(filtered);
      for (const facts of await page.locator('[data-search-result] .result__facts').allInnerTexts()) expect(facts).toContain('Press Association');
      expect(await page.locator('.search-chip').allInnerTexts()).toEqual([expect.stringContaining('Outlet: Press Association')]);
      expect(await page.locator('[data-search-tab="claim"]').getAttribute('aria-current')).toBe('page');
    };
    await check();

    await page.reload();
    await results(page).first().waitFor();
    expect(await page.locator('#search-q').inputValue()).toBe('drones');
    expect(await page.locator('#search-outlet').inputValue()).toBe('Press Association');
    await check();

    // The chip takes its filter away again.
    await page.locator('.search-chip').click();
    await page.waitForURL(/\/search\?q=drones&type=claim$/);
    await page.waitForFunction(() => document.querySelectorAll('.search-chip').length === 0);
    expect(page.errors).toEqual([]);
  });

  it('says why when "to" is before "from", in the API’s own words', async () => {
    const page = await open('/search?q=drones');
    await results(page).first().waitFor();
    await page.locator('.search-filters > summary').click();
    await page.locator('#search-from').fill('2023-05-10');
    await page.locator('#search-to').fill('2023-05-01');
    await page.getByRole('button', { name: 'Apply filters' }).click();
    await page.waitForURL(/from=2023-05-10&to=2023-05-01/);
    const alert = page.locator('[data-search-error]');
    await alert.waitFor();
    const api = await fetch(`${app.url}/api/v1/search?q=drones&from=2023-05-10&to=2023-05-01`);
    expect(api.status).toBe(400);
    const message: string = (await api.json()).issues[0].message;
    expect(message).toMatch(/is before from/);
    expect(await alert.innerText()).toContain(message);
    expect(await page.locator('#search-to').getAttribute('aria-invalid')).toBe('true');
    expect(await results(page).count()).toBe(0);
    await page.reload();
    await alert.waitFor();
    expect(await alert.innerText()).toContain(message);
  });

  it('says plainly when nothing matches, with hints', async () => {
    const page = await open('/search?q=zebrafinch');
    const empty = page.locator('[data-search-empty]');
    await empty.waitFor();
    expect(await empty.innerText()).toContain('No figures, measures, topics or sources match “zebrafinch”');
    expect(await shownTotal(page)).toBe(0);
    expect(await page.locator('.search-hints li').count()).toBeGreaterThan(1);
  });

  it('works from the header without JavaScript', async () => {
    const page = (await (await browser.newContext({ ...DESKTOP, javaScriptEnabled: false })).newPage()) as Checked;
    await page.goto(`${app.url}/sources`);
    await page.locator('#site-search-q').fill('drones');
    await page.locator('#site-search-q').press('Enter');
    await page.waitForURL(/\/search\?q=drones$/);
  });

  it('reads at 390 px and on paper', async () => {
    for (const path of ['/sources', '/search?q=drones']) {
      const page = await open(path, PHONE);
      await page.locator(path === '/sources' ? '#site-search-q' : '[data-search-result]').first().waitFor();
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
      if (path !== '/sources') {
        // Every tab is on screen, none hidden behind a scroll.
        for (const box of await page.locator('.search-tab').evaluateAll((els) => els.map((e) => e.getBoundingClientRect().right))) expect(box).toBeLessThanOrEqual(390);
        await page.screenshot({ path: shotPath('search-phone.png') });
      }
    }
    const page = await open('/search?q=drones');
    await results(page).first().waitFor();
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.search-form').isVisible()).toBe(false);
    expect(await page.locator('.search-tabs').isVisible()).toBe(false);
    expect(await results(page).first().isVisible()).toBe(true);
    expect(await page.locator('[data-search-total]').isVisible()).toBe(true);
  });
});
