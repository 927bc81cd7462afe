import type { Token } from '../../types';
import type { Atom } from '../atoms';
import { DESIGNATORS, TIME_WORDS, YEAR_LEADS } from '../lexicon/designators';
import { monthOf } from '../../text/calendar';
import { CODE_ALIASES, ISO_CODES } from '../../text/codes';
import { CURRENCY_SIGNS, CURRENCY_WORDS, MEASURE_UNITS, PERCENT_WORDS, TIME_UNITS } from '../lexicon/units';
import { DIGIT_MULTIPLIERS } from '../lexicon/numbers';
import { PREFIXES, prefixBefore } from '../lexicon/qualifiers';
import { isCapitalised, isPluralNoun } from '../../text/nouns';
import { isDialledNumber, isLetteredLabel, isModelName, isScreenResolution, isShirtNumber, isStreetAddress } from './names';
import { currencyBefore } from '../currency';

const LOCAL_TIME = new Set(['local', 'moscow', 'kyiv']);
/** Minutes as a clock is read aloud: "twenty past five", "a quarter to six". */
const MINUTE_WORDS = new Set(['five', 'ten', 'twenty', 'twenty-five', 'quarter', 'half']);
const OPENERS = new Set(['.', '!', '?', '“', '"', '‘', "'", '(', '[', ':', ';', '—', '–', '-', '•', '*', '|', '…']);

/** Does token k start a sentence or a line (so its capital letter says nothing)? */
export function sentenceInitial(t: Token[], k: number): boolean {
  return k === 0 || t[k].broken || OPENERS.has(t[k - 1].raw);
}

/** The token after the number: does it make the number a count, money or a measure? */
function quantityFollows(t: Token[], a: Atom): boolean {
  const n = t[a.last + 1];
  if (n === undefined) return false;
  if (n.raw === '%' || n.raw in CURRENCY_SIGNS) return true;
  if (n.raw === '-' && !n.spaced) return t[a.last + 2] !== undefined && (t[a.last + 2].lower in TIME_UNITS || t[a.last + 2].lower in MEASURE_UNITS);
  const w = n.lower;
  return n.kind === 'word' && (isPluralNoun(n.raw) || w in MEASURE_UNITS || w in TIME_UNITS || w in CURRENCY_WORDS || PERCENT_WORDS.has(w) || w === 'per' || w in DIGIT_MULTIPLIERS);
}

function qualifierBefore(t: Token[], k: number): boolean {
  const p = t[k - 1];
  return p !== undefined && (prefixBefore(t, k) !== null || p.raw in CURRENCY_SIGNS);
}

function isYear(t: Token[], a: Atom): boolean {
  const lit = a.literal;
  if (lit === null || a.first !== a.last || lit.suffix || lit.hasComma || lit.hasDecimal || lit.intDigits !== 4) return false;
  if (lit.value < 1000 || lit.value >= 2200 || qualifierBefore(t, a.first)) return false;
  const n = t[a.last + 1];
  if (n !== undefined && (n.raw === '%' || PERCENT_WORDS.has(n.lower) || n.lower in DIGIT_MULTIPLIERS || n.lower in CURRENCY_WORDS || n.lower in MEASURE_UNITS)) return false;
  // Counts of a thousand and more are written with a comma in news copy; a bare 1900..2100 is a year.
  if (lit.value >= 1900 && lit.value <= 2100) return true;
  const p = t[a.first - 1];
  return p !== undefined && (YEAR_LEADS.has(p.lower) || monthOf(p.raw) !== null);
}

/** Words that join two days of one month: "between 16 and 18 March", "3 to 5 May", "16–18 March". */
const DAY_SPAN_JOINS = new Set(['and', 'to', 'through', 'until', 'till', '-', '–', '—']);

function isDayOfMonth(t: Token[], a: Atom): boolean {
  const v = a.value;
  if (a.literal === null || a.first !== a.last || !Number.isInteger(v) || v < 1 || v > 31 || a.literal.hasComma) return false;
  const n = t[a.last + 1];
  if (n !== undefined && (monthOf(n.raw) !== null || (n.lower === 'of' && t[a.last + 2] !== undefined && monthOf(t[a.last + 2].raw) !== null))) return true;
  // "between 16 and 18 March", "from 3 to 5 May": the first day of a span of days shares its month.
  const d2 = t[a.last + 2];
  if (n !== undefined && DAY_SPAN_JOINS.has(n.lower) && d2 !== undefined && /^\d{1,2}$/.test(d2.raw) && Number(d2.raw) > v && Number(d2.raw) <= 31 && t[a.last + 3] !== undefined && monthOf(t[a.last + 3].raw) !== null) return true;
  const p = t[a.first - 1];
  if (p === undefined) return false;
  if (monthOf(p.raw) !== null) return true;
  return p.raw === '.' && t[a.first - 2] !== undefined && monthOf(t[a.first - 2].raw) !== null;
}

function isTimeOfDay(t: Token[], a: Atom): boolean {
  if (a.value > 24 || a.value < 0) return false;
  const n = t[a.last + 1];
  if (n === undefined) return false;
  // "until two in the morning", "at six in the evening", "nine o'clock", "between noon and six".
  const after = t.slice(a.last + 1, a.last + 4).map((x) => x.lower).join(' ');
  if (a.value <= 12 && Number.isInteger(a.value) && (/^in the (?:morning|afternoon|evening)\b/.test(after) || /^at night\b/.test(after) || /^o[’']clock/.test(`${n.lower}${t[a.last + 2]?.raw ?? ''}${t[a.last + 3]?.lower ?? ''}`))) return true;
  const before = t.slice(Math.max(0, a.first - 2), a.first).map((x) => x.lower).join(' ');
  if (a.value <= 12 && /^(?:noon|midnight) (?:and|to|until|till)$/.test(before)) return true;
  // "at twenty past five", "at ten to six", "half past nine": minutes past (or, after "at", to) an hour, and that hour.
  const hour = (x: Token | undefined) => x !== undefined && /^(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[1-9]|1[0-2])$/.test(x.lower);
  const minutes = (x: Token | undefined) => x !== undefined && MINUTE_WORDS.has(x.lower);
  const clock = (k: number, at: number) => t[k]?.lower === 'past' || (t[k]?.lower === 'to' && t[at]?.lower === 'at');
  if (minutes(t[a.first]) && a.first === a.last && clock(a.last + 1, a.first - 1) && hour(t[a.last + 2])) return true;
  if (a.value <= 12 && clock(a.first - 1, a.first - 3) && minutes(t[a.first - 2]) && !(t[a.last + 1]?.kind === 'word' && isPluralNoun(t[a.last + 1].lower))) return true;
  if (a.literal === null) return false;
  if (TIME_WORDS.has(n.lower)) return !LOCAL_TIME.has(n.lower) || t[a.last + 2]?.lower === 'time';
  return (n.lower === 'a' || n.lower === 'p') && t[a.last + 2]?.raw === '.' && t[a.last + 3]?.lower === 'm';
}

/** "Article 5", "Flight 370", "Boeing 737", "Leopard 2": a bare integer that names something. */
function isDesignation(t: Token[], a: Atom): boolean {
  const lit = a.literal;
  if (lit === null || a.first !== a.last || lit.suffix || lit.hasComma || a.multiplier !== null) return false;
  let k = a.first - 1;
  if (t[k]?.raw === '.' && !t[k].spaced) k--;
  const p = t[k];
  if (p === undefined || p.kind !== 'word') return false;
  if (DESIGNATORS.has(p.lower) && (p.lower !== 'no' && p.lower !== 'number' || isCapitalised(p.raw))) {
    // A capitalised label names a model or a document ("Challenger 2 tanks", "Article 5 applies").
    return isCapitalised(p.raw) || !quantityFollows(t, a) || p.lower === 'covid';
  }
  if (!isCapitalised(p.raw) || sentenceInitial(t, k) || monthOf(p.raw) !== null || PREFIXES.has(p.lower)) return false;
  if (p.raw.endsWith('’s') || p.raw.endsWith("'s") || ISO_CODES.has(p.raw) || p.raw in CODE_ALIASES || currencyBefore(t, a.first) !== null) return false;
  return !quantityFollows(t, a);
}

/** "John Smith, 45, said": an age in apposition, not a figure of the story. */
function isApposedAge(t: Token[], a: Atom): boolean {
  const p = t[a.first - 1];
  const n = t[a.last + 1];
  // "… said Ingrid Moe, 68." closes the sentence as the age's second comma would.
  const closes = n?.raw === '.' && (t[a.last + 2] === undefined || isCapitalised(t[a.last + 2].raw) || /^["“”']$/.test(t[a.last + 2].raw));
  return a.literal !== null && a.value < 120 && p?.raw === ',' && (n?.raw === ',' || closes || n === undefined) && t[a.first - 2] !== undefined && isCapitalised(t[a.first - 2].raw) && t[a.first - 2].kind === 'word';
}

/**
 * "a 79-year-old man", "aged 44": a person's age describes who they are; it is no quantity of
 * the story. ("The war is two years old" is one, so "N years old" alone is not read as an age.)
 */
function isAge(t: Token[], a: Atom): boolean {
  if (a.literal === null && !a.spelled) return false;
  if (a.value >= 130 || a.multiplier !== null || !Number.isInteger(a.value)) return false;
  const n1 = t[a.last + 1];
  const n2 = t[a.last + 2];
  const n3 = t[a.last + 3];
  const n4 = t[a.last + 4];
  // "79-year-old", "six-month-old": glued by hyphens.
  if (n1?.raw === '-' && !n1.spaced && /^(?:year|month|week|day)s?$/.test(n2?.lower ?? '') && n3?.raw === '-' && n4?.lower === 'old') return true;
  const p = t[a.first - 1];
  if (a.value >= 120) return false;
  if (p?.lower === 'aged') return true;
  // "under the age of ten", "from the age of 16": the age itself.
  if (p?.lower === 'of' && t[a.first - 2]?.lower === 'age') return true;
  // "aged between 18 and 25", "aged six weeks to 14 years": both ends of an age range (not "aged 40 and 12 children").
  if (p?.lower === 'between' && t[a.first - 2]?.lower === 'aged') return true;
  const rangeStart = t[a.first - 2];
  const startsRange = rangeStart !== undefined && (rangeStart.kind === 'num' || /^(?:days?|weeks?|months?|years?)$/.test(rangeStart.lower));
  if (startsRange && (p?.lower === 'to' || (p?.lower === 'and' && t.slice(Math.max(0, a.first - 5), a.first - 2).some((x) => x.lower === 'between'))) && t.slice(Math.max(0, a.first - 6), a.first - 1).some((x) => x.lower === 'aged')) return true;
  // "children under 10", "people over 65", "patients aged over 80": a bound on who, when nothing counted follows it.
  if (p !== undefined && AGE_BOUNDS.has(p.lower) && AGED_PEOPLE.has(t[a.first - 2]?.lower ?? '')) return n1 === undefined || n1.kind !== 'word' || AFTER_AN_AGE.has(n1.lower);
  return false;
}

/** A bound before a number that, after a word for people, is their age ("children under 10"). */
const AGE_BOUNDS = new Set(['under', 'over', 'below', 'above']);
const AGED_PEOPLE = new Set(['children', 'child', 'kids', 'boys', 'girls', 'people', 'adults', 'women', 'men', 'those', 'patients', 'pupils', 'infants', 'babies', 'youngsters', 'teenagers', 'anyone', 'everyone', 'aged']);
/** What may follow an age bound's number: a clause goes on, nothing is counted ("children under 10 were …", "over 65 and …"). */
const AFTER_AN_AGE = new Set(['years', 'year', 'and', 'or', 'according', 'were', 'was', 'are', 'is', 'who', 'have', 'had', 'in', 'from', 'with', 'account', 'accounted', 'make', 'made']);

/** "Formula One", "Air Force One", "World War Two", "Group of Seven": a spelled number inside a proper name. */
function isNamePart(t: Token[], a: Atom): boolean {
  if (!a.spelled || !isCapitalised(t[a.first].raw) || sentenceInitial(t, a.first)) return false;
  let p = t[a.first - 1];
  if (p?.lower === 'of' && t[a.first - 2] !== undefined && !sentenceInitial(t, a.first - 1)) p = t[a.first - 2];
  return p !== undefined && p.kind === 'word' && isCapitalised(p.raw) && !PREFIXES.has(p.lower);
}

/** "UTC+2", "P5+1", "GMT-5": a number glued by a sign onto a label or code. */
function isGluedSuffix(t: Token[], a: Atom): boolean {
  const sign = t[a.first - 1];
  const label = t[a.first - 2];
  return sign !== undefined && label !== undefined && (sign.raw === '+' || sign.raw === '-') && !sign.spaced && !t[a.first].spaced && (label.kind === 'alnum' || (label.kind === 'word' && /^[A-Z]{2,}$/.test(label.raw)));
}

/** Apostrophe years: "the ’22 budget". */
function isShortYear(t: Token[], a: Atom): boolean {
  const p = t[a.first - 1];
  return a.literal !== null && a.literal.intDigits === 2 && p !== undefined && (p.raw === '’' || p.raw === "'") && !t[a.first].spaced && (p.spaced || a.first === 1);
}

/** People who pass on information: "two U.S. officials", "three people familiar with". */
const INFORMANTS = new Set(['official', 'officials', 'source', 'sources', 'people', 'diplomats', 'officers', 'analysts', 'experts', 'persons', 'insiders', 'aides', 'lawmakers', 'senators', 'witnesses', 'residents']);
const INFORMANT_CUES = new Set(['said', 'say', 'says', 'told', 'tell', 'familiar', 'who', 'speaking', 'briefed', 'cited', 'quoted', 'with', 'close', 'according']);

/**
 * "two U.S. officials said", "according to three people familiar with the matter": how many
 * people the reporter spoke to is part of the attribution, not a figure of the story. Only a
 * small spelled number or digit, its informants within a few words ("two U.S. officials"), and a reporting cue after.
 */
function isInformantCount(t: Token[], a: Atom): boolean {
  if (a.vague !== null || a.multiplier !== null || !Number.isInteger(a.value) || a.value > 12 || a.value < 1) return false;
  for (let k = a.last + 1; k <= a.last + 6 && k < t.length; k++) {
    const w = t[k];
    if (w.kind === 'punct' && w.raw !== '.') return false;
    if (w.kind === 'word' && INFORMANTS.has(w.lower)) return INFORMANT_CUES.has(t[k + 1]?.lower ?? '') || (t[k + 1]?.raw === ',' && (t[k + 2]?.lower === 'who' || t[k + 2]?.lower === 'speaking'));
  }
  return false;
}

/**
 * Digits the tokenizer cut from the letters before them ("R1250" of "BMW R1250") that are no
 * amount after all: they were part of a name, as they were before the cut.
 */
function isCutFromName(t: Token[], a: Atom): boolean {
  const p = t[a.first - 1];
  return t[a.first].kind === 'num' && !t[a.first].spaced && p !== undefined && p.kind === 'word' && currencyBefore(t, a.first) === null;
}

/** Is this number something other than a figure (a date, a time, a label, a name)? */
export function excludedAtom(t: Token[], a: Atom, block: Uint8Array): boolean {
  for (let k = a.first; k <= a.last; k++) if (block[k]) return true;
  if (a.vague !== null) return false;
  return isNamePart(t, a) || isYear(t, a) || isDayOfMonth(t, a) || isTimeOfDay(t, a) || isDesignation(t, a) || isApposedAge(t, a) || isAge(t, a) || isShortYear(t, a) || isInformantCount(t, a) || isGluedSuffix(t, a) || isStreetAddress(t, a) || isShirtNumber(t, a) || isModelName(t, a) || isCutFromName(t, a) || isLetteredLabel(t, a) || isScreenResolution(t, a) || isDialledNumber(t, a);
}
