import { LARGEST_FIGURE, intervalFor, scaleInterval, type ValueInterval } from '../../domain/value';
import type { Figure, Period, Token } from '../types';
import { tokenize } from '../text/tokenize';
import { scanAtoms, type Atom } from './atoms';
import { blockTokens } from './exclusions';
import { excludedAtom } from './exclusions/atom';
import { WINDOW_LEADS, quantify, type Quantity } from './context';
import { TIME_UNITS } from './lexicon/units';
import { combine } from './combine';
import { qualify, type Qualified } from './qualify';
import { findThing } from './thing';
import { tidy } from './literal';
import { isNumberWord } from './lexicon/numbers';
import { dayOfWar, mergeFigures, ordinalAges } from './ordinal-age';
import { joinBounds } from './bounds';
import { rateAfter, rateAfterOf } from './rate';
import { markChanges } from './change';
import { markVoteShares, voteTallies } from './vote';
import { settleSharedMarks } from './regional';

const DASHES = new Set(['-', '–', '—']);

/** Drops dates, labels and furniture; "May 15-20" loses its "20" along with its "15". */
function keepAtoms(t: Token[], atoms: Atom[], block: Uint8Array): Atom[] {
  const out: Atom[] = [];
  let dropPrev = false;
  let prev: Atom | null = null;
  for (const a of atoms) {
    const joinedToPrev: boolean = prev !== null && a.first === prev.last + 2 && DASHES.has(t[prev.last + 1].raw) && !t[a.first].spaced;
    const drop: boolean = excludedAtom(t, a, block) || (dropPrev && joinedToPrev);
    if (!drop) out.push(a);
    dropPrev = drop;
    prev = a;
  }
  return out;
}

function intervalOf(q: Quantity, ql: Qualified, text: string): ValueInterval {
  if (q.vague !== null) {
    const v = intervalFor({ qualifier: 'vague', amount: q.vague }, text);
    return q.vagueFactor === 1 ? v : scaleInterval(v, q.vagueFactor);
  }
  const qualifier = ql.qualifier;
  if (qualifier === 'range') return intervalFor({ qualifier, n: q.values[0], n2: q.values[1] }, text);
  const n = tidy(q.values.reduce((s, v) => s + v, 0));
  return intervalFor({ qualifier: qualifier === 'vague' ? 'exact' : qualifier, n }, text);
}

const PERCENT_LEADS = new Set(['percent', 'percents', 'percentage', 'per cent']);

/**
 * "per cent of 210", "percent of ten": a percentage named before its number, with no number
 * before the percent word (that is "5 percent of 10") and nothing counted after the number.
 * Returns the token index where the figure starts, or -1.
 */
function percentLead(t: Token[], q: Quantity): number {
  if (q.kind !== 'count' || q.unit !== null || q.vague !== null || t[q.first - 1]?.lower !== 'of') return -1;
  const one = t[q.first - 2]?.lower ?? '';
  const two = `${t[q.first - 3]?.lower ?? ''} ${one}`;
  const lead = PERCENT_LEADS.has(two) ? q.first - 3 : PERCENT_LEADS.has(one) ? q.first - 2 : -1;
  if (lead < 0) return -1;
  const before = t[lead - 1];
  return before !== undefined && (before.kind === 'num' || before.kind === 'alnum' || isNumberWord(before.lower)) ? -1 : lead;
}

/** "1e309" is Infinity as a double: not a figure (see LARGEST_FIGURE). */
const storable = (x: number | null) => x === null || (Number.isFinite(x) && Math.abs(x) <= LARGEST_FIGURE);

/** `read.rateEnd` is set to the last token of a rate's wording, whose numbers are not figures. */
function toFigure(text: string, t: Token[], q: Quantity, floor: number, read: { rateEnd: number }): Figure | null {
  const lead = percentLead(t, q);
  if (lead >= 0 && t[lead].start >= floor && findThing(t, q) === null) q = { ...q, kind: 'percent', unit: '%', first: lead, start: t[lead].start };
  let ql = qualify(t, q);
  // A qualifier may not reach back into the previous figure ("…400 or more than 300").
  if (ql.first < q.first && t[ql.first].start < floor) ql = { qualifier: q.shape === 'range' ? 'range' : 'exact', first: q.first, last: q.last };
  if (q.start < floor) return null;
  const start = ql.first === q.first ? q.start : t[ql.first].start;
  const end = ql.last === q.last ? q.end : t[ql.last].end;
  const span = text.slice(start, end);
  const thing = findThing(t, ql.last > q.tail ? { ...q, tail: ql.last } : q);
  const v = intervalOf(q, ql, span);
  if (![v.best, v.low, v.high, ...(q.shape === 'sum' ? q.values : [])].every(storable)) return null;
  // "40 cases a day": the rate may follow the counted noun.
  const rate =
    rateAfter(t, ql.last) ??
    (q.kind === 'count' && thing !== null && t[ql.last + 1]?.kind === 'word' ? rateAfter(t, ql.last + 1) : null) ??
    (q.kind === 'measure' || q.kind === 'money' || q.kind === 'count' ? rateAfterOf(t, ql.last) : null);
  if (rate !== null) read.rateEnd = rate.last;
  const figure: Figure = {
    text: span,
    start,
    end,
    value: v.best === null ? null : tidy(v.best),
    low: v.low === null ? null : tidy(v.low),
    high: v.high === null ? null : tidy(v.high),
    lowInclusive: v.lowInclusive,
    highInclusive: v.highInclusive,
    qualifier: v.qualifier,
    unit: q.unit ?? (q.kind === 'count' ? thing : null),
    currency: q.currency,
    kind: q.kind,
    thing,
    multiplier: q.multiplier,
    sumOf: q.shape === 'sum' ? q.values : null,
    vague: q.vague,
  };
  if (rate !== null) figure.per = rate.per;
  return figure;
}

/**
 * Every figure in `text`, in reading order. Pure and total: any string gives an array, and every
 * figure's `text` is exactly `text.slice(start, end)`.
 */
export function extractFigures(text: string): Figure[] {
  const t = tokenize(text);
  const block = blockTokens(t, text);
  const votes = voteTallies(text, t, block);
  const atoms = keepAtoms(t, scanAtoms(text, t), block);
  const quantities: Quantity[] = [];
  const windows: Period[] = [];
  for (const a of atoms) {
    const q = quantify(t, a);
    if (q === null) continue;
    if (q.window !== undefined && q.kind === 'duration') windows.push(periodOf(text, t, q));
    else quantities.push(q);
  }
  const implicit = oneUnitWindows(text, t, block);
  if (implicit.length > 0) windows.push(...implicit), windows.sort((x, y) => x.start - y.start);
  const out: Figure[] = [];
  const read = { rateEnd: -1 };
  for (const q of combine(t, quantities)) {
    // "4.5 per 100,000 people": the rate's denominator is part of the figure before it.
    if (q.first <= read.rateEnd) continue;
    const f = toFigure(text, t, q, out.length > 0 ? out[out.length - 1].end : 0, read);
    if (f !== null) out.push(f);
  }
  if (windows.length > 0) {
    scopeWindows(text, out, windows);
    const lasting = lastingWindows(text, out, windows);
    if (lasting.length > 0) out.push(...lasting), out.sort((x, y) => x.start - y.start);
  }
  markChanges(text, t, out);
  settleSharedMarks(t, out);
  markVoteShares(text, t, out);
  return mergeFigures(referBack(text, joinBounds(text, out)), [...ordinalAges(text, t, block), ...dayOfWar(text, t, block), ...votes].sort((a, b) => a.start - b.start));
}

/** The singular time units a window may name with no number: "the next decade", "the past year". */
const ONE_UNITS = new Set(['hour', 'day', 'week', 'fortnight', 'month', 'year', 'decade', 'century']);

/**
 * "Over the next decade", "in the past year", "over the last week": a window one unit long,
 * its number left unsaid. Only after "the" ("last year" alone is a calendar year, a date).
 */
const ONE_UNIT_WINDOW = /\bthe\s+(?:past|last|previous|recent|preceding|next|coming|following|ensuing|upcoming)\s/i;

function oneUnitWindows(text: string, t: Token[], block: Uint8Array): Period[] {
  const out: Period[] = [];
  if (!ONE_UNIT_WINDOW.test(text)) return out;
  for (let k = 1; k + 1 < t.length; k++) {
    const lead = t[k];
    const window = WINDOW_LEADS[lead.lower];
    // "the first quarter", "the final day" name a part of a calendar, not a window up to now.
    if ((window !== 'past' && window !== 'next') || t[k - 1].lower !== 'the' || block[k]) continue;
    const u = t[k + 1];
    if (u.kind !== 'word' || !ONE_UNITS.has(u.lower) || !u.spaced) continue;
    // "the past year's budget", "the next year or two": not a window of one unit.
    const after = t[k + 2];
    if (after !== undefined && (after.raw === '’' || after.raw === "'" || after.lower === 'or' || after.lower === 'and' || after.kind === 'num')) continue;
    const unit = TIME_UNITS[u.lower];
    out.push({ text: text.slice(lead.start, u.end), start: lead.start, end: u.end, value: 1, unit, window });
  }
  return out;
}

function periodOf(text: string, t: Token[], q: Quantity): Period {
  const start = t[q.first - 1].start;
  return { text: text.slice(start, q.end), start, end: q.end, value: q.values[0], unit: q.unit ?? '', window: q.window ?? 'past' };
}

const CLAUSE_END = /[.;!?]/;

/**
 * Each figure takes the window of time written in its sentence, the nearer one when there is one
 * on each side. Both lists are in reading order, so one pass with a pointer suffices.
 */
function scopeWindows(text: string, figures: Figure[], windows: Period[]): void {
  let w = 0;
  for (const f of figures) {
    while (w < windows.length && windows[w].end <= f.start) w++;
    const before = w > 0 ? windows[w - 1] : null;
    const after = w < windows.length && windows[w].start >= f.end ? windows[w] : null;
    const gapBefore = before === null ? null : text.slice(before.end, f.start);
    const gapAfter = after === null ? null : text.slice(f.end, after.start);
    const okBefore = gapBefore !== null && gapBefore.length < 400 && !CLAUSE_END.test(gapBefore);
    const okAfter = gapAfter !== null && gapAfter.length < 400 && !CLAUSE_END.test(gapAfter);
    if (okBefore && (!okAfter || gapBefore!.length <= gapAfter!.length)) f.period = before!;
    else if (okAfter) f.period = after!;
  }
}

const FOR_THE = /\bfor\s+the\s+$/i;
const SENTENCE_END = /[.!?]\s/;

/**
 * "Rebels have held the town for the last 200 days", "the plan sets out spending for the next
 * decade": a window after "for" says how long something lasts. When no other figure of its
 * sentence carries it as its period, the window is that sentence's figure, a duration. ("Over
 * the past 24 hours, drones kept coming" stays a time reference: "over" frames, "for" lasts.)
 */
function lastingWindows(text: string, figures: Figure[], windows: Period[]): Figure[] {
  const out: Figure[] = [];
  for (const w of windows) {
    if (!FOR_THE.test(text.slice(Math.max(0, w.start - 12), w.start))) continue;
    const shared = figures.some((f) => !SENTENCE_END.test(f.end <= w.start ? text.slice(f.end, w.start) : text.slice(w.end, f.start)));
    if (shared) continue;
    out.push({
      text: w.text, start: w.start, end: w.end, value: w.value, low: w.value, high: w.value, lowInclusive: true, highInclusive: true,
      qualifier: 'exact', unit: w.unit, currency: null, kind: 'duration', thing: null, multiplier: null, sumOf: null, vague: null, period: w,
    });
  }
  return out;
}

const BACK_REFERENCE = /^\s+of\s+(?:them|these|those)\b/i;
/** "Of the 43 drones, 36 were destroyed": the part after the comma counts the same things. */
const OF_THE = /\bof\s+(?:the|its|their|these|those)\s+$/i;

/**
 * "destroyed about 3,700 of them", "Of the 43 drones, 36 were destroyed": a count of "them" (or
 * of the whole just named) counts what the nearest earlier count in the text counted, so its
 * unit is not lost to a pronoun.
 */
function referBack(text: string, figures: Figure[]): Figure[] {
  let last: Figure | null = null;
  return figures.map((f) => {
    let out = f;
    const partOf = last !== null && OF_THE.test(text.slice(Math.max(0, last.start - 12), last.start)) && /^[^.;!?]{0,40},\s*$/.test(text.slice(last.end, f.start));
    if (f.kind === 'count' && f.thing === null && last !== null && (partOf || BACK_REFERENCE.test(text.slice(f.end, f.end + 16)))) {
      out = { ...f, thing: last.thing, unit: f.unit ?? last.thing };
    }
    if (out.kind === 'count' && out.thing !== null) last = out;
    return out;
  });
}
