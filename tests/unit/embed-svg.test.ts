import { describe, expect, it } from 'vitest';
import { gzipSync } from 'node:zlib';
import { createHash } from 'node:crypto';
import { embedPage } from '@/server/embed/html';
import { cardSvg } from '@/server/embed/card';
import { chartSvg } from '@/server/embed/svg';
import { layoutChart, orderedFlags } from '@/server/embed/layout';
import { FLAG_LABEL, flagCount, flagKinds } from '@/server/embed/html';
import { estimateHeight, snippetHeight, SNIPPET_WIDTHS } from '@/server/embed/snippets';
import { textWidth, wrapRuns } from '@/server/embed/text';
import { KEY_WORDS } from '@/server/embed/key';
import { KEY_WORDS as SITE_KEY_WORDS } from '@/server/domain/meaning';
import { quotePath } from '@/server/embed/links';
import { OPEN_END_ARROW } from '@/server/domain/meaning';
import fs from 'node:fs';
import path from 'node:path';
import { EMBED_CSS, EMBED_CSS_HASH, LAYOUTS } from '@/server/embed/css';
import { CSS_PALETTE, paletteFor } from '@/server/embed/palette';
import { measureModel, snapshotText, topicModel, versionOf, type EmbedModel } from '@/server/embed/model';
import { intervalFor } from '@/server/domain/value';
import { claim, measure } from './fixtures';
import { catalogOf, seedCatalog, summary, topics } from './embed-catalog';

const MARKUP = '<script>alert(1)</script><b onmouseover="x()">&amp;</b>';
/** A model whose figures all speak of one day: drawn as a chart of rows, one value each. */
const sameDay = (m: EmbedModel): EmbedModel => ({ ...m, series: { ...m.series, points: m.series.points.map((p) => ({ ...p, x: Date.UTC(2023, 4, 15) })) } });
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
  const group = (out: string, id: string) => out.match(new RegExp(`<g data-claim-id="${id}"[^>]*>.*?</g>`))?.[0] ?? '';
  /** The model drawn on another value axis: what moves with the axis is on it, what does not is not. */
  const onAxis = (m: EmbedModel, domain: [number, number]): EmbedModel => ({ ...m, series: { ...m.series, domain } });
  /** An open end's bound (its tick's centre) and its arrow's tip. */
  function openEnd(g: string): { from: number; tip: number } {
    const tick = g.match(/<rect x="([\d.-]+)" y="[\d.-]+" width="3" height="18"/);
    const head = g.match(/<path d="M[\d.-]+ [\d.-]+L([\d.-]+) [\d.-]+L/);
    expect(tick && head, g).toBeTruthy();
    return { from: Number(tick![1]) + 1.5, tip: Number(head![1]) };
  }

  it('draws an open end as an arrow OPEN_END_ARROW px from its bound, whatever the axis and width, never a bar to the axis end', () => {
    for (const width of [360, 640, 880]) {
      for (const domain of [[0, 1000], [0, 8000], [0, 1e6]] as [number, number][]) {
        const out = chartSvg(onAxis(model, domain), width, 't-', CSS_PALETTE).svg;
        const up = openEnd(group(out, 'h1'));
        const down = openEnd(group(out, 'h2'));
        expect(up.tip - up.from, `${width} ${domain}`).toBeCloseTo(OPEN_END_ARROW, 0);
        expect(down.from - down.tip, `${width} ${domain}`).toBeCloseTo(OPEN_END_ARROW, 0);
        // Nothing in an open end's mark is longer than its arrow.
        for (const id of ['h1', 'h2']) {
          const widths = [...group(out, id).matchAll(/width="([\d.]+)"/g)].map((m) => Number(m[1]));
          expect(Math.max(...widths)).toBeLessThan(OPEN_END_ARROW);
        }
      }
    }
    // The shaft fades away from the bound: right for "more than", left for "up to".
    expect(group(svg, 'h1')).toMatch(/height="6" fill="url\(#t-h-[a-z-]+\)"/);
    expect(group(svg, 'h2')).toMatch(/height="6" fill="url\(#t-l-[a-z-]+\)"/);
    expect(svg).toMatch(/<linearGradient id="t-h-[a-z-]+"><stop offset="0" stop-color="var\(--[a-z0-9-]+\)"\/><stop offset="1" stop-color="var\(--[a-z0-9-]+\)" stop-opacity="\.1"\/>/);
    expect(group(svg, 'h3')).toMatch(/^<g data-claim-id="h3"><circle [^>]*r="6.5"/);
  });

  it('draws a finite interval as a bar with a tick at each end, and vague wording as a light dashed range', () => {
    const m = measure({ id: 'r', topicId: 'iran-drones', title: 'Ranges' });
    const src = { wire: null, title: 't', url: null, published: '2023-05-15', publishedEstimate: null };
    const range = claim({ id: 'rg', measureId: 'r', sourceId: 'a', value: intervalFor({ qualifier: 'range', n: 1500, n2: 2400 }, '1,500 to 2,400') }, { outlet: 'Alpha', ...src });
    const vague = claim({ id: 'vg', measureId: 'r', sourceId: 'a', value: intervalFor({ qualifier: 'vague', amount: 'hundreds' }, 'hundreds') }, { outlet: 'Alpha', ...src });
    const cat = catalogOf({ topics: topics(), measures: [m], claims: [range, vague], sources: [summary({ id: 'a', outlet: 'Alpha', ...src })] });
    const out = chartSvg(measureModel(cat, m), 640, 'r-', CSS_PALETTE).svg;
    const bar = group(out, 'rg');
    expect(bar.match(/width="3" height="18"/g)).toHaveLength(2);
    expect(bar).not.toContain('fill-opacity');
    const light = group(out, 'vg');
    expect(light).toMatch(/<rect [^>]*fill-opacity="\.18" [^>]*stroke-dasharray="4 3"/);
    expect(light).not.toMatch(/width="3" height="18"/);
  });

  it('puts a denial on its own row, off the value axis: a ⊘ at the row’s start and the whole clause, in the denial colour, linked to its quote', () => {
    const cat = seedCatalog();
    // Its figures all of one day: a chart of rows (figures that span time go on a time axis, ./embed-time.test.ts).
    const m = sameDay(measureModel(cat, cat.measureById.get('drones-delivered')!));
    const pal = paletteFor('light');
    const denials = m.series.points.filter((p) => p.stance === 'denies');
    expect(denials.length).toBe(2);
    const draw = (mm: EmbedModel, w: number) => chartSvg(mm, w, 'x-', pal).svg;
    const out = draw(m, 640);
    for (const d of denials) {
      const g = group(out, d.claimId);
      // The sign alone: a circle and its slash, at the row's start.
      expect(g).toMatch(new RegExp(`^<g data-claim-id="${d.claimId}"><circle cx="7" cy="[\\d.]+" r="6" fill="${pal.paper}" stroke="${pal.kdenial}" stroke-width="2"/><path d="M3 [\\d.]+l8-8" stroke="${pal.kdenial}" stroke-width="2"/></g>$`));
      // Nothing of it moves with the value axis or the width: it has no place on the scale.
      for (const [w, domain] of [[360, [0, 10]], [880, [0, 1e9]]] as const) {
        const other = group(draw(onAxis(m, [...domain]), w), d.claimId);
        expect(other.replace(/cy="[\d.]+"|M3 [\d.]+/g, '')).toBe(g.replace(/cy="[\d.]+"|M3 [\d.]+/g, ''));
      }
      expect(out).toContain(`<tspan fill="${pal.denial}" font-weight="600">Denied: “${d.valueText}”</tspan>`);
      const href = quotePath(d).replace(/&/g, '&amp;');
      expect(out).toMatch(new RegExp(`<a href="${href.replace(/[?.]/g, '\\$&')}" target="_blank" class="v"><rect [^>]*/><text x="18"[^]*?<g data-claim-id="${d.claimId}">`));
    }
    // No grid line runs through a denial's row.
    const layout = layoutChart(m, 640);
    const gridYs = [...out.matchAll(/M[\d.]+ ([\d.]+)V([\d.]+)/g)].map((x) => [Number(x[1]), Number(x[2])]);
    for (const r of layout.rows.filter((x) => x.point.stance === 'denies')) {
      for (const [a, b] of gridYs) expect(b < r.top || a > r.bottom, `${a}-${b} vs ${r.top}-${r.bottom}`).toBe(true);
    }
  });

  it('colours by meaning, never by source: two outlets’ plain values share the series colour, a conflict’s values take the conflict colour', () => {
    const m = measure({ id: 'c', topicId: 'iran-drones', title: 'Colours' });
    const src = { wire: null, title: 't', url: null, published: '2023-05-15', publishedEstimate: null };
    const sources = ['a', 'b', 'c', 'd'].map((id) => summary({ id, outlet: `Outlet ${id}`, ...src }));
    // Each its own sentence and speaker: two origins, so two values drawn.
    const made = (id: string, sourceId: string, n: number, measureId: string) =>
      claim(
        { id, measureId, sourceId, value: intervalFor({ qualifier: 'exact', n }, String(n)), quote: `Speaker ${id} said ${n}.`, speaker: { name: `Speaker ${id}`, role: null, organisation: null } },
        { outlet: `Outlet ${sourceId}`, ...src },
      );
    const agree = catalogOf({ topics: topics(), measures: [m], claims: [made('p1', 'a', 400, 'c'), made('p2', 'b', 400, 'c')], sources });
    const fill = (out: string, id: string) => group(out, id).match(/<circle [^>]*fill="([^"]+)"/)?.[1];
    const plain = chartSvg(measureModel(agree, m), 640, 'p-', CSS_PALETTE).svg;
    expect(measureModel(agree, m).series.points.map((p) => [p.outlet, p.flagKinds.filter((k) => k !== 'single-source')])).toEqual([['Outlet a', []], ['Outlet b', []]]);
    expect([fill(plain, 'p1'), fill(plain, 'p2')]).toEqual(['var(--series-1)', 'var(--series-1)']);
    expect(plain).not.toMatch(/--series-[2-9]/);
    const disagree = catalogOf({ topics: topics(), measures: [m], claims: [made('k1', 'c', 400, 'c'), made('k2', 'd', 6000, 'c'), made('k3', 'a', 5, 'c')], sources });
    const model = measureModel(disagree, m);
    const conflicted = model.series.points.filter((p) => p.flagKinds.includes('conflict')).map((p) => p.claimId);
    expect(conflicted.length).toBeGreaterThanOrEqual(2);
    const out = chartSvg(model, 640, 'k-', CSS_PALETTE).svg;
    for (const id of conflicted) expect(fill(out, id), id).toBe('var(--flag-conflict)');
  });

  it('prints a key under the chart listing only what it draws, in the SVG download and PNG too, counted in their height', () => {
    const cat = seedCatalog();
    const keys = (out: string) => [...out.matchAll(/<g data-key="([a-z-]+)">/g)].map((x) => x[1]);
    const delivered = sameDay(measureModel(cat, cat.measureById.get('drones-delivered')!));
    expect(keys(chartSvg(delivered, 640, 'x-', CSS_PALETTE).svg)).toEqual(['open', 'vague', 'denial', 'flag']);
    const agreed = measureModel(cat, cat.measureById.get('drones-agreed')!);
    expect(keys(chartSvg(agreed, 640, 'x-', CSS_PALETTE).svg)).toEqual(['exact', 'flag']);
    expect(keys(svg)).toEqual(['exact', 'open', 'conflict', 'flag']);
    // The key's words and choice are the site's: both read server/domain/meaning.ts, so they never drift apart.
    for (const k of ['range', 'open', 'vague', 'auto', 'flag'] as const) expect(KEY_WORDS[k]).toBe(SITE_KEY_WORDS[k]);
    const site = fs.readFileSync(path.join(__dirname, '..', '..', 'app', 'components', 'charts', 'ChartKey.tsx'), 'utf8');
    expect(site).toMatch(/keyKinds\(points\)/);
    // In the picture: the key sits inside the chart's own height, above the footer, which stays.
    const card = cardSvg(delivered, { width: 680, credit: 'x' }).svg;
    expect(keys(card)).toEqual(['open', 'vague', 'denial', 'flag']);
    const layout = layoutChart(delivered, 640);
    expect(layout.height).toBeGreaterThanOrEqual(layout.keyTop + layout.key.height);
    expect(layout.keyTop).toBeGreaterThan(layout.gridBottom + 15);
    const inner = card.match(/<svg x="20" y="[\d.]+" width="640" height="([\d.]+)" viewBox="0 0 640 ([\d.]+)"/)!;
    expect(Number(inner[1])).toBe(Number(inner[2]));
    expect(Number(inner[2])).toBeCloseTo(layoutChart(delivered, 640).height, 0);
    expect(card).toMatch(/<tspan font-weight="700" fill="#[0-9a-f]+">Tally<\/tspan> · x<\/text>/);
    const without = cardSvg({ ...delivered, series: { ...delivered.series, points: [] } }, { width: 680, credit: 'x' });
    expect(cardSvg(delivered, { width: 680, credit: 'x' }).height).toBeGreaterThan(without.height);
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
    expect(html).toMatch(/<li data-flag-kind="single-source" data-claim-ids="na-drones-agreed-6000"><b>\[3\] Single source:<\/b> Only The Northern Advocate/);
    expect(html).toContain('href="/api/v1/measures/drones-agreed/data.csv">Get the data</a>');
    expect(html).toContain('href="/measures/drones-agreed"');
    expect(html).toMatch(/<details class="t"><summary>Table<\/summary><div class="tw"><table><caption class="sr">/);
  });

  it('shows its flags compactly: one line counting disagreements apart from notes and naming each kind by its numbers, the sentences behind a disclosure', () => {
    const m = models.find((x) => x.id === 'drones-delivered')!;
    const html = page(m);
    const details = /<details class="f">(.*?)<\/details>/.exec(html)?.[1] ?? '';
    const summary = /<summary>(.*?)<\/summary>/.exec(details)?.[1].replace(/<[^>]+>/g, '') ?? '';
    expect(summary).toBe('⚑ 1 disagreement · 1 note [1]\u00a0Denial [2]\u00a0Different measures');
    // Closed until asked: the sentences are there for a tap, a click, Enter and for no-JS readers.
    expect(details).toMatch(/<ol><li data-flag-kind="denial" data-claim-ids="[^"]+"><b>\[1\] Denial:<\/b> Government of Iran/);
    for (const [i, f] of orderedFlags(m).entries()) expect(details).toContain(`<li data-flag-kind="${f.kind}" data-claim-ids="${f.claimIds.join(' ')}"><b>[${i + 1}]`);
    // A flag named on the chart is the colour of its kind, as its entry on the flag line.
    const svg = chartSvg(m, 640, 'x-', CSS_PALETTE).svg;
    for (const p of m.series.points) {
      const link = new RegExp(`<a [^>]*class="v">(?:(?!</a>).)*data-claim-id="${p.claimId}"`).exec(svg)?.[0] ?? '';
      // Its references: tspans of "[n]" in a flag colour (a denial's clause is in that colour too, but says no number).
      const refs = [...link.matchAll(/<tspan fill="var\(--flag-([a-z-]+)\)" font-weight="600">[\s\u00a0]*(\[[^<]+)<\/tspan>/g)].flatMap((x) =>
        [...x[2].matchAll(/\[(\d+)\]/g)].map((n) => ({ n: Number(n[1]), kind: x[1] })),
      );
      const named = orderedFlags(m).flatMap((f, i) => (f.claimIds.includes(p.claimId) ? [{ n: i + 1, kind: f.kind }] : []));
      expect(named.length, p.claimId).toBeGreaterThan(0);
      expect(refs, p.claimId).toEqual(named);
    }
    expect(flagCount([])).toBe('');
    // Each kind named as the site's badges name it.
    const site = fs.readFileSync(path.join(__dirname, '..', '..', 'app', 'components', 'FlagList.tsx'), 'utf8');
    const block = /export const FLAG_LABEL[^{]*\{([^}]*)\}/.exec(site)![1];
    expect(Object.fromEntries([...block.matchAll(/'?([a-z-]+)'?: '([^']+)'/g)].map((x) => [x[1], x[2]]))).toEqual(FLAG_LABEL);
    expect(page({ ...m, series: { ...m.series, flags: [] } })).not.toContain('<details class="f">');
  });

  it('numbers disagreements before notes, each kind together, whatever order the series gives', () => {
    const m = models.find((x) => x.id === 'drones-delivered')!;
    const reversed = { ...m, series: { ...m.series, flags: [...m.series.flags].reverse() } };
    expect(orderedFlags(reversed).map((f) => f.kind)).toEqual(['denial', 'different-measures']);
    expect(page(reversed)).toBe(page(m));
    const mixed = [...m.series.flags, ...m.series.flags.map((f) => ({ ...f, id: `${f.id}-b` }))].reverse();
    expect(orderedFlags({ ...m, series: { ...m.series, flags: mixed } }).map((f) => f.kind)).toEqual(['denial', 'denial', 'different-measures', 'different-measures']);
    expect(flagKinds(orderedFlags({ ...m, series: { ...m.series, flags: mixed } })).map((k) => `${k.refs} ${k.label}`)).toEqual(['[1]\u00a0[2] Denial', '[3]\u00a0[4] Different measures']);
  });

  it('keeps a value’s flag numbers together when its label wraps, each in its own colour', () => {
    const runs = [
      { text: 'more than 400 · Press Association', style: 'plain' as const },
      { text: ' [1]', style: 'flag:denial' as const },
      { text: '\u00a0[2]', style: 'flag:conflict' as const },
    ];
    // Room for "[1]" on the first line, not for "[1] [2]": both go on to the next.
    const width = textWidth('more than 400 · Press Association ', 13) + textWidth('[1]', 13, true) + 1;
    const lines = wrapRuns(runs, width, 13);
    expect(lines.map((l) => l.map((r) => r.text).join(''))).toEqual(['more than 400 · Press Association', '[1]\u00a0[2]']);
    expect(lines[1].map((r) => r.style)).toEqual(['flag:denial', 'flag:conflict']);
  });

  it('gives the copied iframe a height that holds the whole chart on a phone and in a column', () => {
    for (const m of models) {
      const h = snippetHeight(m);
      for (const w of SNIPPET_WIDTHS) expect(h, `${m.id} at ${w}`).toBeGreaterThanOrEqual(estimateHeight(m, w));
    }
    // The flag line is one or two lines, not a sentence per flag: the phone's height barely grows with them.
    const m = models.find((x) => x.id === 'drones-delivered')!;
    const many = { ...m, series: { ...m.series, flags: [...m.series.flags, ...m.series.flags.map((f) => ({ ...f, id: `${f.id}-b` }))] } };
    expect(estimateHeight(many, 320) - estimateHeight(m, 320)).toBeLessThan(25);
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
