import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContextOptions } from 'playwright-core';
import { DESKTOP, PHONE, launchBrowser, openChecked, shotPath, startApp, type AppServer } from './server';

/*
 * /review?show=set-aside: figures ingest read as incidental to their story are listed apart from the
 * queue, each with its quote and why, and a person promotes one; the article's page keeps them marked.
 */
const TOKEN = 'test-admin-token-0123456789abcdef';
let app: AppServer;
let browser: Browser;
let sourceId: string;

const ARTICLE = {
  outlet: 'Halvern Courier',
  title: 'Kessel Ridge fire grows',
  published: '2024-08-02',
  text:
    'The Kessel Ridge fire has burned about 12,000 hectares and forced 6,500 people from their homes, the fire service said on Friday.\n\n' +
    'Dairy farmer Gus Harrow, who left with his wife and two dogs on Sunday, said the glow over the ridge was like a second sunset.\n\n' +
    '“That was my whole life, and I had 20 minutes,” said another resident, whose mother is 86.',
};

beforeAll(async () => {
  app = await startApp({ TALLY_ADMIN_TOKEN: TOKEN });
  browser = await launchBrowser();
  const r = await fetch(`${app.url}/api/v1/sources`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${TOKEN}` }, body: JSON.stringify(ARTICLE) });
  expect(r.status).toBe(200);
  const body = (await r.json()) as { sourceId: string; setAside: number };
  expect(body.setAside).toBe(3);
  sourceId = body.sourceId;
});
afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

describe('/review: figures set aside', () => {
  it('lists them under their own tab only, with quote and reason, and on HTTP by state', async () => {
    const api = (await fetch(`${app.url}/api/v1/review?state=set-aside`).then((x) => x.json())) as { value: { text: string }; review: string }[];
    expect(api.map((c) => c.value.text).sort()).toEqual(['20 minutes', '86', 'two']);
    expect((await fetch(`${app.url}/api/v1/review?state=aside`)).status).toBe(400);

    const queue = await openChecked(browser, `${app.url}/review`);
    await queue.locator('[data-review-tab=waiting][aria-current=page]').waitFor();
    await queue.locator('.review-articles').waitFor();
    expect(await queue.locator('[data-review=set-aside]').count()).toBe(0);
    await queue.click('[data-review-tab=set-aside]');
    await queue.waitForURL(/\?show=set-aside$/);
    const list = queue.locator('[data-set-aside-total]');
    await list.waitFor();
    expect(await list.getAttribute('data-set-aside-total')).toBe('3');
    const dogs = queue.locator('li[data-review=set-aside]', { hasText: 'two dogs' });
    await expect(dogs.locator('mark').textContent()).resolves.toBe('two');
    await expect(dogs.locator('[data-set-aside-reason]').textContent()).resolves.toMatch(/small count named in passing/);
    expect(queue.errors).toEqual([]);
  });

  for (const [name, opts, dark] of [
    ['1280-light', DESKTOP, false],
    ['1280-dark', DESKTOP, true],
    ['390-light', PHONE, false],
    ['390-dark', PHONE, true],
  ] as [string, BrowserContextOptions, boolean][]) {
    it(`draws the tab at ${name}`, async () => {
      const page = await openChecked(browser, `${app.url}/review?show=set-aside`, { ...opts, colorScheme: dark ? 'dark' : 'light' });
      await page.locator('[data-set-aside-total]').waitFor();
      // Nothing wider than the page, on a phone too.
      expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth + 1)).toBe(true);
      await page.screenshot({ path: shotPath(`review-set-aside-${name}.png`), fullPage: true });
      if (name === '1280-light') {
        await page.emulateMedia({ media: 'print' });
        await page.screenshot({ path: shotPath('review-set-aside-print.png'), fullPage: true });
      }
      expect(page.errors).toEqual([]);
    });
  }

  it('keeps them marked on the article, and a reviewer promotes one onto its measure', async () => {
    const source = await openChecked(browser, `${app.url}/sources/${sourceId}`);
    const marks = source.locator('mark[data-review=set-aside]');
    await marks.first().waitFor();
    expect((await marks.allTextContents()).sort()).toEqual(['20 minutes', '86', 'two']);
    await expect(source.getByTestId('source-set-aside').locator('summary').textContent()).resolves.toMatch(/^3 set aside as incidental/);
    await source.screenshot({ path: shotPath('source-set-aside-1280.png'), fullPage: true });

    const page = await openChecked(browser, `${app.url}/review?show=set-aside`);
    await page.fill('.token input', TOKEN);
    await page.click('.token button');
    await page.locator('[data-testid=admin-ok]').waitFor();
    const dogs = page.locator('li[data-review=set-aside]', { hasText: 'two dogs' });
    const id = await dogs.getAttribute('data-claim-id');
    await dogs.getByRole('button', { name: 'Accept' }).click();
    await page.locator(`li[data-claim-id="${id}"]`).waitFor({ state: 'detached' });
    await expect(page.locator('[data-set-aside-total]').getAttribute('data-set-aside-total')).resolves.toBe('2');
    const claim = (await fetch(`${app.url}/api/v1/sources/${sourceId}`).then((x) => x.json())) as { claims: { id: string; review: string }[] };
    expect(claim.claims.find((c) => c.id === id)?.review).toBe('reviewed');
    expect(page.errors).toEqual([]);
  });
});
