import { describe, expect, it } from 'vitest';
import { extractFigures, resolveAsOf } from '@/server/extract';
import { spanForAsOf } from '@/server/extract/dates';
import { formatAsOf, formatSpan, spanHolding } from '@/server/domain/dates';
import { buildMeasureSeries } from '@/server/domain/series';
import { describeClaim } from '@/server/domain/flags';
import { dataCsv, CSV_COLUMNS } from '@/server/embed/data';
import type { AsOfSpan } from '@/server/domain/schemas';
import { claim, measure } from './fixtures';

// Issue 10 item 6: a date reads as sure as the words that gave it. 2023-06-07 is a Wednesday.
const WED = '2023-06-07';

function read(text: string, figure: string, published: string | null = WED) {
  const f = extractFigures(text).find((x) => x.text === figure);
  expect(f, `figure ${figure} in ${text}`).toBeDefined();
  const a = resolveAsOf(text, f!, published);
  return { ...a, text: formatAsOf({ asOf: a.asOf, asOfEstimated: false, asOfSpan: a.span, publishedEstimate: null }) };
}

describe('the dates stage keeps how sure the words are', () => {
  it.each([
    // [sentence, figure, as-of (unchanged meaning), precision, as the page says it]
    ['Russia launched 3,000 drones last year.', '3,000', '2022-12-31', 'year', '2022'],
    ['In 2021, 900 drones were launched.', '900', '2021-12-31', 'year', '2021'],
    ['Russia launched 4,000 drones this year.', '4,000', '2023-06-07', 'year', '2023'],
    ['Putin claimed four provinces in late September.', 'four', '2022-09-30', 'part-month', 'late Sept 2022'],
    ['Kyiv counted 60 strikes in early May.', '60', '2023-05-10', 'part-month', 'early May 2023'],
    ['Kyiv counted 60 strikes in mid-April.', '60', '2023-04-20', 'part-month', 'mid Apr 2023'],
    ['Iran will deliver 500 drones by the end of May.', '500', '2023-05-31', 'part-month', 'late May 2023'],
    ['Russia launched 1,200 drones in September.', '1,200', '2022-09-30', 'month', 'Sept 2022'],
    ['In May 2022, 2,000 drones were launched.', '2,000', '2022-05-31', 'month', 'May 2022'],
    // "in June" on 7 June: placed at the page's day, still read as the month.
    ['Russia launched 700 drones in June.', '700', '2023-06-07', 'month', 'Jun 2023'],
    ['Russia launched 30 drones last week.', '30', '2023-06-03', 'days', '28 May – 3 Jun 2023'],
    ['Russia launched 40 drones over the weekend.', '40', '2023-06-04', 'days', '3–4 Jun 2023'],
    ['Kyiv shot down 223 drones in the first half of May.', '223', '2023-05-15', 'days', '1–15 May 2023'],
    ['Russia launched 4,000 drones in the first half of 2022.', '4,000', '2022-06-30', 'half', 'H1 2022'],
    ['Russia launched 4,000 drones in the first quarter.', '4,000', '2023-03-31', 'quarter', 'Q1 2023'],
    ['Russia launched 4,000 drones last summer.', '4,000', '2022-08-31', 'season', 'summer 2022'],
    ['Russia launched 4,000 drones last winter.', '4,000', '2023-02-28', 'season', 'winter 2022–23'],
    ['Russia launched 4,000 drones in mid-2022.', '4,000', '2022-08-31', 'part-year', 'mid-2022'],
    ['Iran will deliver 1,000 drones by the end of 2022.', '1,000', '2022-12-31', 'part-year', 'late 2022'],
    ['A year ago, Russia had 300 drones.', '300', '2022-06-07', 'year', '2022'],
    ['Three months ago, 30 drones were launched.', '30', '2023-03-07', 'month', 'Mar 2023'],
    ['Two weeks ago, 30 drones were launched.', '30', '2023-05-24', 'about', 'about 24 May 2023'],
  ])('%s → %s', (text, figure, asOf, precision, shown) => {
    const r = read(text, figure);
    expect(r.asOf).toBe(asOf);
    expect(r.span?.precision).toBe(precision);
    expect(r.span!.from <= asOf && asOf <= r.span!.to).toBe(true);
    expect(r.text).toBe(shown);
  });

  it.each([
    // a day only when the words name one, or when the page's own date is the as-of
    ['On 3 March, 40 drones were shot down.', '40', '2023-03-03', '3 Mar 2023'],
    ['Russia launched 40 drones on Monday.', '40', '2023-06-05', '5 Jun 2023'],
    ['Russia launched 40 drones yesterday.', '40', '2023-06-06', '6 Jun 2023'],
    ['Russia has 400 drones.', '400', WED, '7 Jun 2023'],
    ['Russia has launched 400 drones since August.', '400', WED, '7 Jun 2023'],
  ])('%s → a day', (text, figure, asOf, shown) => {
    const r = read(text, figure);
    expect(r.asOf).toBe(asOf);
    expect(r.span).toBeNull();
    expect(r.text).toBe(shown);
  });

  it('names no span it cannot place: an undated page has no year for "last year"', () => {
    expect(read('Russia launched 3,000 drones last year.', '3,000', null)).toMatchObject({ asOf: null, span: null });
  });

  it('gives a set as-of its span only where the stage lands on that very date', () => {
    const text = 'The Biden administration last year said Iran had sold hundreds of drones.';
    const f = extractFigures(text).find((x) => x.text === 'hundreds')!;
    expect(spanForAsOf(text, f, '2023-05-15', '2022-12-31')).toEqual({ from: '2022-01-01', to: '2022-12-31', precision: 'year' });
    // A curator who dated it otherwise keeps a day.
    expect(spanForAsOf(text, f, '2023-05-15', '2022-11-30')).toBeNull();
  });
});

describe('one formatter for a claim\'s date', () => {
  const span = (from: string, to: string, precision: AsOfSpan['precision']): AsOfSpan => ({ from, to, precision });

  it('never reads surer than its span: a span that is not what its precision names reads as its range', () => {
    expect(formatSpan(span('2022-01-01', '2022-12-31', 'part-year'))).toBe('Jan – Dec 2022');
    expect(formatSpan(span('2022-03-01', '2022-05-31', 'quarter'))).toBe('Mar – May 2022');
    expect(formatSpan(span('2022-09-05', '2022-09-30', 'part-month'))).toBe('5–30 Sept 2022');
    expect(formatSpan(span('2022-01-01', '2023-12-31', 'year'))).toBe('2022–2023');
    expect(formatSpan(span('2022-12-29', '2023-01-04', 'days'))).toBe('29 Dec 2022 – 4 Jan 2023');
  });

  it('drops a span the as-of has left (a corrected date), and says an estimate one way', () => {
    const lastYear = span('2022-01-01', '2022-12-31', 'year');
    expect(spanHolding(lastYear, '2023-01-02')).toBeNull();
    expect(formatAsOf({ asOf: '2023-01-02', asOfEstimated: false, asOfSpan: lastYear, publishedEstimate: null })).toBe('2 Jan 2023');
    const estimate = { from: '2022-12-06', to: '2022-12-12' };
    expect(formatAsOf({ asOf: '2022-12-09', asOfEstimated: true, asOfSpan: null, publishedEstimate: estimate })).toBe('unknown, estimated 6 Dec 2022 – 12 Dec 2022');
    expect(formatAsOf({ asOf: '2022-12-09', asOfEstimated: true, asOfSpan: null, publishedEstimate: estimate }, 'short')).toBe('unknown, estimated Dec 2022');
    expect(formatAsOf({ asOf: null, asOfEstimated: false, asOfSpan: null, publishedEstimate: null })).toBe('unknown');
  });

  it('is what the chart, its table, the flag reasons and the CSV all say', () => {
    const m = measure({ id: 'drones', kind: 'count' });
    const c = claim({ measureId: 'drones', sourceId: 'pa', asOf: '2022-12-31', asOfSpan: span('2022-01-01', '2022-12-31', 'year') }, { outlet: 'Press Association' });
    expect(c.asOfText).toBe('2022');
    const p = buildMeasureSeries(m, [c], []).points[0];
    expect(p.dateText).toBe('2022');
    expect(p.category).toContain('2022');
    expect(p.category).not.toMatch(/31 Dec/);
    // The time axis still places it at its as-of.
    expect(p.x).toBe(Date.parse('2022-12-31T00:00:00Z'));
    expect(describeClaim(c)).toBe('“100” (Press Association, 2022)');
    const [head, row] = dataCsv([c]).replace(/^\uFEFF/, '').split('\r\n');
    const cols = head.split(',');
    const cells = row.split(',');
    // Added columns come after the old ones, which keep their places and values.
    expect(cols.slice(0, 21)).toEqual([...CSV_COLUMNS].slice(0, 21));
    expect(cells[cols.indexOf('as_of')]).toBe('2022-12-31');
    expect(cells[cols.indexOf('as_of_text')]).toBe('2022');
    expect(cells[cols.indexOf('as_of_precision')]).toBe('year');
    expect(cells[cols.indexOf('as_of_span_from')]).toBe('2022-01-01');
  });
});
