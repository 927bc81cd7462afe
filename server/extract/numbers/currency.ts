import type { Token } from '../types';
import { CURRENCY_NATIONS, CURRENCY_SIGNS, CURRENCY_WORDS, DOLLAR_ADJECTIVES, DOLLAR_PREFIXES } from './lexicon/units';
import { CODE_ALIASES, ISO_CODES } from '../text/codes';
import { CURRENCY_FAMILY, NATIONAL_CURRENCIES, SIGN_PREFIXES } from './lexicon/currency';
import { isCapitalised } from '../text/nouns';
import { parseLiteral } from './literal';
import { dict } from '../text/util';


export interface CurrencyMark {
  /** ISO 4217, or null for a mark several currencies share ("kr": SEK, NOK, DKK, ISK). */
  code: string | null;
  /** The unit the figure keeps when `code` is null ("kr"). */
  unit?: string;
  /** Token index of the first token of the mark (prefix) or the last (suffix). */
  edge: number;
}

function codeOf(raw: string): string | null {
  if (ISO_CODES.has(raw)) return raw;
  return CODE_ALIASES[raw] ?? null;
}

/** A currency written before the number at token `first`: "$", "US$", "€", "USD ", "Rs.". */
export function currencyBefore(t: Token[], first: number): CurrencyMark | null {
  let k = first - 1;
  const p = t[k];
  if (p === undefined) return null;
  const sign = CURRENCY_SIGNS[p.raw];
  if (sign !== undefined) {
    const q = t[k - 1];
    if (p.raw === '$' && q !== undefined && !p.spaced && q.kind === 'word' && q.lower in DOLLAR_PREFIXES) {
      return { code: DOLLAR_PREFIXES[q.lower], edge: k - 1 };
    }
    const other = SIGN_PREFIXES[p.raw];
    if (other !== undefined && q !== undefined && !p.spaced && q.kind === 'word' && q.lower in other) return { code: other[q.lower], edge: k - 1 };
    return { code: sign, edge: k };
  }
  // "$US4.5 million", "$A 300 million": the country letters after the sign, in capitals.
  if (p.kind === 'word' && p.raw === p.raw.toUpperCase() && p.lower in DOLLAR_PREFIXES && t[k - 1]?.raw === '$' && !p.spaced) {
    return { code: DOLLAR_PREFIXES[p.lower], edge: k - 1 };
  }
  if (p.raw === '.' && !p.spaced && (t[k - 1]?.raw === 'Rs' || t[k - 1]?.lower === 'kr' || t[k - 1]?.raw === 'Fr' || t[k - 1]?.raw === 'SFr')) k -= 1;
  // "kr 500", "kr. 500": the krona and krone share one mark; regional.ts settles which.
  if (t[k]?.lower === 'kr' && t[k].kind === 'word') return { code: null, unit: 'kr', edge: k };
  if (t[k]?.raw === 'R' && k === first - 1 && randBefore(t, first)) return { code: 'ZAR', edge: k };
  const code = codeOf(t[k]?.raw ?? '');
  return code !== null ? { code, edge: k } : null;
}

/** Currency words no one country owns, kept without an ISO code until a country named nearby settles them. */
const UNSETTLED_WORDS: Record<string, string> = dict({ dinar: 'dinars', dinars: 'dinars', shilling: 'shillings', shillings: 'shillings' });

const ROADS = new Set(['road', 'route', 'highway', 'motorway', 'freeway', 'expressway', 'junction', 'series', 'class', 'engine', 'model']);

/**
 * "R500", "R18.50", "R2.5 million", "R 1 200": South African rand, written with one capital R.
 * Glued to the amount, or spaced before an amount written like money (thousands grouped, cents,
 * a multiplier). Not a model or a road: "BMW R1250", "Yamaha R1", "the R500 road", "R2-D2".
 */
function randBefore(t: Token[], first: number): boolean {
  const num = t[first];
  const lit = num.kind === 'num' ? parseLiteral(num.raw) : null;
  if (lit === null || lit.value < 1 || lit.leadingZero) return false;
  const next = t[first + 1];
  if (num.spaced) {
    const grouped = next?.kind === 'num' && next.spaced && /^\d{3}$/.test(next.raw);
    const multiplied = next?.kind === 'word' && /^(?:million|billion|trillion|bn|m|tn)$/.test(next.lower);
    if (!(lit.hasComma || lit.hasDecimal || grouped || multiplied || lit.suffix === 'bn' || lit.suffix === 'm')) return false;
  }
  if (next !== undefined && ((next.raw === '-' && !next.spaced) || (next.kind === 'word' && ROADS.has(next.lower)))) return false;
  const q = t[first - 2];
  if (q === undefined || q.kind !== 'word' || t[first - 1].broken) return true;
  // A maker's name before it ("BMW R1250", "Yamaha R1"): capitals mid-sentence name a model.
  if (/^[A-Z]{2,}$/.test(q.raw)) return false;
  const beforeName = t[first - 3];
  return !(isCapitalised(q.raw) && beforeName !== undefined && !q.broken && (beforeName.kind === 'word' || beforeName.raw === ','));
}

/**
 * A currency written after the number (or after the vague amount's "of"): "140 million euros",
 * "billions of dollars", "1.7 billion USD", "100 US dollars", "5 Hong Kong dollars".
 * `vague` allows "of" before the word, which only vague amounts take.
 */
export function currencyAfter(t: Token[], last: number, vague: boolean): CurrencyMark | null {
  let k = last + 1;
  if (vague && t[k]?.lower === 'of') k++;
  const n = t[k];
  if (n === undefined) return null;
  // "10 €", "100₾", "100元": a sign after the amount, as much of Europe and Asia writes it. A "$"
  // after a number only when no amount follows it ("10 $20" is two things).
  if (k === last + 1 && n.raw in CURRENCY_SIGNS && (n.raw !== '$' || (n.spaced && t[k + 1]?.kind !== 'num'))) return { code: CURRENCY_SIGNS[n.raw], edge: k };
  if (k === last + 1 && n.lower === 'kr' && n.kind === 'word') return { code: null, unit: 'kr', edge: k };
  const code = codeOf(n.raw);
  if (code !== null && k === last + 1) return { code, edge: k };
  // "100 US dollars", "5 Hong Kong dollars", "2 New Zealand dollars": the adjective picks the dollar.
  for (let span = 0; span <= 2; span++) {
    const w = t[k + span];
    if (w === undefined || w.kind !== 'word') break;
    if (w.lower === 'dollar' || w.lower === 'dollars') {
      const adj = span > 0 ? t[k + span - 1].lower : null;
      if (span > 0 && (adj === null || !(adj in DOLLAR_ADJECTIVES))) break;
      return { code: adj !== null ? DOLLAR_ADJECTIVES[adj] : 'USD', edge: k + span };
    }
  }
  // "100 Swiss francs", "5 million Iranian rials", "20 Egyptian pounds", "500 Danish kroner",
  // "10 South African rand": a national adjective (one or two words) picks the currency.
  for (let w = 1; w <= 2; w++) {
    const adj = t[k + w - 1];
    const named = t[k + w];
    if (named === undefined || named.kind !== 'word' || adj.kind !== 'word' || !(isCapitalised(adj.raw) || CURRENCY_NATIONS.has(adj.lower))) break;
    if (w === 2 && !(isCapitalised(n.raw) || CURRENCY_NATIONS.has(n.lower))) break;
    const family = CURRENCY_FAMILY[named.lower];
    if (family === undefined) continue;
    const pound = family === 'pound';
    const code = NATIONAL_CURRENCIES[`${adj.lower} ${family}`] ?? (pound ? undefined : CURRENCY_WORDS[named.lower]);
    if (code !== undefined && !(pound && t[k + w + 1]?.lower === 'of')) return { code, edge: k + w };
    break;
  }
  // "a 140-million-euro deal": the currency word hyphenated onto the amount.
  if (n.raw === '-' && !n.spaced && k === last + 1 && t[k + 1] !== undefined && !t[k + 1].spaced && t[k + 1].kind === 'word') {
    // Not "won", "real" (ordinary words) nor "pound" ("a 2-pound bag" is a weight).
    const w = t[k + 1].lower;
    const glued = CURRENCY_WORDS[w];
    return glued !== undefined && w !== 'won' && w !== 'real' && w !== 'pound' ? { code: glued, edge: k + 1 } : null;
  }
  // "200 billion dinars", "40 billion shillings": many countries' money; regional.ts settles which.
  if (n.lower in UNSETTLED_WORDS) return { code: null, unit: UNSETTLED_WORDS[n.lower], edge: k };
  const word = CURRENCY_WORDS[n.lower];
  if (word === undefined) return null;
  // "200 pounds of explosives" is a weight; "pounds sterling" and money contexts are money.
  if ((n.lower === 'pound' || n.lower === 'pounds') && t[k + 1]?.lower === 'of' && !vague) return null;
  if (n.lower === 'sterling' && k !== last + 1) return null;
  const edge = t[k + 1]?.lower === 'sterling' ? k + 1 : k;
  return { code: word, edge };
}
