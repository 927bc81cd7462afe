import { describe, it, expect } from 'vitest';
import { resolveAsOf } from '@/server/extract';

/** As-of for the figure written `span` in `text`. */
function asOf(text: string, span: string, published: string | null) {
  const start = text.indexOf(span);
  expect(start).toBeGreaterThanOrEqual(0);
  return resolveAsOf(text, { start, end: start + span.length }, published);
}

describe('as-of dates', () => {
  it.each([
    ['Since August, Iran has provided Russia with more than 400 UAVs.', 'more than 400', '2023-05-15', '2023-05-15', '2022-08-01'],
    ['Since August, Iran has provided Russia with more than 400 UAVs.', 'more than 400', '2023-09-01', '2023-09-01', '2023-08-01'],
    ['The administration last year said Iran sold hundreds of drones.', 'hundreds', '2023-05-15', '2022-12-31', null],
    ['Putin annexed four provinces in late September.', 'four', '2022-12-09', '2022-09-30', null],
    ['Ukraine reported 40 strikes yesterday.', '40', '2023-05-15', '2023-05-14', null],
    ['Russia fired 80 missiles last month.', '80', '2023-05-15', '2023-04-30', null],
    ['Russia fired 80 missiles last month.', '80', '2023-03-31', '2023-02-28', null],
    ['On 15 May 2023 it had 300 drones.', '300', null, '2023-05-15', null],
    ['By May 15, 2023 it had 300 drones.', '300', '2023-06-01', '2023-05-15', null],
    ['By May 15 it had 300 drones.', '300', '2023-06-01', '2023-05-15', null],
    ['As of 2023-03-01 some 30 drones were downed.', '30', '2023-05-17', '2023-03-01', null],
    ['Since 2014 some 14,000 people have died.', '14,000', '2022-01-01', '2022-01-01', '2014-01-01'],
    ['Since February 24, 2022, 30 drones were downed.', '30', '2023-05-17', '2023-05-17', '2022-02-24'],
    ['In the past six months, 500 drones were fired.', '500', '2023-05-15', '2023-05-15', '2022-11-15'],
    ['Two years ago, 500 drones were fired.', '500', '2023-05-15', '2021-05-15', null],
    ['On Monday, 30 drones were downed.', '30', '2023-05-17', '2023-05-15', null],
    ['In mid-2022 some 30 drones were downed.', '30', '2023-05-17', '2022-08-31', null],
    ['In 2022, 3,500 people applied.', '3,500', '2023-05-17', '2022-12-31', null],
    ['Since the start of the year 30 drones were downed.', '30', '2023-05-17', '2023-05-17', '2023-01-01'],
    ['This year 30 drones were downed.', '30', '2023-05-17', '2023-05-17', null],
    ['Iran sent 400 drones.', '400', '2023-05-15', '2023-05-15', null],
  ])('%s (published %s)', (text, span, published, want, start) => {
    expect(asOf(text, span, published)).toMatchObject({ asOf: want, periodStart: start });
  });

  it('leaves relative dates unresolved without a publication date', () => {
    expect(asOf('Since August, Iran has provided more than 400 UAVs.', 'more than 400', null)).toMatchObject({ asOf: null, periodStart: null });
    expect(asOf('Ukraine reported 40 strikes yesterday.', '40', null)).toMatchObject({ asOf: null, periodStart: null });
  });

  it('reads only the figure’s own sentence', () => {
    const text = 'Last year was calm. Russia fired 80 missiles.';
    expect(asOf(text, '80', '2023-05-15')).toMatchObject({ asOf: '2023-05-15', periodStart: null });
  });

  it('never dates a figure after its page', () => {
    expect(asOf('This month 30 drones were downed.', '30', '2023-05-17').asOf).toBe('2023-05-17');
  });
});
