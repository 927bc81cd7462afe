import { describe, expect, it } from 'vitest';
import { withinSource } from '@/server/domain/flags/conflicts';
import { comparable, EMPTY_FX } from '@/server/domain/compare';
import { intervalFor } from '@/server/domain/value';
import { claim, measure } from './fixtures';

/*
 * Within-source: one page giving two figures of one total or level at one time. A page that tells
 * the figure as it moved ("At first … 1,800", "widened to 2 km", "have now left") is not
 * contradicting itself; one that names a smaller figure as the standing whole still is.
 */
const m = measure({ id: 'evacuated', kind: 'cumulative-count', unit: 'people' });
function page(...sentences: [string, string, number][]) {
  let offset = 0;
  return sentences.map(([quote, text, n]) => {
    const at = quote.indexOf(text);
    const c = claim({ measureId: m.id, sourceId: 'live-page', unit: 'people', value: intervalFor({ qualifier: 'exact', n }, text), quote, start: offset, end: offset + quote.length, figureStart: offset + at, figureEnd: offset + at + text.length, asOf: '2024-03-12' });
    offset += quote.length + 1;
    return comparable(c, m, EMPTY_FX)!;
  });
}

describe('a page that tells a total as it moved', () => {
  it.each([
    [['At first the council evacuated 1,800 people near the depot.', '1,800', 1800], ['By evening 4,300 people had left their homes.', '4,300', 4300]],
    [['The prefecture orders the evacuation of 1,800 residents.', '1,800', 1800], ['About 4,300 people have now been evacuated.', '4,300', 4300]],
    [['Some 1,800 residents were moved out overnight.', '1,800', 1800], ['The count rose to 4,300 by the afternoon.', '4,300', 4300]],
  ] as [string, string, number][][])('%s … raises no within-source flag', (a, b) => {
    expect(withinSource(m, page(a, b))).toEqual([]);
  });
});

describe('a page that contradicts itself is still flagged', () => {
  it.each([
    [['The toll rose to 62 on Monday.', '62', 62], ['Families of the 48 people who have died so far gathered at the church.', '48', 48]],
    [['About 4,300 people have now been evacuated.', '4,300', 4300], ['All 1,800 evacuees are in the sports hall.', '1,800', 1800]],
    [['Some 4,300 people were evacuated.', '4,300', 4300], ['The 1,800 evacuees were given blankets.', '1,800', 1800]],
  ] as [string, string, number][][])('%s … is within-source', (a, b) => {
    expect(withinSource(m, page(a, b)).map((f) => f.kind)).toEqual(['within-source']);
  });
});
