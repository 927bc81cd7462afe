import { describe, it, expect } from 'vitest';
import { extractFigures } from '@/server/extract';

describe('compound and split wording', () => {
  it.each([
    ['The crowd was two million and 40,000.', 2040000],
    ['Losses reached three billion and 200 million.', 3.2e9],
    ['It cost $1 million and 500,000.', 1.5e6],
    ['A total of five thousand and twenty people.', 5020],
  ])('%s is one figure', (text, value) => {
    const fs = extractFigures(text);
    expect(fs.map((f) => f.value)).toEqual([value]);
  });
  it('two figures joined by "and" stay two when the second is not a remainder', () => {
    expect(extractFigures('It killed two million and injured 40,000.').map((f) => f.value)).toEqual([2e6, 40000]);
    expect(extractFigures('between 2 million and 3 million').length).toBe(1);
  });
  // extract-numbers-breadth pins "a 10,000-strong force" to no counted thing; the value is what counts here.
  it.each([
    ['A 1.2 million-strong army.', 1.2e6],
    ['A 40,000-strong crowd filled the stadium.', 40000],
    ['a 300-strong workforce', 300],
  ])('%s', (text, value) => {
    expect(extractFigures(text).map((f) => f.value)).toEqual([value]);
  });
  it('The bill passed 62-35 in the Senate: two figures, for and against, not a range nor minus 18', () => {
    const fs = extractFigures('The bill passed 62-35 in the Senate.');
    expect(fs.map((f) => [f.text, f.value, f.low, f.high, f.qualifier, f.unit, f.vote])).toEqual([
      ['62', 62, 62, 62, 'exact', 'votes', 'for'],
      ['35', 35, 35, 35, 'exact', 'votes', 'against'],
    ]);
  });
  it('a tally of votes written out stays two figures', () => {
    expect(extractFigures('The motion was carried by 310 votes to 250.').map((f) => [f.value, f.qualifier, f.vote])).toEqual([[310, 'exact', 'for'], [250, 'exact', 'against']]);
  });
  it('a score stays out', () => {
    expect(extractFigures('City won 3-1 at home.')).toEqual([]);
  });
});

describe('tallies of votes', () => {
  const sides = (s: string) => extractFigures(s).map((f) => [f.value, f.vote ?? null]);
  it.each([
    ['The Senate voted 51-49 to confirm her.', [[51, 'for'], [49, 'against']]],
    ['The House voted 220-212 for the bill.', [[220, 'for'], [212, 'against']]],
    ['The board approved it by a vote of 7-2.', [[7, 'for'], [2, 'against']]],
    ['The council voted 9 to 2 in favour.', [[9, 'for'], [2, 'against']]],
    ['The ballot margin was 62–35.', [[62, 'for'], [35, 'against']]],
    ['In a 62-35 vote, senators backed the plan.', [[62, 'for'], [35, 'against']]],
    ['The tally stood at 1,234-987.', [[1234, 'for'], [987, 'against']]],
    ['The motion passed with 7 in favour and 2 against.', [[7, 'for'], [2, 'against']]],
    ['The resolution was adopted with 141 votes for, 5 against.', [[141, 'for'], [5, 'against']]],
    ['The amendment failed 45-55.', [[45, 'for'], [55, 'against']]],
  ])('%s', (text, want) => {
    expect(sides(text)).toEqual(want);
  });
  it.each([
    // Winners are written first: the larger count of a rejection is those against.
    ['MPs rejected the deal by 432 votes to 202.', [[432, 'against'], [202, 'for']]],
    ['The committee voted 7-2 against the proposal.', [[7, 'against'], [2, 'for']]],
    ['The measure was rejected 5-4 by the court.', [[5, 'against'], [4, 'for']]],
  ])('a rejection: %s', (text, want) => {
    expect(sides(text)).toEqual(want);
  });
  it.each([
    ['Voters backed the plan 62% to 38%.', [[62, 'for'], [38, 'against']]],
    ['Voters rejected it 58%-42%.', [[58, 'against'], [42, 'for']]],
    ['Support rose from 40% to 55%.', [[40, null], [55, null]]],
    ['Prices rose 5% to 6%.', [[5, null], [6, null]]],
  ])('shares of a vote: %s', (text, want) => {
    expect(sides(text)).toEqual(want);
  });
  it('sports scores, ranges and dates read as before', () => {
    expect(extractFigures('The Lakers won 112-104.').map((f) => [f.value, f.vote ?? null])).toEqual([[112, null], [104, null]]);
    expect(extractFigures('The council approved 20-30 new homes.').map((f) => [f.low, f.high, f.unit, f.vote ?? null])).toEqual([[20, 30, 'homes', null]]);
    expect(extractFigures('The board approved a 5-10% rise.').map((f) => [f.low, f.high, f.unit])).toEqual([[5, 10, '%']]);
    expect(extractFigures('Voters approved the 2022-23 budget.')).toEqual([]);
    expect(extractFigures('Temperatures of 20-25C are expected.').map((f) => [f.low, f.high, f.unit])).toEqual([[20, 25, '°C']]);
  });
});

describe('fractions and hedges', () => {
  it.each([
    ['A third of voters agreed.', 1 / 3],
    ['Two-thirds of respondents disagreed.', 2 / 3],
    ['a quarter of the budget', 0.25],
  ])('%s', (text, value) => {
    const [f] = extractFigures(text);
    expect([f.kind, f.value]).toEqual(['fraction', expect.closeTo(value, 6)]);
  });
  it.each([
    ['The number was closer to 2,000.', 'about', 1800, 2200],
    ['Upwards of 2,000 people came.', 'more-than', 2000, null],
    ['Nearer to 500 people came.', 'about', 450, 550],
    ['The figure was close to 300.', 'nearly', null, null],
  ])('%s', (text, qualifier, low, high) => {
    const [f] = extractFigures(text);
    expect(f.qualifier).toBe(qualifier);
    if (low !== null) expect(f.low).toBe(low);
    if (high !== null) expect(f.high).toBe(high);
  });
});

describe('shares written out', () => {
  it.each([
    ['Four out of 10 children are affected.', 'Four out of 10', 0.4, 'children'],
    ['Nine out of every ten doctors agree.', 'Nine out of every ten', 0.9, 'doctors'],
    ['Two-thirds of the budget went, and half of the staff left.', 'half', 0.5, 'staff'],
  ])('%s', (text, span, value, thing) => {
    const f = extractFigures(text).find((x) => x.text === span);
    expect([f?.kind, f?.value, f?.thing]).toEqual(['fraction', value, thing]);
  });
  it('"half the homes" is a share; "half the time" and "two and half" are not', () => {
    expect(extractFigures('Half the homes were flooded.').map((f) => [f.text, f.value])).toEqual([['Half', 0.5]]);
    expect(extractFigures('It rained half the time.')).toEqual([]);
  });
});

describe('a second tally whose verb is the first one’s', () => {
  it('"voted 51 to 49 and the House 218-214": two tallies', () => {
    expect(extractFigures('The Senate voted 51 to 49 and the House 218-214.').map((f) => [f.value, f.vote])).toEqual([[51, 'for'], [49, 'against'], [218, 'for'], [214, 'against']]);
  });
  it('a score in the next clause is not one', () => {
    expect(extractFigures('The Senate voted 51 to 49; the game ended 3-1.').filter((f) => f.vote).map((f) => f.value)).toEqual([51, 49]);
  });
});
