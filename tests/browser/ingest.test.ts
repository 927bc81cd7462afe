import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { DESKTOP, launchBrowser, shotPath, startApp, type AppServer } from './server';

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

const post = (body: string, headers: Record<string, string> = {}) =>
  fetch(`${app.url}/api/v1/sources`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });
const auth = { authorization: `Bearer ${TOKEN}` };
const article = (text: string) => JSON.stringify({ text, outlet: 'HTTP Herald', title: 'Drones over the river', published: '2023-07-01' });

describe('POST /api/v1/sources', () => {
  it('refuses without a valid token (401) and writes nothing', async () => {
    const before = (await fetch(`${app.url}/api/v1/sources`).then((r) => r.json())).length;
    const attempts: Record<string, string>[] = [{}, { authorization: 'Bearer wrong-token-wrong-token-xx' }, { authorization: TOKEN }];
    for (const headers of attempts) {
      const r = await post(article('Iran agreed to send about 2,000 drones, an official told Reuters.'), headers);
      expect(r.status).toBe(401);
      expect((await r.json()).message).toMatch(/Authorization: Bearer/);
    }
    expect((await fetch(`${app.url}/api/v1/sources`).then((r) => r.json())).length).toBe(before);
  });

  it('stores with the token, reports each figure and its decision, and reports a duplicate', async () => {
    const text = 'Iran agreed to send about 2,000 drones to Russia, a Western official told Reuters on Friday.';
    const r = await post(article(text), auth);
    expect(r.status).toBe(200);
    const body = await r.json();
    expect(body).toMatchObject({ stored: true, duplicate: false });
    expect(body.figures[0]).toMatchObject({ text: 'about 2,000', value: { low: 1800, high: 2200 }, measureId: 'drones-agreed' });
    const again = await (await post(article(text), auth)).json();
    expect(again).toMatchObject({ stored: false, duplicate: true, sourceId: body.sourceId });
  });

  it('answers bad bodies with a 4xx that says what is wrong', async () => {
    const cases: [string, number, RegExp][] = [
      ['{not json', 400, /not valid JSON/],
      [JSON.stringify({ text: '', outlet: 'X', title: 'T' }), 400, /text is empty/],
      [JSON.stringify({ text: 'Five drones.', title: 'T' }), 400, /outlet is required/],
      [JSON.stringify({ text: '<div>400 drones</div>', outlet: 'X', title: 'T' }), 400, /plain text/],
      [JSON.stringify({ text: 'Five drones.', outlet: 'X', title: 'T', published: '2023-5-1' }), 400, /YYYY-MM-DD/],
      [JSON.stringify({ text: 'y'.repeat(1_100_000), outlet: 'X', title: 'T' }), 400, /at most 1 MB/],
    ];
    for (const [body, status, pattern] of cases) {
      const r = await post(body, auth);
      expect(r.status, body.slice(0, 40)).toBe(status);
      expect(await r.text()).toMatch(pattern);
    }
    const invalidUtf8 = Buffer.concat([Buffer.from('{"outlet":"X","title":"T","text":"bad '), Buffer.from([0xc3, 0x28]), Buffer.from(' 5 drones"}')]);
    const r = await fetch(`${app.url}/api/v1/sources`, { method: 'POST', headers: { 'content-type': 'application/json', ...auth }, body: invalidUtf8 });
    expect(r.status).toBe(400);
    expect(await r.text()).toMatch(/invalid UTF-8/);
  });
});

describe('/ingest and /review in the browser', () => {
  it('pastes an article, previews its figures, confirms, and finds them on the dashboard', async () => {
    const page = await (await browser.newContext(DESKTOP)).newPage();
    await page.goto(`${app.url}/ingest`);
    await page.fill('#f-outlet', 'Browser Bulletin');
    await page.fill('#f-title', 'A bigger drone deal');
    await page.fill('#f-published', '2023-08-01');
    await page.fill('#f-text', 'Iran has agreed to send about 9,000 more drones to Russia, a Western official told Reuters. The deal includes <b>bold</b> claims? No: 12 engineers will travel too.');
    await page.click('.ingest-form button[type=submit]');
    // The page says the text is markup before anything is sent.
    await expect(page.locator('#e-text').innerText()).resolves.toMatch(/plain text/);
    await page.fill('#f-text', 'Iran has agreed to send about 9,000 more drones to Russia, a Western official told Reuters. Twelve engineers will travel too.');
    await page.click('.ingest-form button[type=submit]');
    await page.locator('[data-testid=preview] mark').first().waitFor();
    expect(await page.locator('[data-testid=preview] mark').allInnerTexts()).toContain('about 9,000');
    await page.screenshot({ path: shotPath('ingest-preview.png'), fullPage: true });
    await page.fill('.token input', TOKEN);
    await page.click('.token button');
    await page.locator('[data-testid=admin-ok]').waitFor();
    await page.click('[data-testid=confirm]');
    await page.locator('[data-testid=stored]').waitFor();
    await page.goto(`${app.url}/`);
    const hero = page.locator('[data-series-id="drones-agreed"]');
    await hero.locator('svg a[data-claim-id]').first().waitFor();
    expect(await hero.innerText()).toContain('Browser Bulletin');
    const labels = await hero.locator('svg a[data-claim-id]').evaluateAll((els) => els.map((e) => e.getAttribute('aria-label') ?? ''));
    expect(labels.some((l) => l.includes('about 9,000') && l.includes('Browser Bulletin'))).toBe(true);
  });

  it('review: accepting an unsure figure puts it on the charts', async () => {
    const page = await (await browser.newContext(DESKTOP)).newPage();
    await page.goto(`${app.url}/review`);
    await page.fill('.token input', TOKEN);
    await page.click('.token button');
    await page.locator('[data-testid=admin-ok]').waitFor();
    const item = page.locator('li.review-item[data-review="pending"]').first();
    await item.waitFor();
    const id = await item.getAttribute('data-claim-id');
    await page.screenshot({ path: shotPath('review.png'), fullPage: true });
    await item.getByRole('button', { name: 'Accept' }).click();
    await page.locator(`li.review-item[data-claim-id="${id}"]`).waitFor({ state: 'detached' });
    const claim = await fetch(`${app.url}/api/v1/claims/${id}`).then((r) => r.json());
    expect(claim.claim.review).toBe('reviewed');
  });

  it('keeps an unsaved article across a reload, and forgets it on "Start over"', async () => {
    const page = await (await browser.newContext(DESKTOP)).newPage();
    await page.goto(`${app.url}/ingest`);
    await page.fill('#f-outlet', 'Draft Daily');
    await page.fill('#f-text', 'Officials said 70 drones were launched overnight.');
    await page.waitForTimeout(500);
    await page.reload();
    await page.locator('[data-testid=draft-restored]').waitFor();
    expect(await page.inputValue('#f-outlet')).toBe('Draft Daily');
    expect(await page.inputValue('#f-text')).toBe('Officials said 70 drones were launched overnight.');
    await page.getByRole('button', { name: 'Start over' }).click();
    expect(await page.inputValue('#f-text')).toBe('');
    await page.reload();
    await page.locator('#f-text').waitFor();
    expect(await page.locator('[data-testid=draft-restored]').count()).toBe(0);
    expect(await page.inputValue('#f-text')).toBe('');
  });

  it('a measure ingest proposed is named and moved to a topic from its page', async () => {
    const r = await post(JSON.stringify({ text: 'Sappers laid 75 pontoons across the river overnight, the ministry said.', outlet: 'Pontoon Post', title: 'Pontoons' }), auth);
    const proposed = (await r.json()).figures.find((f: { newMeasure: boolean }) => f.newMeasure);
    const page = await (await browser.newContext(DESKTOP)).newPage();
    await page.goto(`${app.url}/review`);
    await page.fill('.token input', TOKEN);
    await page.click('.token button');
    await page.locator('[data-testid=admin-ok]').waitFor();
    await page.goto(`${app.url}/measures/${proposed.measureId}`);
    await page.locator('[data-testid=measure-proposed]').waitFor();
    await page.getByTestId('edit-measure').click();
    await page.getByLabel('Title').fill('Pontoons laid by sappers');
    await page.getByLabel('Topic', { exact: true }).selectOption('war-in-ukraine');
    await page.getByRole('button', { name: 'Save measure' }).click();
    await page.getByRole('heading', { level: 1, name: 'Pontoons laid by sappers' }).waitFor();
    await page.getByRole('link', { name: 'The war in Ukraine' }).waitFor();
    await page.screenshot({ path: shotPath('measure-renamed.png'), fullPage: true });
    const m = await fetch(`${app.url}/api/v1/measures/${proposed.measureId}`).then((x) => x.json());
    expect([m.measure.title, m.topic.id]).toEqual(['Pontoons laid by sappers', 'war-in-ukraine']);
  });

  it('topics are created, renamed and merged from the measures page, and a measure is merged into another from its page', async () => {
    const page = await (await browser.newContext(DESKTOP)).newPage();
    await page.goto(`${app.url}/review`);
    await page.fill('.token input', TOKEN);
    await page.click('.token button');
    await page.locator('[data-testid=admin-ok]').waitFor();
    await page.goto(`${app.url}/measures`);
    await page.getByTestId('new-topic').click();
    await page.locator('#newtopic-title').fill('Arms deliveries');
    await page.getByRole('button', { name: 'Create topic' }).click();
    await page.getByRole('heading', { level: 2, name: 'Arms deliveries' }).waitFor();
    const created = (await fetch(`${app.url}/api/v1/topics`).then((x) => x.json())).find((t: { title: string }) => t.title === 'Arms deliveries');
    await page.getByTestId('rename-topic-iran-russia-arms').click();
    await page.locator('#ttitle-iran-russia-arms').fill('Missiles and equipment');
    await page.getByRole('button', { name: 'Save topic' }).click();
    await page.getByRole('heading', { level: 2, name: 'Missiles and equipment' }).waitFor();
    await page.getByTestId('merge-topic-iran-russia-arms').click();
    await page.locator('#tinto-iran-russia-arms').selectOption(created.id);
    await page.locator('#twhy-iran-russia-arms').fill('one story');
    await page.getByRole('button', { name: 'Merge', exact: true }).click();
    await page.getByRole('heading', { level: 2, name: 'Missiles and equipment' }).waitFor({ state: 'detached' });
    await page.screenshot({ path: shotPath('measures-topics.png'), fullPage: true });
    const topics = await fetch(`${app.url}/api/v1/topics`).then((x) => x.json());
    expect(topics.find((t: { id: string }) => t.id === created.id).measureIds).toEqual(expect.arrayContaining(['ballistic-missiles', 'equipment-sought']));
    const changes = await fetch(`${app.url}/api/v1/topics/iran-russia-arms/changes`).then((x) => x.json());
    expect(changes.map((c: { action: string }) => c.action)).toEqual(['renamed', 'merged']);

    await page.goto(`${app.url}/measures/equipment-sought`);
    await page.getByTestId('merge-measure').click();
    await page.locator('#merge-into-equipment-sought').selectOption('drone-payment');
    await page.locator('#merge-why-equipment-sought').fill('testing the merge form');
    await page.getByRole('button', { name: 'Merge', exact: true }).click();
    await page.waitForURL(/\/measures\/drone-payment$/);
    const merged = await fetch(`${app.url}/api/v1/measures/drone-payment`).then((x) => x.json());
    expect(merged.claims.some((c: { value: { text: string } }) => c.value.text === 'billions of dollars')).toBe(true);
  });
});

describe('npm run ingest', () => {
  it('stores header-and-body files on a fresh DATA_DIR and prints each figure', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tally-cli-'));
    const file = path.join(dir, 'a.txt');
    fs.writeFileSync(file, 'Outlet: CLI Courier\nTitle: Missiles for Moscow\nURL: https://example.org/a\nPublished: 2023-09-01\n\nIran is considering selling about 300 ballistic missiles to Russia, US officials said.\n');
    const bad = path.join(dir, 'b.txt');
    fs.writeFileSync(bad, 'Outlet: CLI Courier\nPublished: yesterday\n\nSome text with 5 drones.\n');
    let out = '';
    try {
      execFileSync('npm', ['run', '--silent', 'ingest', '--', file, bad], { cwd: path.join(__dirname, '..', '..'), env: { ...process.env, DATA_DIR: path.join(dir, 'data'), DATABASE_URL: '' }, encoding: 'utf8', stdio: 'pipe' });
    } catch (e) {
      const err = e as { status: number; stdout: string; stderr: string };
      expect(err.status).toBe(1);
      out = err.stdout + err.stderr;
    }
    expect(out).toMatch(/stored source cli-courier-missiles-for-moscow/);
    expect(out).toMatch(/“about 300” = \[270, 330\] missiles → ballistic-missiles/);
    expect(out).toMatch(/b\.txt: not stored — .*title: title is required.*published/);
    fs.rmSync(dir, { recursive: true, force: true });
  });
});
