import { describe, expect, it } from 'vitest';
import { estimateWidth, widest, wrapRuns } from '@/app/components/charts/text-fit';
import { rowLayout } from '@/app/components/charts/row-layout';
import { CROWDED_LABELS, MIN_HEIGHT, placeBeside, timeLayout } from '@/app/components/charts/time-layout';
import { flagsOnce } from '@/app/components/flags-once';
import { computeFlags } from '@/server/domain/flags';
import { buildComparisonSeries, buildDurationSeries, buildMeasureSeries } from '@/server/domain/series';
import { timelineOf } from '@/server/domain/timeline';
import type { Flag } from '@/server/domain/schemas';
import { seed } from './fixtures';

const { claims, measures } = seed();
const flags = computeFlags(claims, measures);
const delivered = buildMeasureSeries(measures.find((m) => m.id === 'drones-delivered')!, claims, flags);
const text = (lines: ReturnType<typeof wrapRuns>) => lines.map((l) => l.runs.map((r) => r.text).join('')).join(' ').replace(/\u00a0/g, ' ');

describe('label text that wraps, never cut', () => {
  it('breaks between words within the width, keeps every word, and keeps " · " at a line’s end', () => {
    const runs = [{ text: 'more than 400', bold: true }, { text: ' · John Kirby, White House · Press Association, 15 May 2023', muted: true }];
    for (const width of [100, 120, 200, 800]) {
      const lines = wrapRuns(runs, width, estimateWidth);
      expect(text(lines)).toBe('more than 400 · John Kirby, White House · Press Association, 15 May 2023');
      for (const l of lines) expect(l.width).toBeLessThanOrEqual(Math.max(width, 0));
      for (const l of lines.slice(1)) expect(l.runs[0].text.startsWith('·')).toBe(false);
    }
    expect(wrapRuns(runs, 800, estimateWidth)).toHaveLength(1);
    // The bold value and the muted rest keep their styles across lines.
    const two = wrapRuns(runs, 120, estimateWidth);
    expect(two[0].runs[0]).toMatchObject({ text: expect.stringMatching(/^more than/), bold: true });
  });

  it('breaks a word longer than a line between its letters', () => {
    const lines = wrapRuns([{ text: 'Supercalifragilisticexpialidocious' }], 50, estimateWidth);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.map((l) => l.runs[0].text).join('')).toBe('Supercalifragilisticexpialidocious');
    expect(widest(lines)).toBeLessThanOrEqual(50);
  });
});

describe('a row chart makes room for its labels', () => {
  it('grows its rows as the width shrinks, so every label fits its row', () => {
    const wide = rowLayout(delivered.points, 1100, estimateWidth);
    const phone = rowLayout(delivered.points, 280, estimateWidth);
    expect(phone.rowHeight).toBeGreaterThan(wide.rowHeight);
    for (const l of [wide, phone])
      for (const r of l.rows.values()) {
        expect(widest(r.label)).toBeLessThanOrEqual(l.labelRight - l.labelLeft);
        expect(r.label.length * 14 + 30).toBeLessThanOrEqual(l.rowHeight);
      }
  });

  it('names a comparison’s rows by measure: beside the plot when wide, above the label on a phone', () => {
    const topic = { id: 'iran-drones', title: 'Iranian drones for Russia', description: '' } as never;
    const cmp = buildComparisonSeries(topic, measures, claims, flags)!;
    expect(rowLayout(cmp.points, 1100, estimateWidth).nameWidth).toBeGreaterThan(0);
    const phone = rowLayout(cmp.points, 300, estimateWidth);
    expect(phone.nameWidth).toBe(0);
    expect([...phone.rows.values()].every((r) => r.name.length > 0)).toBe(true);
    expect(rowLayout(delivered.points, 1100, estimateWidth).rows.get(delivered.points[0].claimId)!.name).toEqual([]);
  });
});

describe('a time axis places its labels', () => {
  const box = (l: number, t: number, w: number, h: number) => ({ left: l, top: t, right: l + w, bottom: t + h });
  const overlap = (a: ReturnType<typeof box>, b: ReturnType<typeof box>) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

  it('beside its mark, else on the other side, else nowhere it would overlap', () => {
    const it = { id: 'a', mark: box(100, 100, 10, 20), lines: [], w: 80, h: 30 };
    const zone = box(0, 0, 300, 300);
    expect(placeBeside(it, zone, [])).toMatchObject({ left: 120 });
    const right = box(115, 0, 200, 300);
    const b = placeBeside(it, zone, [right])!;
    expect(b.right).toBeLessThanOrEqual(100);
    expect(placeBeside(it, box(0, 0, 300, 300), [box(0, 0, 300, 300)])).toBeNull();
  });

  const war = buildDurationSeries(measures.find((m) => m.id === 'war-duration')!, claims, flags)!;
  const t = timelineOf(delivered)!;
  const cases = [
    { name: 'a running total', points: t.points, domain: t.domain, xDomain: t.xDomain, line: undefined, foot: true },
    { name: 'a duration against the calendar', points: war.points, domain: war.domain, xDomain: war.xDomain, line: war.line, foot: false },
  ];
  it.each(cases)('keeps every label of $name inside the chart and clear of the others, from 280 to 1100 px', ({ points, domain, xDomain, line, foot }) => {
    for (const width of [280, 350, 700, 1100]) {
      const l = timeLayout({ points, width, domain, xDomain, labelled: true, measure: estimateWidth, line });
      const boxes = [...l.labels.values()].map((p) => box(p.x, p.y, widest(p.lines), p.lines.length * 14));
      expect(boxes).toHaveLength(points.length);
      for (const [i, a] of boxes.entries()) {
        expect(a.left).toBeGreaterThanOrEqual(0);
        expect(a.right).toBeLessThanOrEqual(width);
        expect(a.top).toBeGreaterThanOrEqual(0);
        expect(a.bottom).toBeLessThanOrEqual(l.height);
        for (const b of boxes.slice(i + 1)) expect(overlap(a, b)).toBe(false);
      }
      // Denials sit in their own row, under the date axis.
      expect(l.foot !== null).toBe(foot);
    }
  });
});

describe('a crowded time axis', () => {
  const box = (l: number, t: number, w: number, h: number) => ({ left: l, top: t, right: l + w, bottom: t + h });
  const overlap = (a: ReturnType<typeof box>, b: ReturnType<typeof box>) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
  const t = timelineOf(delivered)!;
  // Forty reports of the running total a day apart, each its own origin: too many to label them all.
  const day = 86_400_000;
  const points = Array.from({ length: 40 }, (_, i) => ({ ...t.points[i % t.points.length], claimId: `c${i}`, x: t.xDomain[0] + i * day }));
  const xDomain: [number, number] = [t.xDomain[0], t.xDomain[0] + 40 * day];

  it('labels the newest values that fit, at its least height, clear of one another, from 280 to 1100 px', () => {
    for (const width of [280, 390, 700, 1100]) {
      const l = timeLayout({ points, width, domain: t.domain, xDomain, labelled: false, measure: estimateWidth });
      expect(l.height).toBe(MIN_HEIGHT);
      const ids = [...l.labels.keys()];
      // Forty marks in 230 px leave no room beside any; wider, the newest get their labels.
      if (width >= 700) expect(ids.length).toBeGreaterThan(0);
      expect(ids.length).toBeLessThanOrEqual(CROWDED_LABELS);
      // Only the newest values are offered a label (denials keep to their own row).
      const newest = new Set(points.filter((p) => p.stance !== 'denies').slice(-CROWDED_LABELS).map((p) => p.claimId));
      for (const id of ids) expect(newest.has(id)).toBe(true);
      const boxes = [...l.labels.values()].map((p) => box(p.x, p.y, widest(p.lines), p.lines.length * 14));
      for (const [i, a] of boxes.entries()) {
        expect(a.left).toBeGreaterThanOrEqual(0);
        expect(a.right).toBeLessThanOrEqual(width);
        for (const b of boxes.slice(i + 1)) expect(overlap(a, b)).toBe(false);
      }
    }
  });
});

describe('each flag once on a page', () => {
  const f = (id: string) => ({ id }) as Flag;
  it('lists a flag under the first chart that carries it, and tells the later ones it is above', () => {
    const once = flagsOnce([[f('dm')], [f('dm'), f('denial')], [f('single')], [f('denial')]]);
    expect(once.shown.map((l) => l.map((x) => x.id))).toEqual([['dm'], ['denial'], ['single'], []]);
    expect(once.above.map((l) => l.map((x) => x.id))).toEqual([[], ['dm'], [], ['denial']]);
    expect([...once.ids].sort()).toEqual(['denial', 'dm', 'single']);
  });
});
