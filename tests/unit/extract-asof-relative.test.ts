import { describe, it, expect } from 'vitest';
import { extractFigures, resolveAsOf } from '@/server/extract';

// Dates relative to the page's own date, in phrasings written for this suite. 2023-06-07 is a
// Wednesday; each case says what a careful reader would put on the chart.
const WED = '2023-06-07';

function asOf(text: string, span: string, published: string | null = WED) {
  const f = extractFigures(text).find((x) => x.text === span);
  expect(f, `figure ${span} in ${text}`).toBeDefined();
  return resolveAsOf(text, f!, published);
}

describe('as-of dates relative to publication', () => {
  it.each([
    // weekdays: the most recent one on or before the page
    ['Ukraine\'s air force said on Monday that 30 drones were shot down.', '30', '2023-06-05', null],
    ['On Wednesday, 40 drones were downed.', '40', '2023-06-07', null],
    ['Russia fired 40 drones early on Sunday.', '40', '2023-06-04', null],
    ['Last Thursday, 40 drones were downed.', '40', '2023-06-01', null],
    // weeks, months and years
    ['Russia launched 30 drones last week.', '30', '2023-06-03', null],
    ['Russia launched more than 1,200 drones in May.', 'more than 1,200', '2023-05-31', null],
    ['Russia launched more than 1,200 drones in July.', 'more than 1,200', '2022-07-31', null],
    ['Russia launched 3,000 drones last year.', '3,000', '2022-12-31', null],
    ['A year ago, Russia had 300 drones.', '300', '2022-06-07', null],
    ['Two weeks ago, 30 drones were launched.', '30', '2023-05-24', null],
    ['Iran will deliver 1,000 drones by the end of 2022.', '1,000', '2022-12-31', null],
    ['In May 2022, 2,000 drones were launched.', '2,000', '2022-05-31', null],
    ['Kyiv shot down 223 drones in the first half of May.', '223', '2023-05-15', null],
    ['In the second half of March 2022, 90 drones were launched.', '90', '2022-03-31', null],
    ['Russia launched 4,000 drones in the first half of 2022.', '4,000', '2022-06-30', null],
    // explicit dates
    ['On 3 March, 40 drones were shot down.', '40', '2023-03-03', null],
    ['On March 3, 2023, 40 drones were shot down.', '40', '2023-03-03', null],
    ['On 3 March 2022, 40 drones were shot down.', '40', '2022-03-03', null],
    ['On Feb. 24, 2022, 40 drones were shot down.', '40', '2022-02-24', null],
    ['In February last year, 30 drones were launched.', '30', '2022-02-28', null],
    ['In March of this year, 30 drones were launched.', '30', '2023-03-31', null],
    // periods
    ['Russia has launched 1,000 drones since September.', '1,000', '2023-06-07', '2022-09-01'],
    ['Since last September, 2,000 drones were launched.', '2,000', '2023-06-07', '2022-09-01'],
    ['In the past week, 300 drones were launched.', '300', '2023-06-07', '2023-05-31'],
    ['Over the last month, 300 drones were launched.', '300', '2023-06-07', '2023-05-07'],
    ['Between January and March, 300 drones were launched.', '300', '2023-03-31', '2023-01-01'],
    ['Between Oct. 10 and Nov. 1, 300 drones were launched.', '300', '2022-11-01', '2022-10-10'],
    ['Over the weekend, 30 drones were launched.', '30', '2023-06-04', null],
    ['From January to March, 300 drones were launched.', '300', '2023-03-31', '2023-01-01'],
    // seasons and quarters (northern hemisphere, as the wires write them)
    ['Last summer, Iran sent 400 drones.', '400', '2022-08-31', null],
    ['Last autumn, Iran sent 400 drones.', '400', '2022-11-30', null],
    ['In the autumn of 2022, Iran sent 400 drones.', '400', '2022-11-30', null],
    ['In the first quarter, 300 drones were launched.', '300', '2023-03-31', null],
    ['In the fourth quarter of 2022, 300 drones were launched.', '300', '2022-12-31', null],
    // the day before
    ['The previous day, 40 drones were downed.', '40', '2023-06-06', null],
  ])('%s', (text, span, want, start) => {
    expect(asOf(text, span)).toMatchObject({ asOf: want, periodStart: start });
  });
});

describe('time references are not figures', () => {
  it.each([
    ['Over the past 24 hours, 30 drones were launched.', ['30']],
    ['In the last two weeks, Russia fired 300 drones.', ['300']],
    ['Over the next six months Iran will send 200 drones.', ['200']],
  ])('%s', (text, spans) => {
    expect(extractFigures(text).map((f) => f.text)).toEqual(spans);
  });
});

describe('a count within a stated span is not a running total', () => {
  it.each([
    ['Russia launched 4,630 drones in 2023.', '4,630', true],
    ['Russia launched 600 drones in late September alone.', '600', true],
    ['Russia launched 30 drones last week.', '30', true],
    ['During 2022 Russia fired 4,000 drones.', '4,000', true],
    ['Kyiv shot down 223 drones in the first half of May.', '223', true],
    ['Iran has sent 400 drones since August.', '400', false],
    ['As of May, Iran had sent 400 drones.', '400', false],
    ['Iran sent 300 drones on Monday.', '300', false],
    ['Iran has sent 400 drones.', '400', false],
  ])('%s', (text, span, within) => {
    expect(asOf(text, span).within).toBe(within);
  });

  it('is not placed on a cumulative measure without a person', async () => {
    const { analyseArticle } = await import('@/server/extract');
    const measures = [{ id: 'drones-expended', topicId: 't', title: 'Drones used', description: '', unit: 'drones', currency: null, kind: 'cumulative-count' as const, referenceDate: null, tolerance: 0.05, keywords: ['launched', 'fired'], position: 1 }];
    const [inYear] = analyseArticle('Russia launched 4,630 drones in 2022.', WED, measures);
    const [total] = analyseArticle('Russia has launched 4,630 drones since the war began.', WED, measures);
    expect(inYear.measure.confidence).toBeLessThan(0.75);
    expect(inYear.measure.reason).toMatch(/stated period/);
    expect(total.measure.confidence).toBeGreaterThan(inYear.measure.confidence);
  });
});

describe('a date after another number belongs to that number', () => {
  it('"$193,000, down from $375,000 in 2022": only the second is dated 2022', () => {
    const text = 'The average Shahed costs $193,000, down from $375,000 in 2022.';
    expect(asOf(text, '$193,000').asOf).toBe(WED);
    expect(asOf(text, '$375,000').asOf).toBe('2022-12-31');
  });
});

describe('a date right after the event’s noun dates the event, not the tally', () => {
  it.each([
    ['Six people died and 47 were injured in the derailment on the night of 3 June.', '47', WED],
    ['The blast of 2 June injured 47 people, the hospital said.', '47', WED],
  ])('%s', (text, span, want) => {
    expect(asOf(text, span).asOf).toBe(want);
  });
  it('while a date of the figure’s own clause still dates it: “On 3 June, 47 people were injured”', () => {
    expect(asOf('On 3 June, 47 people were injured.', '47').asOf).toBe('2023-06-03');
  });
});
