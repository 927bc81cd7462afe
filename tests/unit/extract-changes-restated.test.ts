import { describe, it, expect } from 'vitest';
import { extractFigures } from '@/server/extract';

// Market copy states a change twice, in two units, then the level it reached: "closed down 45.2
// points, or 0.6%, at 7,512.3". Each is read with its meaning; so is a level "to a record", and
// a change "from 4.2 million in 2010 to 5.1 million in 2020" with a date between its ends.

const changes = (text: string) => extractFigures(text).map((f) => [f.text, f.change?.role ?? null, f.change?.direction ?? null]);

describe('a change restated in another unit, then its level', () => {
  it.each([
    ['The Nikkei closed down 45.2 points, or 0.6%, at 7,512.3.', [['45.2', 'delta', 'down'], ['0.6%', 'delta', 'down'], ['7,512.3', 'level', 'down']]],
    ['Shares of the carmaker rose $12.50, or 5%, to $262.', [['$12.50', 'delta', 'up'], ['5%', 'delta', 'up'], ['$262', 'level', 'up']]],
    ['Brent gained 80 cents, or about 1%, to $81.20.', [['80 cents', 'delta', 'up'], ['1%', 'delta', 'up'], ['$81.20', 'level', 'up']]],
  ])('%s', (text, want) => {
    expect(changes(text).map(([s, r, d]) => [String(s).replace(/^about /, ''), r, d])).toEqual(want);
  });
  it('"or" between two figures with no change before them is no restatement', () => {
    expect(changes('It costs $5, or 4 euros.').map((c) => c[1])).toEqual([null, null]);
  });
});

describe('a level reached "to a record", "to a new high of"', () => {
  it.each([
    ['Exports rose 8.5% to a record 1.2 trillion yen.', '1.2 trillion yen', 'up'],
    ['The index climbed 2% to a new high of 4,800.', '4,800', 'up'],
    ['Reserves fell 3% to a record low of $40 billion.', '$40 billion', 'down'],
  ])('%s', (text, level, direction) => {
    expect(changes(text).find(([s]) => s === level)).toEqual([level, 'level', direction]);
  });
});

describe('from one figure to another, with the first one’s date between', () => {
  it.each([
    ['The population grew from 4.2 million in 2010 to 5.1 million in 2020.', '4.2 million', '5.1 million', 'up'],
    ['Output fell from 900 tonnes in June to 650 tonnes.', '900 tonnes', '650 tonnes', 'down'],
  ])('%s', (text, from, to, direction) => {
    expect(changes(text)).toEqual([[from, 'from', direction], [to, 'to', direction]]);
  });
});

describe('"in a decade" after a superlative is no duration', () => {
  it.each(['Prices jumped 30%, the biggest rise in a decade.', 'It was the first time in a century that the river froze.', 'Sales hit their highest level in a decade.'])('%s', (text) => {
    expect(extractFigures(text).filter((f) => f.kind === 'duration')).toEqual([]);
  });
  it('"spent a decade in prison" still is', () => {
    expect(extractFigures('He spent a decade in prison.').map((f) => [f.kind, f.unit])).toEqual([['duration', 'decades']]);
  });
});
