import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContextOptions } from 'playwright-core';
import { DESKTOP, PHONE, launchBrowser, openChecked, shotPath, startApp, type AppServer, type CheckedPage } from './server';
import { startPageServer, type PageServer } from '../fixtures/page-server';

/* /ingest by link in Chromium: the fixture pages served on 127.0.0.1, which TALLY_FETCH_ALLOW lets the app fetch. */

const TOKEN = 'test-admin-token-0123456789abcdef';
let app: AppServer;
let pages: PageServer;
let browser: Browser;

beforeAll(async () => {
  pages = await startPageServer();
  app = await startApp({ TALLY_ADMIN_TOKEN: TOKEN, TALLY_FETCH_ALLOW: '127.0.0.1', TALLY_FETCH_TIMEOUT_MS: '3000' });
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await app?.stop();
  await pages?.close();
});

async function ingestPage(opts: BrowserContextOptions = DESKTOP, token = true): Promise<CheckedPage> {
  const page = await openChecked(browser, `${app.url}/ingest`, opts);
  if (token) {
    await page.fill('.token input', TOKEN);
    await page.click('.token button');
    await page.locator('[data-testid=admin-ok]').waitFor();
  }
  return page;
}

describe('/ingest from a link', () => {
  it('fetches a page on Enter, fills outlet, title, date and text for checking, then previews and stores it with its URL', async () => {
    const page = await ingestPage();
    await page.locator('#f-link').fill(`${pages.url}/short`);
    await page.locator('#f-link').press('Enter');
    await page.locator('[data-testid=fetched]').waitFor();
    expect(await page.inputValue('#f-outlet')).toBe('Harbour Gazette');
    expect(await page.inputValue('#f-title')).toBe('Firefighters hold the line as blaze passes 12,000 hectares');
    expect(await page.inputValue('#f-published')).toBe('2024-02-18');
    expect(await page.inputValue('#f-url')).toBe(`${pages.url}/news/harbour-fire.html`);
    const text = await page.inputValue('#f-text');
    expect(text).toMatch(/^Crews fighting the fire/);
    expect(text).not.toMatch(/KiwiDave|Related stories|solar panels/);
    await page.screenshot({ path: shotPath('ingest-url-fetched.png'), fullPage: true });
    // The person corrects what they must before previewing: what is stored is what the form says.
    await page.fill('#f-title', 'Fire passes 12,000 hectares');
    await page.click('.ingest-form button[type=submit]');
    await page.locator('[data-testid=preview] mark').first().waitFor();
    expect(await page.locator('[data-testid=preview] mark').allInnerTexts()).toContain('more than 12,000 hectares');
    await page.click('[data-testid=confirm]');
    await page.locator('[data-testid=stored]').waitFor();
    const href = await page.locator('[data-testid=stored] a[href^="/sources/"]').getAttribute('href');
    const source = await fetch(`${app.url}/api/v1${href}`).then((r) => r.json());
    expect(source.source).toMatchObject({ outlet: 'Harbour Gazette', title: 'Fire passes 12,000 hectares', url: `${pages.url}/news/harbour-fire.html`, published: '2024-02-18' });
    expect(page.errors).toEqual([]);
  });

  it('says what is wrong: not a link, a page with no article, a server too slow (with a loading state meanwhile)', async () => {
    const page = await ingestPage();
    await page.fill('#f-link', 'ftp://files.example/story');
    await page.click('[data-testid=fetch]');
    await expect(page.locator('[data-testid=fetch-error]').innerText()).resolves.toMatch(/absolute http\(s\) URL/);
    await page.fill('#f-link', `${pages.url}/news/section-index.html`);
    await page.click('[data-testid=fetch]');
    await expect(page.locator('[data-testid=fetch-error]').innerText()).resolves.toMatch(/no article found .*Paste the article’s text instead/);
    expect(await page.getAttribute('#f-link', 'aria-invalid')).toBe('true');
    await page.fill('#f-link', `${pages.url}/never`);
    await page.click('[data-testid=fetch]');
    await page.locator('.fetch-link [role=status]').waitFor();
    expect(await page.locator('[data-testid=fetch]').innerText()).toBe('Fetching…');
    await page.screenshot({ path: shotPath('ingest-url-loading.png') });
    await expect(page.locator('[data-testid=fetch-error]').innerText()).resolves.toMatch(/did not send the page within 3\.0 s/);
    await page.screenshot({ path: shotPath('ingest-url-error.png') });
    expect(await page.inputValue('#f-text')).toBe('');
  });

  it('without the admin token it says the token is needed, and fetches nothing', async () => {
    const page = await ingestPage(DESKTOP, false);
    const before = pages.hits.get('/news/ferry-strike.html') ?? 0;
    await page.fill('#f-link', `${pages.url}/news/ferry-strike.html`);
    await page.click('[data-testid=fetch]');
    await expect(page.locator('[data-testid=fetch-error]').innerText()).resolves.toMatch(/needs the admin token/);
    expect(pages.hits.get('/news/ferry-strike.html') ?? 0).toBe(before);
  });

  it('a link pasted into the text box is offered as a link, and fetched from there; a page without metadata says what to check', async () => {
    const page = await ingestPage(PHONE);
    await page.fill('#f-text', `  ${pages.url}/news/no-metadata.html `);
    await page.locator('[data-testid=pasted-link] button').click();
    await page.locator('[data-testid=fetched]').waitFor();
    expect(await page.inputValue('#f-outlet')).toBe('127.0.0.1');
    expect(await page.inputValue('#f-published')).toBe('');
    await expect(page.locator('[data-testid=fetched]').innerText()).resolves.toMatch(/does not name its site[\s\S]*no publication date/);
    expect(await page.inputValue('#f-text')).toMatch(/^The town's reservoir/);
    // Nothing wider than the phone.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    expect(page.errors).toEqual([]);
  });

  it('screenshots: desktop and phone, light and dark', async () => {
    for (const [name, opts] of [['desktop', DESKTOP], ['phone', PHONE]] as const) {
      for (const colorScheme of ['light', 'dark'] as const) {
        const page = await ingestPage({ ...opts, colorScheme });
        await page.fill('#f-link', `${pages.url}/news/ferry-strike.html`);
        await page.press('#f-link', 'Enter');
        await page.locator('[data-testid=fetched]').waitFor();
        const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
        if (colorScheme === 'dark') expect(background, name).not.toMatch(/255, 255, 255/);
        if (opts === PHONE) expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
        await page.screenshot({ path: shotPath(`ingest-url-${name}-${colorScheme}.png`), fullPage: true });
        await page.context().close();
      }
    }
  });
});
