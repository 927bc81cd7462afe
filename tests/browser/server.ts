import fs from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type BrowserContextOptions, type Page } from 'playwright-core';

export { startApp, freePort, type AppServer } from '../../scripts/lib/app-server';

const ROOT = path.join(__dirname, '..', '..');
export const OUTPUT = path.join(ROOT, 'tests', 'output');

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}

/** Charts are drawn at a fixed size in tests: a fixed viewport fixes every chart's width. */
export const DESKTOP: BrowserContextOptions = { viewport: { width: 1280, height: 900 }, deviceScaleFactor: 1 };
export const PHONE: BrowserContextOptions = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true };

export function shotPath(name: string): string {
  fs.mkdirSync(OUTPUT, { recursive: true });
  return path.join(OUTPUT, name);
}

/** A page that records its uncaught errors, for a test to require none. */
export type CheckedPage = Page & { errors: string[]; status?: number };

/** A fresh context and page at `url` (its HTTP status in `status`), its uncaught errors collected in `errors`. */
export async function openChecked(browser: Browser, url: string, opts: BrowserContextOptions = DESKTOP): Promise<CheckedPage> {
  const page = (await (await browser.newContext(opts)).newPage()) as CheckedPage;
  page.errors = [];
  page.on('pageerror', (e) => page.errors.push(e.message));
  page.status = (await page.goto(url))?.status();
  return page;
}
