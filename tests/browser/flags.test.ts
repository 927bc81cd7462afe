import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { DESKTOP, PHONE, launchBrowser, openChecked, shotPath, startApp, type AppServer } from './server';

// The /flags page over the seeds: every flag the API lists, disagreements before notes, filters
// as URL parameters, and every badge elsewhere leading to it.
let app: AppServer;
let browser: Browser;

beforeAll(async () => {
  app = await startApp({});
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

/** The page at `path`, which must answer 200. */
async function open(path: string, opts = DESKTOP) {
  const page = await openChecked(browser, app.url + path, opts);
  expect(page.status, path).toBe(200);
  return page;
}

async function api(qs: string): Promise<{ id: string; kind: string }[]> {
  const r = await fetch(`${app.url}/api/v1/flags${qs}`);
  expect(r.status).toBe(200);
  return r.json();
}

const NOTES = ['single-source', 'different-measures'];

describe('/flags', () => {
  it('lists every flag the API has, disagreements first, each linked to its measure', async () => {
    const all = await api('');
    expect(all.length).toBeGreaterThan(1);
    const page = await open('/flags');
    const kinds = await page.locator('.flag-index [data-flag-id]').evaluateAll((els) => els.map((e) => e.getAttribute('data-flag-kind')!));
    expect(kinds.length).toBe(all.length);
    const firstNote = kinds.findIndex((k) => NOTES.includes(k));
    if (firstNote >= 0) expect(kinds.slice(firstNote).every((k) => NOTES.includes(k))).toBe(true);
    const ids = await page.locator('.flag-index [data-flag-id]').evaluateAll((els) => els.map((e) => e.getAttribute('data-flag-id')!));
    expect([...ids].sort()).toEqual(all.map((f) => f.id).sort());
    expect(await page.locator('.flag-index a[href^="/measures/"]').count()).toBeGreaterThan(0);
    await page.screenshot({ path: shotPath('flags-desktop.png'), fullPage: true });
    expect(page.errors).toEqual([]);
  });

  it('filters by kind with the form, and the URL says so', async () => {
    const page = await open('/flags');
    const kind = (await api(''))[0].kind;
    await page.selectOption('#flags-kind', kind);
    await Promise.all([page.waitForURL(new RegExp(`kind=${kind}`)), page.getByRole('button', { name: 'Apply' }).click()]);
    const kinds = await page.locator('.flag-index [data-flag-id]').evaluateAll((els) => els.map((e) => e.getAttribute('data-flag-kind')));
    expect(kinds.length).toBe((await api(`?kind=${kind}`)).length);
    expect(new Set(kinds)).toEqual(new Set([kind]));
    await page.getByRole('link', { name: 'Clear filters' }).click();
    await page.waitForURL(/\/flags$/);
  });

  it('says which filter it left out, and still answers', async () => {
    const page = await open('/flags?kind=nonsense&group=notes');
    await expect(page.locator('.notice').textContent()).resolves.toMatch(/“kind”/);
    const kinds = await page.locator('.flag-index [data-flag-id]').evaluateAll((els) => els.map((e) => e.getAttribute('data-flag-kind')!));
    expect(kinds.every((k) => NOTES.includes(k))).toBe(true);
  });

  it('a badge on the dashboard leads to its kind on /flags; the page reads on a phone', async () => {
    const page = await open('/', PHONE);
    const badge = page.locator('.flags .badge-link').first();
    const href = await badge.getAttribute('href');
    expect(href).toMatch(/^\/flags\?kind=/);
    await Promise.all([page.waitForURL(/\/flags\?kind=/), badge.click()]);
    expect(await page.locator('h1').textContent()).toBe('Where sources disagree');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.screenshot({ path: shotPath('flags-phone.png'), fullPage: true });
    expect(page.errors).toEqual([]);
  });
});
