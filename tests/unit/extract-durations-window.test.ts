import { describe, it, expect } from 'vitest';
import { extractFigures } from '@/server/extract';

// A window of time ("over the past 24 hours") is a time reference, not a figure of the story, as
// extract-asof-relative and extract-not-figures require; what the issue asks for is that it is
// not lost: each figure in its sentence carries it as `period`, with its length and direction.

const periodOf = (text: string, n = 0) => extractFigures(text)[n]?.period ?? null;

describe('durations next to time words', () => {
  it.each([
    ['Prices rose 4% in the last 200 days.', 200, 'days', 'past'],
    ['It happened over the past three weeks, killing 40 people.', 3, 'weeks', 'past'],
    ['In the previous 12 months, sales fell 3%.', 12, 'months', 'past'],
    ['Iran will send 200 drones over the coming five years.', 5, 'years', 'next'],
    ['He signed 30 orders during the first 100 days of his term.', 100, 'days', 'first'],
    ['In the past 24 hours, 30 drones were launched.', 24, 'hours', 'past'],
    ['Over the next two decades, $4 billion will be spent.', 2, 'decades', 'next'],
  ])('%s', (text, value, unit, window) => {
    expect(periodOf(text)).toMatchObject({ value, unit, window });
  });
  it('the window keeps its wording and offsets', () => {
    const text = 'In the past 24 hours, 30 drones were launched.';
    const p = periodOf(text)!;
    expect(text.slice(p.start, p.end)).toBe(p.text);
    expect(p.text).toBe('past 24 hours');
  });
  it('a window in another sentence is not the figure’s', () => {
    expect(periodOf('It rained over the past three weeks. Then 40 homes flooded.')).toBeNull();
  });
  it('two windows: each figure takes its nearest', () => {
    const fs = extractFigures('Sales rose 5% over the past six months and are forecast to rise 2% over the next two years.');
    expect(fs.map((f) => f.period?.window)).toEqual(['past', 'next']);
  });
  it('"two years ago" is still a date, not a duration', () => {
    expect(extractFigures('The war began two years ago.').filter((f) => f.kind === 'duration')).toEqual([]);
  });
  it('"within 18 months" and "in under 30 days" are durations with their qualifier', () => {
    expect(extractFigures('The plant will close within 18 months.').map((f) => [f.value, f.unit, f.kind, f.qualifier, f.low, f.high])).toEqual([[18, 'months', 'duration', 'up-to', null, 18]]);
    const [f] = extractFigures('It must be paid in under 30 days.');
    expect([f.low, f.high, f.qualifier]).toEqual([null, 30, 'less-than']);
  });
});

describe('a window of one unit, its number unsaid', () => {
  it.each([
    ['Over the next decade, $4 billion will be spent.', 'next decade', 'decades', 'next'],
    ['In the past year, 300 homes were built.', 'past year', 'years', 'past'],
    ['Over the last week, 12 drones were downed.', 'last week', 'weeks', 'past'],
    ['For the next decade, spending will rise 3% a year.', 'next decade', 'decades', 'next'],
  ])('%s', (text, wording, unit, window) => {
    expect(periodOf(text)).toMatchObject({ text: wording, value: 1, unit, window });
  });
  it('"last year" alone is a calendar year, and a possessive is no window', () => {
    expect(periodOf('Last year 300 homes were built.')).toBeNull();
    expect(periodOf('The past year’s budget was $3 billion.')).toBeNull();
    expect(periodOf('In the first quarter, sales rose 4%.')).toBeNull();
  });
});

describe('a window after "for" with no other figure is the sentence’s figure: how long something lasts', () => {
  it.each([
    ['Rebels have held the town for the last 200 days.', 'last 200 days', 200, 'days'],
    ['The plan sets out spending for the next decade.', 'next decade', 1, 'decades'],
    ['The ceasefire has held for the past week.', 'past week', 1, 'weeks'],
    ['Talks have stalled for the past three months.', 'past three months', 3, 'months'],
  ])('%s', (text, span, value, unit) => {
    expect(extractFigures(text).map((f) => [f.text, f.kind, f.value, f.unit, f.qualifier])).toEqual([[span, 'duration', value, unit, 'exact']]);
  });
  it('with another figure in its sentence, the window stays that figure’s period', () => {
    expect(extractFigures('For the next decade, spending will rise 3% a year.').map((f) => [f.text, f.period?.text])).toEqual([['3%', 'next decade']]);
  });
  it('"over the past ..." frames what happened; alone it is still no figure', () => {
    expect(extractFigures('Over the past 24 hours, drones kept coming.')).toEqual([]);
  });
});
