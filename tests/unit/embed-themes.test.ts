import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { embedPage } from '@/server/embed/html';
import { cardSvg } from '@/server/embed/card';
import { chartSvg } from '@/server/embed/svg';
import { EMBED_CSS } from '@/server/embed/css';
import { CSS_PALETTE, paletteFor, readPairs } from '@/server/embed/palette';
import { measureModel, snapshotText, versionOf, type EmbedModel } from '@/server/embed/model';
import { snippets } from '@/server/embed/snippets';
import { parseEmbedQuery } from '@/server/embed/query';
import { quotePath } from '@/server/embed/links';
import { drillHref } from '@/app/components/charts/palette';
import { intervalFor } from '@/server/domain/value';
import { UNREVIEWED_OPACITY } from '@/server/domain/meaning';
import { claim, measure } from './fixtures';
import { catalogOf, seedCatalog, summary, topics } from './embed-catalog';

const ROOT = path.join(__dirname, '..', '..');
const BASE = fs.readFileSync(path.join(ROOT, 'app', 'styles', 'base.css'), 'utf8');
const hexes = (s: string) => [...s.matchAll(/#[0-9a-f]{6}\b|#[0-9a-f]{3}\b/gi)].map((m) => m[0].toLowerCase());
const page = (m: EmbedModel, theme?: 'light' | 'dark' | 'auto') => embedPage(m, { version: versionOf(snapshotText(m)), pinned: false, theme });

/** One measure with a reviewed figure, one accepted automatically (not reviewed) that conflicts with it, and one pending. */
function mixed() {
  const m = measure({ id: 'm1', topicId: 'iran-drones', title: 'Drones delivered' });
  const src = { wire: null, title: 't', url: null, published: '2023-05-15', publishedEstimate: null };
  const reviewed = claim({ id: 'r1', measureId: 'm1', sourceId: 'a', value: intervalFor({ qualifier: 'exact', n: 400 }, '400'), quote: 'Officials said 400 drones arrived.' }, { outlet: 'Alpha', ...src });
  const auto = claim(
    { id: 'x1', measureId: 'm1', sourceId: 'b', value: intervalFor({ qualifier: 'exact', n: 6000 }, '6,000'), origin: 'extracted', review: 'auto', quote: 'A report said 6,000 drones arrived.' },
    { outlet: 'Beta', ...src },
  );
  const pending = claim({ id: 'p1', measureId: 'm1', sourceId: 'b', value: intervalFor({ qualifier: 'exact', n: 9 }, '9'), origin: 'extracted', review: 'pending' }, { outlet: 'Beta', ...src });
  const cat = catalogOf({
    topics: topics(),
    measures: [m],
    claims: [reviewed, auto, pending],
    sources: [summary({ id: 'a', outlet: 'Alpha', ...src }), summary({ id: 'b', outlet: 'Beta', ...src })],
  });
  return { cat, m };
}

describe('embed colours', () => {
  it('are the site’s: every role is a light-dark pair of app/styles/base.css, and the embed keeps no palette of its own', () => {
    const pairs = readPairs(BASE);
    const light = paletteFor('light');
    const dark = paletteFor('dark');
    for (const [role, v] of Object.entries(CSS_PALETTE)) {
      const token = v.match(/^var\(--([a-z0-9-]+)\)$/)![1];
      expect(pairs.get(token), role).toEqual([light[role as keyof typeof light], dark[role as keyof typeof dark]]);
    }
    expect(dark.paper).not.toBe(light.paper);
    // No hex code in the renderers' source: colours come only from the palette.
    for (const f of ['svg.ts', 'marks.ts', 'card.ts', 'css.ts', 'html.ts', 'layout.ts']) {
      expect(hexes(fs.readFileSync(path.join(ROOT, 'server', 'embed', f), 'utf8')), f).toEqual([]);
    }
    // And every hex the page's stylesheet carries is one of the site's.
    const site = new Set(hexes(BASE));
    expect(hexes(EMBED_CSS).filter((h) => !site.has(h))).toEqual([]);
  });

  it('let the page’s color-scheme choose: auto follows prefers-color-scheme, ?theme pins light or dark', () => {
    const cat = seedCatalog();
    const m = measureModel(cat, cat.measureById.get('drones-delivered')!);
    expect(EMBED_CSS).toContain(':root{color-scheme:light dark}[data-theme=light]{color-scheme:light}[data-theme=dark]{color-scheme:dark}');
    expect(EMBED_CSS).toMatch(/--paper:light-dark\(#ffffff,#12161f\)/);
    expect(EMBED_CSS).toContain('body{margin:0;padding:12px 12px 0;background:var(--paper);color:var(--ink)');
    expect(page(m)).toMatch(/^<!doctype html><html lang="en-GB" data-tally-embed="\/embed\/drones-delivered"><head>/);
    expect(page(m, 'dark')).toContain('data-tally-embed="/embed/drones-delivered" data-theme="dark"><head>');
    expect(page(m, 'light')).toContain(' data-theme="light"><head>');
    // The inline chart paints with the page's custom properties only.
    const svg = chartSvg(m, 640, 'w-', CSS_PALETTE).svg;
    expect(hexes(svg)).toEqual([]);
    expect(svg).toMatch(/(fill|stop-color)="var\(--series-\d\)"/);
    expect(svg).toContain('stroke="var(--rule)"');
  });

  it('draw the standalone SVG (and so the PNG) in the theme asked for, light by default', () => {
    const cat = seedCatalog();
    const m = measureModel(cat, cat.measureById.get('drones-delivered')!);
    const light = cardSvg(m, { width: 680, credit: 'x' }).svg;
    const dark = cardSvg(m, { width: 680, credit: 'x', pal: paletteFor('dark') }).svg;
    const d = paletteFor('dark');
    expect(light).toContain('<rect width="100%" height="100%" fill="#ffffff"/>');
    expect(dark).toContain(`<rect width="100%" height="100%" fill="${d.paper}"/>`);
    expect(dark).toContain(`font-size="22" font-weight="700" fill="${d.ink}"`);
    expect(dark).not.toContain('fill="#ffffff"');
    expect(dark).not.toContain('var(--');
  });
});

describe('values in the embed', () => {
  const cat = seedCatalog();
  const m = measureModel(cat, cat.measureById.get('drones-delivered')!);
  const html = page(m);

  it('each link to their highlighted quote in a new tab, in every layout, with the mark inside', () => {
    for (const p of m.series.points) {
      expect(quotePath(p)).toBe(drillHref(p));
      const href = quotePath(p).replace(/&/g, '&amp;');
      const links = html.split(`<a href="${href}" target="_blank" class="v">`).length - 1;
      expect(links, p.claimId).toBe(4); // one per layout
      // The hit areas (a figure on a time axis has two: its entry in the list and its mark), the label, the mark.
      expect(html).toMatch(new RegExp(`<a href="${href.replace(/[?.]/g, '\\$&')}" target="_blank" class="v">(<rect [^>]*fill="transparent"/>)+<text[^]*?<g data-claim-id="${p.claimId}">`));
    }
    expect(quotePath(m.series.points[0])).toMatch(/^\/sources\/[a-z0-9-]+\?claim=[^#]+#claim-/);
  });

  it('sit in a visible data table behind a Table control, a row per value with its quote and link', () => {
    expect(html).toContain('<details class="t"><summary>Table</summary>');
    expect(html).not.toContain('<div class="sr"><table>');
    for (const p of m.series.points) {
      const row = html.match(new RegExp(`<tr data-claim-id="${p.claimId}">.*?</tr>`))?.[0] ?? '';
      expect(row, p.claimId).toContain(`<a href="${quotePath(p).replace(/&/g, '&amp;')}">`);
      expect(row).toContain(m.details![p.claimId].quote.replace(/^[“"]|[”"]$/g, '').slice(0, 20).replace(/’/g, '’'));
    }
    // The links open in a new tab: the page's base target.
    expect(html).toContain('<base target="_blank">');
  });
});

describe('figures nobody has reviewed', () => {
  it('are left out by default, and so are the flags that named them', () => {
    const { cat, m } = mixed();
    expect(cat.flags.some((f) => f.claimIds.includes('x1'))).toBe(true);
    const model = measureModel(cat, m);
    expect(model.series.points.map((p) => p.claimId)).toEqual(['r1']);
    // Worked out again without it: no conflict with a figure that is not there, and 400 is now a single source's.
    expect(model.series.flags.map((f) => [f.kind, f.claimIds])).toEqual([['single-source', ['r1']]]);
    expect(model.unreviewed).toBeUndefined();
    expect(page(model)).not.toContain('not reviewed');
  });

  it('are included on request, marked “not reviewed” on the chart, in the table and by a lighter mark', () => {
    const { cat, m } = mixed();
    const model = measureModel(cat, m, { unreviewed: true });
    expect(model.series.points.map((p) => p.claimId).sort()).toEqual(['r1', 'x1']);
    expect(model.series.flags.length).toBeGreaterThan(0);
    expect(model.unreviewed).toBe(true);
    const html = page(model);
    expect(html).toContain('Includes figures Tally has not reviewed yet');
    expect(html).toMatch(/<tr data-claim-id="x1"><th scope="row"><a [^>]+>6,000<\/a> <em class="u">not reviewed<\/em>/);
    expect(html.match(/<tr data-claim-id="r1">.*?<\/tr>/)?.[0]).not.toContain('not reviewed');
    const svg = chartSvg(model, 640, 't-', CSS_PALETTE).svg;
    expect(svg).toMatch(/<tspan font-weight="600">6,000 · not reviewed<\/tspan>/);
    // At the site's opacity for figures not reviewed, and keyed as such.
    expect(svg).toContain(`<g data-claim-id="x1" opacity="${UNREVIEWED_OPACITY}"><circle `);
    expect(svg).toMatch(/<g data-claim-id="r1"><circle [^>]*\/><\/g>/);
    expect(svg).not.toMatch(/<g data-claim-id="r1"[^>]*opacity/);
    expect(svg).toMatch(/<g data-key="auto">.*?fainter: not reviewed yet<\/text>/);
    expect(chartSvg(measureModel(cat, m), 640, 't-', CSS_PALETTE).svg).not.toContain('data-key="auto"');
    // Another chart, so another version: a pin of the default never shows them.
    expect(versionOf(snapshotText(model))).not.toBe(versionOf(snapshotText(measureModel(cat, m))));
  });

  it('leave the flags between reviewed figures in place, worked out without them', () => {
    const { cat: base, m } = mixed();
    const other = claim({ id: 'r2', measureId: 'm1', sourceId: 'c', value: intervalFor({ qualifier: 'exact', n: 5000 }, '5,000'), quote: 'A minister said 5,000.' }, { outlet: 'Gamma', published: '2023-05-15' });
    const cat = catalogOf({ topics: base.topics, measures: base.measures, claims: [...base.claims, other], sources: [...base.sources, summary({ id: 'c', outlet: 'Gamma', wire: null, title: 't', url: null, published: '2023-05-15', publishedEstimate: null })] });
    const model = measureModel(cat, m);
    expect(model.series.points.map((p) => p.claimId).sort()).toEqual(['r1', 'r2']);
    expect(model.series.flags.length).toBeGreaterThan(0);
    for (const f of model.series.flags) expect(f.claimIds).not.toContain('x1');
    expect(model.series.flags.map((f) => f.reason).join(' ')).not.toContain('Beta');
  });

  it('never include a pending figure', () => {
    const { cat, m } = mixed();
    expect(measureModel(cat, m, { unreviewed: true }).series.points.some((p) => p.claimId === 'p1')).toBe(false);
  });
});

describe('embed query parameters', () => {
  const q = (s: string) => parseEmbedQuery(new URLSearchParams(s));

  it('read theme, unreviewed and sizes, ignoring parameters a host adds', () => {
    const defaults = { theme: 'auto', unreviewed: false, scale: 1, size: 'screen' };
    expect(q('')).toEqual({ ok: true, query: defaults });
    expect(q('theme=dark&unreviewed=1&utm_source=x')).toEqual({ ok: true, query: { ...defaults, theme: 'dark', unreviewed: true } });
    expect(q('width=99999&height=10')).toEqual({ ok: true, query: { ...defaults, width: 2400, height: 200 } });
    expect(q('scale=2&size=print')).toEqual({ ok: true, query: { ...defaults, scale: 2, size: 'print' } });
  });

  it('refuse a value they do not know, saying what they take', () => {
    expect(q('theme=blue')).toEqual({ ok: false, error: 'theme must be one of light, dark, auto; got “blue”.' });
    expect(q('theme=')).toMatchObject({ ok: false });
    expect(q('unreviewed=yes')).toEqual({ ok: false, error: 'unreviewed must be 1 or 0; got “yes”.' });
    expect(q('width=abc')).toEqual({ ok: false, error: 'width must be a whole number of pixels; got “abc”.' });
    expect(q('scale=3')).toEqual({ ok: false, error: 'scale must be 1 or 2; got “3”.' });
    expect(q('size=poster')).toEqual({ ok: false, error: 'size must be screen or print; got “poster”.' });
  });
});

describe('embed snippets with options', () => {
  const cat = seedCatalog();
  const m = measureModel(cat, cat.measureById.get('drones-delivered')!);

  it('take the whole width of their column, and carry the theme and unreviewed choice', () => {
    const s = snippets(m, 'https://t.example', null, 'abcdef012345', 500, { theme: 'dark', unreviewed: true });
    expect(s.iframe).toContain('src="https://t.example/embed/drones-delivered?theme=dark&amp;unreviewed=1"');
    expect(s.iframe).toContain('style="border:0;width:100%;display:block"');
    expect(s.iframe).not.toContain('max-width');
    const pinned = snippets(m, 'https://t.example', 'abcdef012345', 'abcdef012345', 500, { theme: 'dark', unreviewed: true });
    // A pinned version is its snapshot: only the theme goes in its URL.
    expect(pinned.url).toBe('https://t.example/embed/drones-delivered/v/abcdef012345?theme=dark');
    expect(snippets(m, 'https://t.example', null, 'abcdef012345', 500).url).toBe('https://t.example/embed/drones-delivered');
  });
});
