import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { DESKTOP, PHONE, launchBrowser, shotPath, startApp, type AppServer } from './server';

let app: AppServer;
let browser: Browser;

beforeAll(async () => {
  app = await startApp();
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

const LIGHT_PAPER = 'rgb(255, 255, 255)';
const DARK_PAPER = 'rgb(18, 22, 31)';
const MEASURE = '/measures/drones-delivered';

type Checked = Page & { errors: string[] };

async function open(path: string, opts: BrowserContextOptions = DESKTOP): Promise<Checked> {
  const page = (await (await browser.newContext(opts)).newPage()) as Checked;
  page.errors = [];
  page.on('pageerror', (e) => page.errors.push(e.message));
  // A refused inline script (a missing nonce) shows only as a console error.
  page.on('console', (m) => m.type() === 'error' && /Content Security Policy/i.test(m.text()) && page.errors.push(m.text()));
  await page.goto(app.url + path);
  return page;
}

const paper = (page: Page) => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
const theme = (page: Page) => page.evaluate(() => document.documentElement.getAttribute('data-theme'));
const radio = (page: Page, name: RegExp) => page.getByRole('group', { name: 'Colour theme' }).getByRole('radio', { name });

/**
 * Every visible piece of text whose colour is too close to what is behind it (WCAG ratio under
 * 3): white on white or black on black anywhere on the page, HTML or chart SVG.
 */
function lowContrast(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const rgba = (s: string): number[] | null => {
      const m = s.match(/rgba?\(([^)]+)\)/);
      if (!m) return null;
      const p = m[1].split(/[ ,/]+/).filter(Boolean).map(Number);
      return [p[0], p[1], p[2], p[3] ?? 1];
    };
    const lum = ([r, g, b]: number[]) => {
      const f = (c: number) => ((c /= 255) <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
      return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b);
    };
    const behind = (el: Element | null): number[] => {
      for (let e = el; e; e = e.parentElement) {
        const c = rgba(getComputedStyle(e).backgroundColor);
        if (c && c[3] > 0.5) return c;
      }
      return rgba(getComputedStyle(document.body).backgroundColor) ?? [255, 255, 255, 1];
    };
    const out: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    const seen = new Set<Element>();
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const el = n.parentElement;
      if (!el || seen.has(el) || !n.textContent?.trim()) continue;
      seen.add(el);
      const r = el.getBoundingClientRect();
      const cs = getComputedStyle(el);
      if (r.width === 0 || r.height === 0 || cs.visibility === 'hidden' || el.closest('.sr-only, [aria-hidden="true"], option')) continue;
      const fg = rgba(el instanceof SVGElement ? cs.fill : cs.color);
      if (!fg || fg[3] < 0.5) continue;
      const bg = behind(el);
      const [a, b] = [lum(fg), lum(bg)].sort((x, y) => y - x);
      const ratio = (a + 0.05) / (b + 0.05);
      if (ratio < 3) out.push(`${el.tagName.toLowerCase()}.${el.getAttribute('class') ?? ''} "${n.textContent.trim().slice(0, 40)}" ${ratio.toFixed(2)}`);
    }
    return out;
  });
}

describe('dark mode', () => {
  it('follows the device setting on every kind of page, charts included, with nothing unreadable in either', async () => {
    const paths = ['/', MEASURE, '/sources/pa-russia-attack-drones-2023-05-15?claim=pa-drones-delivered-more-than-400', '/search?q=drones', '/review', '/flags'];
    for (const [scheme, path] of (['dark', 'light'] as const).flatMap((s) => paths.map((p) => [s, p] as const))) {
      const page = await open(path, { ...DESKTOP, colorScheme: scheme });
      await page.waitForLoadState('networkidle');
      if (path === '/' || path === MEASURE) await page.locator('svg a[data-claim-id]').first().waitFor();
      expect(await paper(page), path).toBe(scheme === 'dark' ? DARK_PAPER : LIGHT_PAPER);
      // Auto: the page offers both and the device's preference picks (light-dark() in base.css).
      expect(await page.evaluate(() => getComputedStyle(document.documentElement).colorScheme), path).toBe('light dark');
      expect(await lowContrast(page), `${scheme} ${path}`).toEqual([]);
      // Hydration must not trip on the attribute the head script set (React #418 is a mismatch).
      expect(page.errors.filter((e) => /#418|#425|hydrat|Content Security Policy/i.test(e)), path).toEqual([]);
      await page.context().close();
    }
  });

  it('draws chart text, grid, marks and tooltip in the dark colours', async () => {
    const page = await open(MEASURE, { ...DESKTOP, colorScheme: 'dark' });
    const mark = page.locator('svg a[data-claim-id="pa-drones-delivered-more-than-400"]').last();
    await mark.waitFor();
    const tick = await page.locator('.recharts-cartesian-axis-tick-value').first().evaluate((e) => getComputedStyle(e).fill);
    expect(tick).toBe('rgb(154, 163, 178)');
    const grid = await page.locator('.recharts-cartesian-grid line').first().evaluate((e) => getComputedStyle(e).stroke);
    expect(grid).toBe('rgb(42, 49, 64)');
    const label = await mark.locator('text.mark__label').first().evaluate((e) => getComputedStyle(e).fill);
    expect(label).toBe('rgb(230, 233, 239)');
    await mark.hover();
    const tip = page.locator('.chart-tip');
    await tip.waitFor();
    expect(await tip.evaluate((e) => [getComputedStyle(e).backgroundColor, getComputedStyle(e).color])).toEqual([DARK_PAPER, 'rgb(230, 233, 239)']);
    await mark.focus();
    expect(await mark.locator('.mark__hit').evaluate((e) => getComputedStyle(e).stroke)).toBe('rgb(251, 191, 36)');
    await page.context().close();
  });

  it('a light device setting stays light', async () => {
    const page = await open('/', { ...DESKTOP, colorScheme: 'light' });
    expect(await paper(page)).toBe(LIGHT_PAPER);
    expect(await theme(page)).toBeNull();
    await page.context().close();
  });
});

describe('the theme toggle', () => {
  it('is a named radio group in the header that switches, is remembered across a reload, and works by keyboard', async () => {
    const page = await open(MEASURE, { ...DESKTOP, colorScheme: 'light' });
    const group = page.locator('header').getByRole('group', { name: 'Colour theme' });
    await group.waitFor();
    // Enabled once hydrated (without JavaScript it could not apply a choice).
    await expect.poll(() => radio(page, /^Auto/).isEnabled()).toBe(true);
    expect(await radio(page, /^Auto/).isChecked()).toBe(true);
    await radio(page, /^Dark$/).check();
    expect(await theme(page)).toBe('dark');
    expect(await paper(page)).toBe(DARK_PAPER);
    expect(await page.evaluate(() => localStorage.getItem('tally-theme'))).toBe('dark');
    await page.screenshot({ path: shotPath('theme-dark-measure.png'), fullPage: true });

    await page.reload();
    expect(await theme(page)).toBe('dark');
    expect(await paper(page)).toBe(DARK_PAPER);
    await expect.poll(() => radio(page, /^Dark$/).isChecked()).toBe(true);

    // Keys: the checked radio takes focus; an arrow moves the choice, as in any radio group.
    await radio(page, /^Dark$/).focus();
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => radio(page, /^Auto/).isChecked()).toBe(true);
    expect(await theme(page)).toBeNull();
    expect(await page.evaluate(() => localStorage.getItem('tally-theme'))).toBeNull();
    expect(await paper(page)).toBe(LIGHT_PAPER);
    const outline = await page.evaluate(() => getComputedStyle(document.activeElement!.nextElementSibling!).outlineStyle);
    expect(outline).toBe('solid');
    expect(page.errors).toEqual([]);
    await page.context().close();
  });

  it('"Light" wins over a dark device setting, on a phone too', async () => {
    const page = await open('/', { ...PHONE, colorScheme: 'dark' });
    expect(await paper(page)).toBe(DARK_PAPER);
    await expect.poll(() => radio(page, /^Light$/).isEnabled()).toBe(true);
    await radio(page, /^Light$/).check();
    expect(await paper(page)).toBe(LIGHT_PAPER);
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).colorScheme)).toBe('light');
    await page.reload();
    expect(await paper(page)).toBe(LIGHT_PAPER);
    await page.context().close();
  });

  it('applies the remembered theme before the first paint: set by the nonced head script, not by React', async () => {
    const ctx = await browser.newContext({ ...DESKTOP, colorScheme: 'light' });
    const first = await ctx.newPage();
    await first.goto(app.url + '/');
    await first.evaluate(() => localStorage.setItem('tally-theme', 'dark'));
    await first.close();

    const page = await ctx.newPage();
    const refused: string[] = [];
    page.on('console', (m) => m.type() === 'error' && refused.push(m.text()));
    // No application JavaScript at all: whatever sets the theme is the inline script in <head>.
    await page.route(/\/_next\/static\/.*\.js/, (r) => r.abort());
    // What <html> says at the moment <body> is parsed, which is before anything can be painted.
    await page.addInitScript(() => {
      const w = window as unknown as { themeAtBody?: string | null };
      new MutationObserver((_, obs) => {
        if (document.body) {
          w.themeAtBody = document.documentElement.getAttribute('data-theme');
          obs.disconnect();
        }
      }).observe(document, { childList: true, subtree: true });
    });
    const res = await page.goto(app.url + '/');
    expect(await page.evaluate(() => (window as unknown as { themeAtBody?: string | null }).themeAtBody)).toBe('dark');
    expect(await paper(page)).toBe(DARK_PAPER);
    expect(refused.filter((t) => /Content Security Policy/i.test(t))).toEqual([]);

    // The script carries this response's nonce, as the policy requires.
    const csp = res!.headers()['content-security-policy'];
    const nonce = csp.match(/'nonce-([^']+)'/)![1];
    const html = await res!.text();
    expect(html).toMatch(new RegExp(`<script nonce="${nonce.replace(/[+/=]/g, '\\$&')}">try\\{var t=localStorage`));
    expect(html.indexOf('tally-theme')).toBeLessThan(html.indexOf('<body'));
    await ctx.close();
  });

  it('prints black on white whatever the theme', async () => {
    for (const [scheme, chosen] of [['dark', null], ['light', 'dark'], ['dark', 'dark']] as const) {
      const ctx = await browser.newContext({ ...DESKTOP, colorScheme: scheme });
      if (chosen) await ctx.addInitScript((t) => localStorage.setItem('tally-theme', t), chosen);
      const page = await ctx.newPage();
      await page.goto(app.url + MEASURE);
      await page.locator('svg a[data-claim-id]').first().waitFor();
      expect(await paper(page)).toBe(DARK_PAPER);
      await page.emulateMedia({ media: 'print' });
      expect(await paper(page)).toBe(LIGHT_PAPER);
      expect(await page.evaluate(() => getComputedStyle(document.querySelector('h1')!).color)).toBe('rgb(29, 36, 51)');
      // A value's label prints in ink (a denial's is in the denial colour on purpose).
      expect(await page.locator('a.mark--asserts text.mark__label').first().evaluate((e) => getComputedStyle(e).fill)).toBe('rgb(29, 36, 51)');
      expect(await lowContrast(page)).toEqual([]);
      if (chosen && scheme === 'dark') await page.screenshot({ path: shotPath('theme-print.png'), fullPage: true });
      await ctx.close();
    }
  });
});

describe('broken paths and the site icon', () => {
  it('a malformed % escape is the site’s 404 page for a page and a JSON 404 for the API, never a 500 or a 400', async () => {
    for (const p of ['/measures/%ff', '/sources/%E0%A4%A', '/topics/%c0%af', '/%ff', '/search%ff']) {
      const res = await fetch(app.url + p);
      expect(res.status, p).toBe(404);
      expect(res.headers.get('content-type'), p).toMatch(/^text\/html/);
      const html = await res.text();
      expect(html, p).toContain('Nothing here');
      expect(html, p).toContain('site-header');
    }
    for (const p of ['/api/v1/measures/%ff', '/api/v1/sources/%E0%A4%A', '/api/trpc/%ff', '/api/%ff']) {
      const res = await fetch(app.url + p);
      expect(res.status, p).toBe(404);
      expect(res.headers.get('content-type'), p).toMatch(/^application\/json/);
      expect((await res.json()).error, p).toMatch(/malformed % escape/);
    }
    const post = await fetch(`${app.url}/api/v1/sources/%ff`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
    expect(post.status).toBe(404);
    // The embed keeps its own small 404, which a host page's frame can show.
    const embed = await fetch(`${app.url}/embed/%ff`);
    expect(embed.status).toBe(404);
    expect(embed.headers.get('content-type')).toMatch(/^text\/html/);
  });

  it('shows the 404 page in a browser, styled and with its scripts running', async () => {
    const page = await open('/measures/%ff', { ...DESKTOP, colorScheme: 'dark' });
    await page.getByRole('heading', { name: 'Nothing here' }).waitFor();
    expect(await paper(page)).toBe(DARK_PAPER);
    await expect.poll(() => radio(page, /^Auto/).isEnabled()).toBe(true);
    expect(page.errors).toEqual([]);
    await page.context().close();
  });

  it('serves the site icon that every page links, and /favicon.ico', async () => {
    const html = await (await fetch(app.url + '/')).text();
    const hrefs = [...html.matchAll(/<link rel="icon" href="([^"]+)"/g)].map((m) => m[1].replace(/&amp;/g, '&'));
    expect(hrefs.some((h) => h.startsWith('/icon.svg'))).toBe(true);
    for (const h of hrefs) expect((await fetch(app.url + h)).status, h).toBe(200);
    const svg = await fetch(app.url + '/icon.svg');
    expect(svg.status).toBe(200);
    expect(svg.headers.get('content-type')).toMatch(/^image\/svg\+xml/);
    const ico = await fetch(app.url + '/favicon.ico');
    expect(ico.status).toBe(200);
    expect(ico.headers.get('content-type')).toMatch(/^image\/(x-icon|vnd\.microsoft\.icon)/);
  });
});
