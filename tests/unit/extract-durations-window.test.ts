import { describe, it, expect } from 'vitest';
import { extractFigures } from '@/server/extract';

const durations = (text: string) => extractFigures(text).filter((f) => f.kind === 'duration');

describe('durations next to time words', () => {
  it.each([
    ['Prices rose in the last 200 days.', 200, 'days', 'past'],
    ['It happened over the past three weeks.', 3, 'weeks', 'past'],
    ['Rates will stay high for the next decade.', 1, 'decades', 'next'],
    ['In the previous 12 months, sales fell.', 12, 'months', 'past'],
    ['over the coming five years', 5, 'years', 'next'],
    ['during the first 100 days of his term', 100, 'days', 'first'],
    ['in the past 24 hours', 24, 'hours', 'past'],
    ['over the next two decades', 2, 'decades', 'next'],
  ])('%s', (text, value, unit, window) => {
    const [f] = durations(text);
    expect([f?.value, f?.unit, f?.qualifier, f?.window]).toEqual([value, unit, 'exact', window]);
  });
  it.each([
    ['The plant will close within 18 months.', 18, 'months'],
    ['Results are due within two weeks.', 2, 'weeks'],
    ['It must be paid in under 30 days.', 30, 'days'],
  ])('%s is at most', (text, high, unit) => {
    const [f] = durations(text);
    expect([f?.low, f?.high, f?.unit, f?.qualifier]).toEqual([null, high, unit, 'up-to']);
  });
  it('"two years ago" is still a date, not a duration', () => {
    expect(durations('The war began two years ago.')).toEqual([]);
  });
  it('"last year" is a date, not a duration', () => {
    expect(durations('Profits rose last year and over the past year.').length).toBeLessThanOrEqual(1);
  });
});
