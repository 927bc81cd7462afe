import { dict } from '../../text/util';
/** Words that name a number below a hundred. */
export const ONES: Record<string, number> = dict({
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9,
  ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16,
  seventeen: 17, eighteen: 18, nineteen: 19,
});
export const TENS: Record<string, number> = dict({
  twenty: 20, thirty: 30, forty: 40, fourty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
});

/** Scale words; `hundred` multiplies within a group, the others close a group. */
export const SCALES: Record<string, number> = dict({
  hundred: 100, thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12, lakh: 1e5, crore: 1e7,
});

/** Multipliers written after digits, spaced or glued: "1.7 billion", "3bn", "10k", "£5m". */
export const DIGIT_MULTIPLIERS: Record<string, number> = dict({
  hundred: 100, thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12,
  k: 1e3, m: 1e6, mn: 1e6, mln: 1e6, mil: 1e6, b: 1e9, bn: 1e9, bln: 1e9, tn: 1e12, trn: 1e12,
  lakh: 1e5, lakhs: 1e5, crore: 1e7, crores: 1e7, dozen: 12, dozens: 12,
});

/** Words for a fraction's denominator: "two thirds", "a quarter", "three-fifths". */
export const FRACTION_WORDS: Record<string, number> = dict({
  half: 2, halves: 2, third: 3, thirds: 3, quarter: 4, quarters: 4, fourth: 4, fourths: 4,
  fifth: 5, fifths: 5, sixth: 6, sixths: 6, seventh: 7, sevenths: 7, eighth: 8, eighths: 8,
  ninth: 9, ninths: 9, tenth: 10, tenths: 10, twelfth: 12, twelfths: 12, twentieth: 20, twentieths: 20,
  hundredth: 100, hundredths: 100, thousandth: 1000, thousandths: 1000, millionth: 1e6, millionths: 1e6,
  billionth: 1e9, billionths: 1e9, trillionth: 1e12, trillionths: 1e12,
});

/** Plural scale words that make a vague amount on their own ("hundreds of attack drones"). */
export const VAGUE_WORDS: Record<string, 'dozens' | 'scores' | 'hundreds' | 'thousands' | 'millions' | 'billions' | 'trillions'> = dict({
  dozens: 'dozens', scores: 'scores', hundreds: 'hundreds', thousands: 'thousands',
  millions: 'millions', billions: 'billions', trillions: 'trillions',
});

/** "several hundred", "a few thousand": the singular scale word maps to its vague plural. */
export const VAGUE_SINGULAR: Record<string, string> = dict({
  dozen: 'dozens', hundred: 'hundreds', thousand: 'thousands', million: 'millions', billion: 'billions', trillion: 'trillions',
});
export const VAGUE_LEADS = new Set(['several', 'few', 'many', 'multiple', 'some']);

export function isNumberWord(w: string): boolean {
  return w in ONES || w in TENS || w in SCALES || w === 'dozen';
}

/** Words after "one" that make it a pronoun or idiom rather than a count. */
export const ONE_IDIOMS = new Set([
  'of', 'another', 'day', 'by', 'way', 'point', 'thing', 'who', 'which', 'that', 'another’s', "another's",
  'time', 'side', 'hand', 'after', 'is', 'was', 'has', 'had', 'can', 'could', 'would', 'should',
  'will', 'must', 'might', 'may', 'does', 'did', 'on', 'at', 'for', 'to', 'with', 'from', 'as',
]);
/** Words before "one" that make it a pronoun: "no one", "the one", "each one". */
export const ONE_PRONOUN_LEADS = new Set([
  'no', 'the', 'this', 'that', 'which', 'each', 'every', 'any', 'some', 'someone', 'anyone', 'only', 'little',
  'big', 'new', 'old', 'last', 'first', 'next', 'other', 'same', 'such', 'another', 'favourite', 'right', 'wrong',
]);
