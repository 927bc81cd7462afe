import { describe, expect, it } from 'vitest';
import { gzipSync } from 'node:zlib';
import { createHash } from 'node:crypto';
import { embedPage } from '@/server/embed/html';
import { cardSvg } from '@/server/embed/card';
import { chartSvg } from '@/server/embed/svg';
import { EMBED_CSS, EMBED_CSS_HASH, LAYOUTS } from '@/server/embed/css';
import { CSS_PALETTE, paletteFor } from '@/server/embed/palette';
import { measureModel, snapshotText, topicModel, versionOf, type EmbedModel } from '@/server/embed/model';
import { intervalFor } from '@/server/domain/value';
import { claim, measure } from './fixtures';
import { catalogOf, seedCatalog, summary, topics } from './embed-catalog';

const MARKUP = '<script>alert(1)</script><b onmouseover="x()">&amp;</b>';
const page = (m: EmbedModel) => embedPage(m, { version: versionOf(snapshotText(m)), pinned: false });

/** Every tag the embed may write; anything else in the output came from data and was not escaped. */
const ALLOWED = new Set(
  'html head meta title link base style script body figure h1 p div svg desc defs lineargradient stop g path text tspan rect circle details summary table caption thead tbody tr th td small em ol li b footer span a'.split(' '),
);
const tags = (s: string) => [...s.matchAll(/<\/?([a-zA-Z][\w:-]*)/g)].map((m) => m[1].toLowerCase());

function hostile() {
  const m = measure({ id: 'hostile', topicId: 'iran-drones', title: `Figures ${MARKUP}`, description: MARKUP });
  const src = { outlet: `Outlet ${MARKUP}`, title: MARKUP, url: 'javascript:alert(1)', published: '2023-05-15', publishedEstimate: null, wire: null };
  const c1 = claim(
    { id: 'h1', measureId: 'hostile', sourceId: 'evil', value: intervalFor({ qualifier: 'more-than', n: 400 }, `more than 400 ${MARKUP}`), speaker: { name: `Mr ${MARKUP}`, role: null, organisation: null } },
    src,
  );
  const c2 = claim({ id: 'h2', measureId: 'hostile', sourceId: 'other', value: intervalFor({ qualifier: 'up-to', n: 6000 }, 'up to 6,000') }, { outlet: 'Other' });
  const c3 = claim({ id: 'h3', measureId: 'hostile', sourceId: 'other', value: intervalFor({ qualifier: 'exact', n: 100 }, '100') }, { outlet: 'Other' });
  const cat = catalogOf({
    topics: topics(),
    measures: [m],
    claims: [c1, c2, c3],
    sources: [summary({ id: 'evil', ...src }), summary({ id: 'other', outlet: 'Other', wire: null, title: 't', url: 'https://example.org/a?b=1&c=2', published: '2023-05-15', publishedEstimate: null })],
  });
  return measureModel(cat, m);
}

describe('escaping in the embed', () => {
  it('shows a label full of markup as text, in the HTML page and in the standalone SVG', () => {
    const model = hostile();
    for (const out of [page(model), cardSvg(model, { width: 680, credit: `x${MARKUP}` }).svg]) {
      expect(tags(out).filter((t) => !ALLOWED.has(t))).toEqual([]);
      expect(out).not.toContain('<script>alert');
      expect(out).not.toContain('<b onmouseover');
      expect(out).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
      expect(out).toContain('&amp;amp;');
    }
    const html = page(model);
    expect(html.match(/<script\b/g)).toHaveLength(1); // only /embed.js
    expect(html).toContain('<script src="/embed.js" defer></script>');
    expect(html).not.toContain('javascript:');
    expect(html).toContain('href="https://example.org/a?b=1&amp;c=2"');
  });
});

describe('the SVG renderer', () => {
  const model = hostile();
  const { svg } = chartSvg(model, 640, 't-', CSS_PALETTE);
  const group = (id: string) => svg.match(new RegExp(`<g data-claim-id="${id}">.*?</g>`))?.[0] ?? '';

  it('draws an open upper end as a fading bar with an arrow, an open lower end likewise, an exact value as a dot', () => {
    expect(group('h1')).toMatch(/fill="url\(#t-h\d\)"/);
    expect(group('h1')).toMatch(/<path d="M[\d.]+ [\d.]+l10 7-10 7z"/);
    expect(group('h2')).toMatch(/fill="url\(#t-l\d\)"/);
    expect(group('h2')).toMatch(/l-10 7 10 7z/);
    expect(group('h3')).toMatch(/<circle [^>]*r="6.5"/);
    expect(svg).toMatch(/<linearGradient id="t-h0">/);
  });

  it('gives every value element its claim id, and the SVG an accessible title and description', () => {
    const ids = [...svg.matchAll(/data-claim-id="([^"]+)"/g)].map((m) => m[1]);
    expect(ids.sort()).toEqual(['h1', 'h2', 'h3']);
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" viewBox="0 0 640 \d+" width="640" height="\d+" role="group" aria-labelledby="t-t" aria-describedby="t-d">/);
    expect(svg).toContain('<title id="t-t">');
    expect(svg).toContain('<desc id="t-d">');
  });

  it('draws a denial as a cross at zero and labels it', () => {
    const cat = seedCatalog();
    const m = measureModel(cat, cat.measureById.get('drones-delivered')!);
    const out = chartSvg(m, 640, 'x-', paletteFor('light')).svg;
    const denial = m.series.points.find((p) => p.stance === 'denies')!;
    expect(out).toMatch(new RegExp(`<g data-claim-id="${denial.claimId}"><path d="M[\\d.]+ [\\d.]+l12 12m0-12l-12 12" stroke="#7a3ea1"`));
    expect(out).toContain('>Denied</tspan>');
  });
});

describe('the embed page', () => {
  const cat = seedCatalog();
  const models = [...cat.measures.map((m) => measureModel(cat, m)), ...cat.topics.flatMap((t) => topicModel(cat, t) ?? [])];

  it('stays under 10 KB gzipped for every seeded chart, with its three layouts', () => {
    for (const m of models) {
      const html = page(m);
      expect(gzipSync(html).length, m.id).toBeLessThan(10 * 1024);
      for (const l of LAYOUTS) expect(html).toContain(`<svg class="${l.cls}"`);
    }
  });

  it('carries title, sources with their dates, flags, the data link and the way back', () => {
    const m = models.find((x) => x.id === 'drones-agreed')!;
    const html = page(m);
    expect(html).toContain('<h1>Drones Iran agreed to supply</h1>');
    expect(html).toMatch(/Source:<\/span> The Northern Advocate, unknown, estimated \d+ \w+ 2022/);
    expect(html).toMatch(/<li data-flag-kind="single-source"><b>\[1\] Single source:<\/b> Only The Northern Advocate/);
    expect(html).toContain('href="/api/v1/measures/drones-agreed/data.csv">Get the data</a>');
    expect(html).toContain('href="/measures/drones-agreed"');
    expect(html).toMatch(/<details class="t"><summary>Table<\/summary><div class="tw"><table><caption class="sr">/);
  });

  it('is styled only by its inline stylesheet, whose hash the CSP names', () => {
    const hash = `'sha256-${createHash('sha256').update(EMBED_CSS).digest('base64')}'`;
    expect(EMBED_CSS_HASH).toBe(hash);
    expect(page(models[0])).toContain(`<style>${EMBED_CSS}</style>`);
    expect(page(models[0])).not.toMatch(/ style="/);
  });

  it('renders a stored snapshot exactly as the live model', () => {
    const m = models[0];
    const again = JSON.parse(snapshotText(m)) as EmbedModel;
    expect(page(again)).toBe(page(m));
    expect(versionOf(snapshotText(again))).toBe(versionOf(snapshotText(m)));
  });
});
