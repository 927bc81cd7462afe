import type { Literal } from '../types';
import { dict } from '../text/util';

export { tidy } from '../text/util';

/** Unicode vulgar fractions, which tokenize as digits and may be glued to a whole number ("9½"). */
export const VULGAR: Record<string, number> = dict({
  '½': 1 / 2, '⅓': 1 / 3, '⅔': 2 / 3, '¼': 1 / 4, '¾': 3 / 4, '⅕': 1 / 5, '⅖': 2 / 5,
  '⅗': 3 / 5, '⅘': 4 / 5, '⅙': 1 / 6, '⅚': 5 / 6, '⅛': 1 / 8, '⅜': 3 / 8, '⅝': 5 / 8, '⅞': 7 / 8,
});

const NUMBER = /^(\d{1,3}(?:,\d{3})+|\d+)?(\.\d+)?([½⅓⅔¼¾⅕⅖⅗⅘⅙⅚⅛⅜⅝⅞])?(\p{L}*)$/u;
const SCIENTIFIC = /^(\d+(?:\.\d+)?)e(\d{1,3})$/i;

/**
 * Reads the number at the start of a `num` token: "6,000", "1.7", ".08", "9½", "3bn", "29km".
 * Returns null for anything that is not one number followed by letters ("15.05.2023", "4x4").
 */
export function parseLiteral(raw: string): Literal | null {
  const sci = SCIENTIFIC.exec(raw);
  if (sci) {
    const value = Number(sci[1]) * 10 ** Number(sci[2]);
    return { value, numLength: raw.length, suffix: '', hasComma: false, hasDecimal: true, leadingZero: false, intDigits: 0 };
  }
  const m = NUMBER.exec(raw);
  if (!m || (m[1] === undefined && m[2] === undefined && m[3] === undefined)) return null;
  const intPart = m[1] ?? '';
  const decPart = m[2] ?? '';
  const vulgar = m[3] ?? '';
  const digits = intPart.replace(/,/g, '');
  let value = Number((digits || '0') + decPart);
  if (vulgar) value += VULGAR[vulgar];
  if (!Number.isFinite(value)) return null;
  return {
    value,
    numLength: raw.length - m[4].length,
    suffix: m[4].toLowerCase(),
    hasComma: intPart.includes(','),
    hasDecimal: decPart.length > 0,
    leadingZero: digits.length > 1 && digits.startsWith('0') && decPart.length === 0,
    intDigits: digits.length,
  };
}

/** A bare vulgar fraction token ("½" on its own). */
export function vulgarValue(raw: string): number | null {
  return raw.length === 1 && raw in VULGAR ? VULGAR[raw] : null;
}
