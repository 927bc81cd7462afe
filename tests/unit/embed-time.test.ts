import { describe, expect, it } from 'vitest';
import { measureModel, type EmbedModel } from '@/server/embed/model';
import { figureLayout } from '@/server/embed/figure';
import { chartSvg } from '@/server/embed/svg';
import { cardSvg } from '@/server/embed/card';
import { embedPage } from '@/server/embed/html';
import { quotePath } from '@/server/embed/links';
import { NUMBER_COLUMN, type TimeLayout } from '@/server/embed/time-layout';
import { textWidth } from '@/server/embed/text';
import { CSS_PALETTE, paletteFor } from '@/server/embed/palette';
import { buildDurationSeries, buildMeasureSeries } from '@/server/domain/series';
import { timelineOf } from '@/server/db/measure-chart';
import { TIMELINE_POINTS } from '@/server/domain/timeline';
import { OPEN_END_ARROW } from '@/server/domain/meaning';
import { claimsOf } from '@/server/domain/catalog-model';
import { intervalFor } from '@/server/domain/value';
import { claim, measure } from './fixtures';
import { catalogOf, seedCatalog, summary, topics } from './embed-catalog';

const cat = seedCatalog();
const model = (id: string) => measureModel(cat, cat.measureById.get(id)!);
const time = (m: EmbedModel, w = 640) => {
  const l = figureLayout(m, w);
  expect(l.axis).toBe('time');
  return l as TimeLayout;
};
const group = (out: string, id: string) => out.match(new RegExp(`<g data-claim-id="${id}"[^>]*>.*?</g>`))?.[0] ?? '';

describe('a measure whose figures span time, in the embed', () => {
  it('goes on a time axis exactly when the site’s measure page draws one', () => {
    for (const m of cat.measures) {
      const claims = claimsOf(cat, m.id);
      const site = buildDurationSeries(m, claims, cat.flagsByMeasure.get(m.id) ?? []) !== null || timelineOf(buildMeasureSeries(m, claims, cat.flagsByMeasure.get(m.id) ?? [])) !== null;
      expect(figureLayout(model(m.id), 640).axis, m.id).toBe(site ? 'time' : 'rows');
    }
    // The seeds have both kinds: a running total and a duration over time, single figures as rows.
    expect(figureLayout(model('drones-delivered'), 640).axis).toBe('time');
    expect(figureLayout(model('war-duration'), 640).axis).toBe('time');
    expect(figureLayout(model('drones-agreed'), 640).axis).toBe('rows');
  });

  it('places each figure at its as-of date, later to the right, as its interval on the value axis', () => {
    const m = model('drones-delivered');
    for (const w of [360, 640, 880]) {
      const l = time(m, w);
      const asserted = l.rows.filter((r) => r.point.stance !== 'denies');
      for (const r of asserted) expect(Math.abs(r.mark!.cx - l.x(r.point.x!)), r.point.claimId).toBeLessThan(15);
      const xs = asserted.map((r) => r.mark!.cx);
      expect([...xs].sort((a, b) => a - b)).toEqual(xs);
      // "hundreds" is [200, 999]: a light dashed range from 200 up (the axis stops at its top).
      const hundreds = asserted.find((r) => r.point.valueText === 'hundreds')!;
      const out = chartSvg(m, w, 't-', CSS_PALETTE).svg;
      const g = group(out, hundreds.point.claimId);
      expect(g).toContain('stroke-dasharray="4 3"');
      const rect = g.match(/<rect x="[\d.]+" y="([\d.]+)" width="10" height="([\d.]+)"/)!;
      expect(Number(rect[1]) + Number(rect[2])).toBeCloseTo(l.y(200), 0);
    }
  });

  it('draws an open end as an upward arrow OPEN_END_ARROW px from its bound, whatever the axis, never a bar to its top', () => {
    const m = model('drones-delivered');
    const open = m.series.points.find((p) => p.valueText === 'more than 400')!;
    for (const [w, top] of [[360, 500], [880, 1e6]] as const) {
      const mm = { ...m, series: { ...m.series, domain: [0, top] as [number, number] } };
      const l = time(mm, w);
      const g = group(chartSvg(mm, w, 'o-', CSS_PALETTE).svg, open.claimId);
      const tick = g.match(/<rect x="[\d.]+" y="([\d.-]+)" width="18" height="3"/)!;
      const head = g.match(/<path d="M[\d.]+ [\d.-]+L[\d.]+ ([\d.-]+)L/)!;
      const from = Number(tick[1]) + 1.5;
      expect(from).toBeCloseTo(l.y(400), 0);
      expect(from - Number(head[1])).toBeCloseTo(OPEN_END_ARROW, 0);
      expect(g).toContain(`fill="url(#o-u-`);
    }
  });

  it('keeps denials off the value axis: a ⊘ at its date in a strip under the axis, labelled with its whole clause', () => {
    const m = model('drones-delivered');
    const l = time(m);
    const out = chartSvg(m, 640, 'd-', paletteFor('light')).svg;
    const denials = l.rows.filter((r) => r.point.stance === 'denies');
    expect(denials.length).toBe(2);
    for (const r of denials) {
      expect(r.mark!.top).toBeGreaterThan(l.plot.bottom + 15);
      expect(group(out, r.point.claimId)).toMatch(new RegExp(`<circle cx="[\\d.]+" cy="${l.denialY}" r="6"`));
      expect(out).toContain(`Denied: “${r.point.valueText}”`);
    }
  });

  it('names every origin: its number at the mark, and value · who · when in a numbered list that wraps, never cut', () => {
    const m = model('drones-delivered');
    for (const w of [360, 640, 880]) {
      const l = time(m, w);
      expect(l.rows.map((r) => r.n)).toEqual(m.series.points.map((_, i) => i + 1));
      for (const r of l.rows) {
        const text = r.lines.map((line) => line.map((x) => x.text).join('')).join(' ');
        for (const part of [r.point.outlet, r.point.dateText, r.point.speaker ?? '']) expect(text, `${w} ${r.point.claimId}`).toContain(part);
        for (const line of r.lines) expect(line.reduce((sum, x) => sum + textWidth(x.text, 13, x.style === 'strong' || x.style === 'denial'), 0)).toBeLessThanOrEqual(w - NUMBER_COLUMN);
        const tag = r.mark!.tag;
        expect(tag.text).toBe(String(r.n));
        expect(tag.x).toBeGreaterThanOrEqual(0);
        expect(tag.x).toBeLessThanOrEqual(w);
      }
      expect(l.height).toBeGreaterThan(l.rows[l.rows.length - 1].bottom);
    }
  });

  it('links every figure once per layout to its quote, its mark (with data-claim-id) and its list entry inside the one link', () => {
    const m = model('drones-delivered');
    const html = embedPage(m, { version: 'v', pinned: false });
    for (const p of m.series.points) {
      const href = quotePath(p).replace(/&/g, '&amp;');
      expect(html.split(`<a href="${href}" target="_blank" class="v">`).length - 1, p.claimId).toBe(4);
      expect(html.split(`<g data-claim-id="${p.claimId}"`).length - 1).toBe(4);
    }
  });

  it('draws a duration against the calendar’s dashed line from the reference date', () => {
    const m = model('war-duration');
    const l = time(m);
    expect(l.line).not.toBeNull();
    const [x0, y0] = l.line![0];
    expect(x0).toBeCloseTo(l.plot.left, 0);
    expect(y0).toBeCloseTo(l.y(0), 0);
    const pal = paletteFor('dark');
    const out = chartSvg(m, 640, 'c-', pal).svg;
    expect(out).toContain(`stroke="${pal.calendar}" stroke-width="2" stroke-dasharray="5 4"`);
    expect([...out.matchAll(/<g data-key="([a-z-]+)">/g)].map((x) => x[1])).toContain('calendar-line');
  });

  it('names the year on a date axis of days or weeks, so a picture says which December it means', () => {
    const l = time(model('drones-delivered'));
    const labels = l.xTicks.flatMap((t) => t.label ?? []);
    expect(labels[0]).toMatch(/20\d\d/);
  });

  it('lists an undated figure, off the axis, saying so, and draws the standalone picture with the axis too', () => {
    const m = measure({ id: 'tl', topicId: 'iran-drones', title: 'Over time' });
    const src = (id: string, published: string | null) => summary({ id, outlet: `Outlet ${id}`, wire: null, title: 't', url: null, published, publishedEstimate: null });
    const c = (id: string, published: string | null, n: number) =>
      claim({ id, measureId: 'tl', sourceId: id, asOf: published, value: intervalFor({ qualifier: 'exact', n }, String(n)), speaker: { name: `Speaker ${id}`, role: null, organisation: null } }, { outlet: `Outlet ${id}`, published });
    const catalog = catalogOf({ topics: topics(), measures: [m], claims: [c('a', '2023-01-10', 100), c('b', '2023-03-10', 150), c('u', null, 120)], sources: [src('a', '2023-01-10'), src('b', '2023-03-10'), src('u', null)] });
    const mm = measureModel(catalog, m);
    const l = time(mm);
    const undated = l.rows.find((r) => r.point.claimId === 'u')!;
    expect(undated.mark).toBeNull();
    expect(undated.lines.flat().map((r) => r.text).join('')).toContain('not on the time axis');
    const card = cardSvg(mm, { width: 1200, credit: 'x' }).svg;
    expect(card).toContain('data-claim-id="a"');
    expect(card).toContain('Outlet u');
  });

  it('draws a busy measure’s latest values, at most as many as its page’s time axis, and says so', () => {
    const m = measure({ id: 'busy', topicId: 'iran-drones', title: 'Busy' });
    const n = TIMELINE_POINTS + 40;
    const day = (i: number) => new Date(Date.UTC(2023, 0, 1 + i)).toISOString().slice(0, 10);
    const src = (i: number) => summary({ id: `s${i}`, outlet: `Outlet ${i}`, wire: null, title: 't', url: null, published: day(i), publishedEstimate: null });
    const claims = Array.from({ length: n }, (_, i) =>
      claim({ id: `b${String(i).padStart(3, '0')}`, measureId: 'busy', sourceId: `s${i}`, asOf: day(i), value: intervalFor({ qualifier: 'exact', n: 100 + i }, String(100 + i)), speaker: { name: `Speaker ${i}`, role: null, organisation: null } }, { outlet: `Outlet ${i}`, published: day(i) }),
    );
    const mm = measureModel(catalogOf({ topics: topics(), measures: [m], claims, sources: claims.map((_, i) => src(i)) }), m);
    expect(mm.series.points.length).toBe(TIMELINE_POINTS);
    expect(mm.series.points[0].claimId).toBe(`b${String(n - TIMELINE_POINTS).padStart(3, '0')}`);
    expect(mm.series.description).toContain(`the latest ${TIMELINE_POINTS} of ${n} values`);
    expect(Object.keys(mm.details ?? {}).length).toBe(TIMELINE_POINTS);
  });
});
