import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { DESKTOP, PHONE, launchBrowser, shotPath, startApp, type AppServer } from './server';

const TOKEN = 'test-admin-token-0123456789abcdef';
let app: AppServer;
let browser: Browser;
const auth = { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' };
const ingest = (body: object) => fetch(`${app.url}/api/v1/sources`, { method: 'POST', headers: auth, body: JSON.stringify(body) }).then((r) => r.json());

const MIXED = {
  text:
    'Iran has agreed to send 9,000 more drones to Russia, a Western official told Reuters on Friday. Twelve engineers will travel with them, the ministry said. ' +
    'Officials said 70 drones were launched overnight. The deal is worth $2 billion, according to the Kremlin. About 1,500 technicians were trained, a source said.',
  outlet: 'Review Record',
  title: 'Drones, engineers and a deal',
  published: '2023-08-01',
};
const WRONG = {
  text: 'Iran has delivered more than 2,000 drones to Russia, a US official in Quixotown said on Monday. Russia has paid 3 billion dollars for them, the official added.',
  outlet: 'Pasted By Mistake',
  title: 'Not our article',
  published: '2023-06-05',
};

beforeAll(async () => {
  app = await startApp({ TALLY_ADMIN_TOKEN: TOKEN });
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

async function signedIn(opts: BrowserContextOptions, dark = false): Promise<Page> {
  const page = await (await browser.newContext({ ...opts, colorScheme: dark ? 'dark' : 'light' })).newPage();
  await page.goto(`${app.url}/review`);
  await page.fill('.token input', TOKEN);
  await page.click('.token button');
  await page.locator('[data-testid=admin-ok]').waitFor();
  return page;
}

describe('/review by article', () => {
  let mixed: { sourceId: string; accepted: number; needsReview: number };
  let wrong: { sourceId: string; figures: { claimId: string; measureId: string }[] };

  it('says plainly when nothing waits', async () => {
    // The curated seeds are all reviewed: a fresh Tally has nothing open.
    const page = await (await browser.newContext(DESKTOP)).newPage();
    await page.goto(`${app.url}/review`);
    await expect(page.getByTestId('review-empty').innerText()).resolves.toMatch(/Nothing to review/);
    expect(await page.locator('section.review-article').count()).toBe(0);
    await page.screenshot({ path: shotPath('review-empty.png'), fullPage: true });
    await page.context().close();
  });

  it('groups the open figures by article; accept all confident and retract work from the keyboard', async () => {
    mixed = await ingest(MIXED);
    wrong = await ingest(WRONG);
    const page = await signedIn(DESKTOP);
    const block = page.locator(`section.review-article[data-source-id="${mixed.sourceId}"]`);
    await block.waitFor();
    // Newest first, each article once, its figures inside it.
    const order = await page.locator('section.review-article').evaluateAll((els) => els.map((e) => e.getAttribute('data-source-id')));
    expect(order.slice(0, 2)).toEqual([wrong.sourceId, mixed.sourceId]);
    expect(await block.locator('li.review-item').count()).toBe(mixed.accepted + mixed.needsReview);
    await page.screenshot({ path: shotPath('review-articles-desktop.png'), fullPage: true });

    // Keyboard: tab to "Accept all confident" and press Enter.
    const acceptAll = block.locator('[data-bulk=accept]');
    await acceptAll.focus();
    await page.keyboard.press('Enter');
    await block.getByRole('status').filter({ hasText: `Accepted ${mixed.accepted} figure` }).waitFor();
    await block.locator('li.review-item[data-review=auto]').first().waitFor({ state: 'detached' });
    const src = await fetch(`${app.url}/api/v1/sources/${mixed.sourceId}`).then((r) => r.json());
    expect(src.claims.filter((c: { review: string }) => c.review === 'reviewed')).toHaveLength(mixed.accepted);

    // Retract the wrong article: the form opens, the reason is typed, Enter submits.
    const other = page.locator(`section.review-article[data-source-id="${wrong.sourceId}"]`);
    await other.locator('[data-bulk=retract]').focus();
    await page.keyboard.press('Enter');
    await page.keyboard.type('pasted the wrong tab');
    await page.screenshot({ path: shotPath('review-retract-form.png'), fullPage: true });
    await page.keyboard.press('Enter');
    await other.waitFor({ state: 'detached' });
    const gone = await fetch(`${app.url}/api/v1/sources/${wrong.sourceId}`).then((r) => r.json());
    expect(gone.claims.map((c: { review: string }) => c.review)).toEqual(gone.claims.map(() => 'retracted'));
    const m = await fetch(`${app.url}/api/v1/measures/drones-delivered`).then((r) => r.json());
    // Kept on the measure, as retracted, and in none of its flags.
    const own = m.claims.filter((c: { sourceId: string }) => c.sourceId === wrong.sourceId);
    expect(own.map((c: { review: string }) => c.review)).toEqual(own.map(() => 'retracted'));
    const ids = new Set(gone.claims.map((c: { id: string }) => c.id));
    expect(m.flags.filter((f: { claimIds: string[] }) => f.claimIds.some((id) => ids.has(id)))).toEqual([]);

    // The source page says it was retracted, and why, and keeps its history.
    await page.goto(`${app.url}/sources/${wrong.sourceId}`);
    await expect(page.getByTestId('source-retracted').innerText()).resolves.toMatch(/Retracted.*pasted the wrong tab/);
    expect(await page.locator('[data-testid=source-history] li[data-action=retracted]').count()).toBe(gone.claims.length + 1);
    await page.screenshot({ path: shotPath('source-retracted.png'), fullPage: true });
  });

  it('rejects the rest with one reason, and corrects a unit', async () => {
    const page = await signedIn(DESKTOP);
    const block = page.locator(`section.review-article[data-source-id="${mixed.sourceId}"]`);
    await block.waitFor();
    const item = block.locator('li.review-item[data-review=pending]').first();
    const id = await item.getAttribute('data-claim-id');
    await item.getByRole('button', { name: 'Edit' }).click();
    await item.getByLabel('Unit').fill('technicians trained');
    await item.getByLabel('Why this correction? (kept with the claim)').fill('the article counts trainees');
    await item.getByRole('button', { name: 'Save correction' }).click();
    await page.locator(`li.review-item[data-claim-id="${id}"]`).waitFor({ state: 'detached' });
    const fixed = await fetch(`${app.url}/api/v1/claims/${id}-e1`).then((r) => r.json());
    expect(fixed.claim.unit).toBe('technicians trained');

    const left = await block.locator('li.review-item[data-review=pending]').count();
    if (left > 0) {
      await block.locator('[data-bulk=reject]').click();
      await block.getByRole('textbox').fill('not figures of this story');
      await block.getByRole('button', { name: /^Reject \d+ figures?$/ }).click();
      await block.waitFor({ state: 'detached' });
    }
    const src = await fetch(`${app.url}/api/v1/sources/${mixed.sourceId}`).then((r) => r.json());
    expect(src.claims.filter((c: { review: string }) => c.review === 'pending')).toHaveLength(0);
  });

  it('creates a topic and renames a measure from review', async () => {
    const page = await signedIn(DESKTOP);
    await page.getByTestId('review-catalogue').locator('summary').click();
    await page.locator('#cat-task').selectOption('topic-new');
    await page.locator('#cat-title').fill('Drone deal finances');
    await page.getByRole('button', { name: 'Create a topic' }).click();
    await page.getByRole('status').filter({ hasText: 'Topic created.' }).waitFor();
    const topics = await fetch(`${app.url}/api/v1/topics`).then((r) => r.json());
    expect(topics.some((t: { title: string }) => t.title === 'Drone deal finances')).toBe(true);
    await page.locator('#cat-task').selectOption('measure-rename');
    await page.locator('#cat-id').selectOption('drones-agreed');
    await page.locator('#cat-title').fill('Drones Iran agreed to send');
    await page.getByRole('button', { name: 'Rename a measure' }).click();
    await page.getByRole('status').filter({ hasText: 'Measure renamed.' }).waitFor();
    expect((await fetch(`${app.url}/api/v1/measures/drones-agreed`).then((r) => r.json())).measure.title).toBe('Drones Iran agreed to send');
  });

  it('screenshots: phone, dark, print, empty, not signed in', async () => {
    await ingest({ ...MIXED, text: `${MIXED.text} Some 40 launchers were seen.`, title: 'Launchers and drones' });
    for (const [name, opts, dark] of [
      ['review-articles-phone.png', PHONE, false],
      ['review-articles-phone-dark.png', PHONE, true],
      ['review-articles-desktop-dark.png', DESKTOP, true],
    ] as const) {
      const page = await signedIn(opts, dark);
      await page.locator('section.review-article').first().waitFor();
      await page.screenshot({ path: shotPath(name), fullPage: true });
      // The first article at its own size too: a full phone page is too long to look at in one piece.
      await page.locator('section.review-article').first().screenshot({ path: shotPath(name.replace('.png', '-article.png')) });
      if (name === 'review-articles-desktop-dark.png') {
        await page.emulateMedia({ media: 'print' });
        await page.screenshot({ path: shotPath('review-articles-print.png'), fullPage: true });
      }
      await page.context().close();
    }
    const reader = await (await browser.newContext(DESKTOP)).newPage();
    await reader.goto(`${app.url}/review`);
    await reader.locator('section.review-article').first().waitFor();
    expect(await reader.locator('[data-bulk=accept]').first().isDisabled()).toBe(true);
    await reader.screenshot({ path: shotPath('review-articles-reader.png'), fullPage: false });
  });
});
