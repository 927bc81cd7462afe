import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { formatInterval, type ValueInterval } from '@/server/domain/value';
import { DESKTOP, PHONE, launchBrowser, shotPath, startApp, type AppServer } from './server';

const TOKEN = 'test-admin-token-0123456789abcdef';
let app: AppServer;
let browser: Browser;

beforeAll(async () => {
  app = await startApp({ TALLY_ADMIN_TOKEN: TOKEN });
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

const TEXT =
  'Iran has agreed to send 9,000 more drones to Russia, a Western official told Reuters on Friday. Twelve engineers will travel with them, the ministry said. ' +
  'Officials said 70 drones were launched overnight. The deal is worth $2 billion, according to the Kremlin.';

async function previewed(opts: BrowserContextOptions, dark = false, text = TEXT): Promise<Page> {
  const page = await (await browser.newContext({ ...opts, colorScheme: dark ? 'dark' : 'light' })).newPage();
  await page.goto(`${app.url}/ingest`);
  await page.fill('.token input', TOKEN);
  await page.click('.token button');
  await page.locator('[data-testid=admin-ok]').waitFor();
  await page.fill('#f-outlet', 'Edit Gazette');
  await page.fill('#f-title', 'Drones and engineers');
  await page.fill('#f-published', '2023-08-01');
  await page.fill('#f-text', text);
  await page.click('.ingest-form button[type=submit]');
  await page.locator('[data-testid=preview] tr[data-row-id]').first().waitFor();
  return page;
}

const row = (page: Page, text: string) => page.locator(`[data-testid=preview] tr[data-figure="${text}"]`);

describe('/ingest: an editable preview', () => {
  it('edits a row by keyboard, drops another, and stores exactly what the preview shows', async () => {
    const page = await previewed(DESKTOP);
    // Keyboard only: focus the row's Edit button, open it, change the hedge and the speaker, apply.
    await row(page, '9,000').getByRole('button', { name: 'Edit 9,000' }).focus();
    await page.keyboard.press('Enter');
    const form = page.getByTestId('preview-edit');
    await form.waitFor();
    await form.getByLabel('Hedge (qualifier)').selectOption('about');
    // The new hedge fills the interval from the wording table.
    await expect(form.getByLabel('Low', { exact: true }).inputValue()).resolves.toBe('8100');
    await expect(form.getByLabel('High', { exact: true }).inputValue()).resolves.toBe('9900');
    await form.getByLabel('Name', { exact: true }).fill('Jane Roe');
    await form.getByLabel('Organisation').fill('US State Department');
    // A wrong interval is refused in the form, nothing sent.
    await form.getByLabel('Low', { exact: true }).fill('9000');
    await form.getByLabel('High', { exact: true }).fill('10');
    await form.getByRole('button', { name: 'Apply' }).click();
    await expect(form.getByRole('alert').innerText()).resolves.toMatch(/Low must not exceed high/);
    await page.screenshot({ path: shotPath('ingest-edit-error.png'), fullPage: true });
    await form.getByLabel('Low', { exact: true }).fill('8,500');
    await form.getByLabel('High', { exact: true }).fill('9500');
    await form.getByLabel('Why (optional, kept in the history)').fill('the speaker is named later');
    await page.screenshot({ path: shotPath('ingest-edit-open.png'), fullPage: true });
    await form.getByLabel('Why (optional, kept in the history)').press('Enter');
    await form.waitFor({ state: 'detached' });
    await expect(row(page, '9,000').getAttribute('data-edited')).resolves.toBe('true');
    // The hedge changed, low and high given: the interval is the one typed; the server's preview says so.
    await expect(row(page, '9,000').innerText()).resolves.toMatch(/\[8,500, 9,500\] drones\s+about\s+Jane Roe \(official, US State Department\)/);
    // Focus comes back to the row.
    await expect(page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).resolves.toBe('Edit 9,000');

    await row(page, 'Twelve').getByRole('button', { name: 'Drop Twelve' }).click();
    await row(page, 'Twelve').and(page.locator('[data-dropped=true]')).waitFor();
    await expect(page.getByTestId('confirm').innerText()).resolves.toBe('Store 3 figures');
    await page.screenshot({ path: shotPath('ingest-edited-desktop.png'), fullPage: true });

    // A new measure in a new topic, named from the row.
    await row(page, '$2 billion').getByRole('button', { name: 'Edit $2 billion' }).click();
    await form.getByLabel('Measure', { exact: true }).selectOption('__new__');
    await form.getByLabel('New measure’s title').fill('Value of the drone deal');
    await form.getByLabel('Kind').selectOption('amount');
    await form.getByLabel('Topic', { exact: true }).selectOption('__new__');
    await form.getByLabel('New topic’s title').fill('Drone deal finances');
    await form.getByRole('button', { name: 'Apply' }).click();
    await form.waitFor({ state: 'detached' });
    await expect(row(page, '$2 billion').innerText()).resolves.toMatch(/Value of the drone deal \(new\)/);

    const shown = await page.locator('[data-testid=preview] tr[data-row-id]:not([data-dropped])').evaluateAll((trs) => trs.map((tr) => [tr.getAttribute('data-figure'), (tr.children[1] as HTMLElement).innerText, (tr.children[3] as HTMLElement).innerText, (tr.children[5] as HTMLElement).innerText.split('\n')[0]] as string[]));
    await page.getByTestId('confirm').click();
    await page.getByTestId('stored').waitFor();
    await expect(page.getByTestId('stored').innerText()).resolves.toMatch(/3 figures .* 1 dropped/s);
    const href = await page.getByTestId('stored').locator('a[href^="/sources/"]').getAttribute('href');
    const src = await fetch(`${app.url}/api/v1${href}`).then((r) => r.json());
    const claims = src.claims as { value: { text: string; low: number; high: number; qualifier: string }; speaker: { name: string } | null; measureId: string; review: string }[];
    expect(claims.map((c) => c.value.text).sort()).toEqual(shown.map((s) => s[0]).sort());
    const nine = claims.find((c) => c.value.text === '9,000')!;
    expect([nine.value.low, nine.value.high, nine.value.qualifier, nine.speaker?.name]).toEqual([8500, 9500, 'about', 'Jane Roe']);
    const deal = claims.find((c) => c.value.text === '$2 billion')!;
    const m = await fetch(`${app.url}/api/v1/measures/${deal.measureId}`).then((r) => r.json());
    expect([m.measure.title, m.topic.title]).toEqual(['Value of the drone deal', 'Drone deal finances']);
    expect(deal.review).toBe('reviewed');
    // What the table showed for each row is what the source page's API now says.
    for (const [text, interval, , measure] of shown) {
      const c = claims.find((x) => x.value.text === text)! as (typeof claims)[number] & { value: ValueInterval; unit: string };
      expect(interval.trim()).toBe(`${formatInterval(c.value)} ${c.unit}`);
      const title = (await fetch(`${app.url}/api/v1/measures/${c.measureId}`).then((r) => r.json())).measure.title;
      expect(measure.replace(/ \(new\)$/, '')).toBe(title);
    }
  });

  it('screenshots: phone, dark, print', async () => {
    for (const [name, opts, dark] of [
      ['ingest-edit-phone.png', PHONE, false],
      ['ingest-edit-phone-dark.png', PHONE, true],
      ['ingest-edit-desktop-dark.png', DESKTOP, true],
    ] as const) {
      // Another text each time: one stored already would preview as a duplicate.
      const page = await previewed(opts, dark, `${TEXT} Another ${name.length} drones were shot down.`);
      await row(page, 'Twelve').getByRole('button', { name: 'Drop Twelve' }).click();
      await row(page, 'Twelve').and(page.locator('[data-dropped=true]')).waitFor();
      await row(page, '70').getByRole('button', { name: 'Edit 70' }).click();
      await page.getByTestId('preview-edit').waitFor();
      await page.screenshot({ path: shotPath(name), fullPage: true });
      await page.getByTestId('preview').screenshot({ path: shotPath(name.replace('.png', '-preview.png')) });
      if (name === 'ingest-edit-desktop-dark.png') {
        await page.emulateMedia({ media: 'print' });
        await page.screenshot({ path: shotPath('ingest-edit-print.png'), fullPage: true });
      }
      await page.context().close();
    }
  });
});
