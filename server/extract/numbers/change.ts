import type { Change, Figure, Token } from '../types';
import { tokenAt } from '../text/tokenize';
import { dict } from '../text/util';

/*
 * A change and the level it reached are two figures with two meanings: "fell 12 points to 3,402"
 * is a fall (delta, down) and a level; "from 310 to 365 km" is a change from one figure to
 * another (from, to), neither a range nor two unrelated figures. Read after the figures are
 * found, from the words before each one; values are kept as written (12, not -12).
 */

type Direction = 'up' | 'down';

/** Verbs and adverbs of change, by direction. */
const VERBS: Record<string, Direction> = dict({
  rose: 'up', rise: 'up', rises: 'up', risen: 'up', rising: 'up', increased: 'up', increase: 'up', increases: 'up', increasing: 'up',
  jumped: 'up', jump: 'up', jumps: 'up', climbed: 'up', climb: 'up', climbs: 'up', grew: 'up', grow: 'up', grows: 'up', grown: 'up',
  surged: 'up', surge: 'up', soared: 'up', soar: 'up', up: 'up', advanced: 'up', rallied: 'up', spiked: 'up', expanded: 'up',
  widened: 'up', accelerated: 'up', rebounded: 'up', leapt: 'up', leaped: 'up', higher: 'up', upgraded: 'up',
  doubled: 'up', tripled: 'up', trebled: 'up', quadrupled: 'up', halved: 'down',
  fell: 'down', fall: 'down', falls: 'down', fallen: 'down', falling: 'down', dropped: 'down', drop: 'down', drops: 'down',
  declined: 'down', decline: 'down', declines: 'down', slipped: 'down', slid: 'down', slide: 'down', down: 'down',
  plunged: 'down', plunge: 'down', slumped: 'down', tumbled: 'down', sank: 'down', sunk: 'down', eased: 'down', dipped: 'down',
  shrank: 'down', shrunk: 'down', narrowed: 'down', decreased: 'down', decrease: 'down', plummeted: 'down', contracted: 'down',
  retreated: 'down', lower: 'down', lowered: 'down', reduced: 'down', downgraded: 'down', slowed: 'down', weakened: 'down',
});
/** Verbs that also mean an amount moved, not a level changed ("raised $4m", "lost 400 jobs"): a change only for %, points or money with a level after. */
const WEAK_VERBS: Record<string, Direction> = dict({
  gained: 'up', gains: 'up', gain: 'up', added: 'up', adds: 'up', raised: 'up', lifted: 'up', boosted: 'up', hiked: 'up',
  lost: 'down', loses: 'down', lose: 'down', shed: 'down', sheds: 'down', cut: 'down', cuts: 'down', trimmed: 'down', shaved: 'down',
});
/** Nouns of change before "of" ("a rise of 40") or after the figure ("a 5% drop"). */
const NOUNS: Record<string, Direction> = dict({
  rise: 'up', increase: 'up', jump: 'up', gain: 'up', surge: 'up', hike: 'up', growth: 'up', climb: 'up', uptick: 'up',
  fall: 'down', drop: 'down', decline: 'down', decrease: 'down', cut: 'down', reduction: 'down', slump: 'down', dip: 'down', contraction: 'down', slide: 'down',
});
/** Words that may stand between the verb and its figure: "rose by 3%", "fell sharply by 2", "edged up 0.1". */
const BETWEEN = new Set(['by', 'a', 'an', 'another', 'further', 'sharply', 'slightly', 'steeply', 'just', 'nearly', 'almost', 'some', 'about', 'around', 'edged', 'marginally', 'modestly', 'only', 'over', 'more', 'than']);
const LEVEL_LEADS = new Set(['to', 'at']);
const RATE_UNITS = new Set(['%', 'points', 'point', 'percentage points', 'cents', 'pence', 'basis points', 'bps']);

const directionOf = (w: string, f: Figure, levelAfter: boolean): Direction | null =>
  VERBS[w] ?? (WEAK_VERBS[w] !== undefined && (levelAfter || (f.unit !== null && RATE_UNITS.has(f.unit))) ? WEAK_VERBS[w] : null);

/** "Rain fell 5 inches", "snow fell 12cm": weather falls without anything changing. */
const FALLING_WEATHER = new Set(['rain', 'snow', 'rainfall', 'snowfall', 'hail', 'sleet', 'precipitation', 'showers']);

function weatherBefore(t: Token[], j: number): boolean {
  for (let i = j - 1; i >= Math.max(0, j - 3); i--) if (FALLING_WEATHER.has(t[i].lower)) return true;
  return false;
}

/** The direction of a change verb just before token `k` (a few connecting words allowed). */
function verbBefore(t: Token[], k: number, f: Figure, levelAfter: boolean): Direction | null {
  for (let j = k - 1; j >= Math.max(0, k - 4); j--) {
    const w = t[j].lower;
    const d = directionOf(w, f, levelAfter);
    if (d !== null && (w.startsWith('fall') || w === 'fell') && weatherBefore(t, j)) return null;
    if (d !== null) return d;
    // "a rise of 40", "an increase of 300 cases".
    if (w === 'of' && NOUNS[t[j - 1]?.lower ?? ''] !== undefined) return NOUNS[t[j - 1].lower];
    if (!BETWEEN.has(w)) return null;
  }
  return null;
}

/** "a 5% drop", "a 12 per cent rise": the noun of change right after the figure. */
function nounAfter(t: Token[], k: number): Direction | null {
  const n = t[k]?.raw === '-' && !t[k].spaced ? t[k + 1] : t[k];
  return n === undefined ? null : NOUNS[n.lower] ?? null;
}

const CLAUSE_BREAK = /[.;!?]/;
/** ", or 5%," between a change and its restatement. */
const RESTATED = /^(?:\s+(?:points?|pts|cents?|pence))?\s*,?\s*or\s+(?:about|around|nearly|almost|roughly|some|just\s+over|just\s+under)?\s*$/;
/** " in 2010 to ", " in June to ": the first end's date between "from" and "to". */
const DATED_TO = /^\s+(?:in|by)\s+(?:\d{4}|[A-Z][a-z]+(?:\s+\d{4})?|the\s+[a-z]+\s+[a-z]+)\s+to\s*$/;

/** Words of a record level between "to"/"at" and its figure: "to a record", "at a new all-time high of". */
const RECORD_WORDS = new Set(['a', 'new', 'fresh', 'record', 'high', 'low', 'all-time', 'of', 'peak']);

/** The word before the figure at token k; "to a record", "at a new high of" read as "to", "at". */
function levelLead(t: Token[], k: number): string {
  const p = t[k - 1]?.lower ?? '';
  if (p !== 'record' && p !== 'of' && p !== 'high' && p !== 'low' && p !== 'peak') return p;
  for (let j = k - 1; j >= Math.max(0, k - 6); j--) {
    const w = t[j].lower;
    if (LEVEL_LEADS.has(w) && j < k - 1) return w;
    if (!RECORD_WORDS.has(w)) break;
  }
  return p;
}

/** Marks changes, levels and from/to pairs on figures in reading order (in place). */
export function markChanges(text: string, t: Token[], figures: Figure[]): void {
  let lastDelta: { figure: Figure; direction: Direction } | null = null;
  let lastLevel: Figure | null = null;
  for (let i = 0; i < figures.length; i++) {
    const f = figures[i];
    if (f.kind === 'duration' || f.kind === 'fraction') continue;
    const k = tokenAt(t, f.start);
    const lead = levelLead(t, k);
    const next = figures[i + 1];
    const after = next !== undefined ? text.slice(f.end, next.start) : '';
    // "from 310 to 365 km", "from 4.2 million in 2010 to 5.1 million": a pair joined by "to", with a verb of change before "from".
    if (lead === 'from' && next !== undefined && (/^\s*(?:to|and)\s*$/.test(after) || DATED_TO.test(after)) && verbBefore(t, k - 1, f, true) !== null || (lead === 'from' && lastDelta !== null && next !== undefined && /^\s*to\s*$/.test(after))) {
      pairUp(f, next);
      i++;
      lastDelta = null;
      continue;
    }
    // "rose $12.50, or 5%, to $262": the change said again in another unit is the same change.
    if (lastDelta !== null && RESTATED.test(text.slice(lastDelta.figure.end, f.start))) {
      f.change = { role: 'delta', direction: lastDelta.direction };
      lastDelta = { figure: f, direction: lastDelta.direction };
      continue;
    }
    // "fell 12 points to 3,402", "up 35 cents at $71.10": the level reached after the change.
    if (lastDelta !== null && LEVEL_LEADS.has(lead) && !CLAUSE_BREAK.test(text.slice(lastDelta.figure.end, f.start)) && f.start - lastDelta.figure.end < 40) {
      f.change = { role: 'level', direction: lastDelta.direction };
      lastDelta = null;
      lastLevel = f;
      continue;
    }
    // "fell to 3,402 from 3,414": where the change started, after the level it reached.
    if (lead === 'from' && lastLevel !== null && !CLAUSE_BREAK.test(text.slice(lastLevel.end, f.start)) && f.start - lastLevel.end < 24) {
      f.change = { role: 'from', direction: lastLevel.change?.direction ?? null };
      lastLevel = null;
      continue;
    }
    lastLevel = null;
    const levelAfter = next !== undefined && /^\s*(?:to|at)\s*$/.test(after);
    // "fell to 3,402": a level with no change figure before it.
    if (LEVEL_LEADS.has(lead) && lead === 'to') {
      const d = verbBefore(t, k - 1, f, true);
      if (d !== null) {
        f.change = { role: 'level', direction: d };
        lastLevel = f;
        continue;
      }
    }
    const d = verbBefore(t, k, f, levelAfter) ?? nounAfter(t, tokenAt(t, f.end));
    if (d !== null) {
      f.change = { role: 'delta', direction: d };
      lastDelta = { figure: f, direction: d };
    } else lastDelta = null;
  }
}

/** The two ends of a change; the first takes the second's unit when it has none ("310 to 365 km"). */
function pairUp(a: Figure, b: Figure): void {
  const direction: Change['direction'] = a.value !== null && b.value !== null && a.value !== b.value ? (b.value > a.value ? 'up' : 'down') : null;
  a.change = { role: 'from', direction };
  b.change = { role: 'to', direction };
  if (a.unit === null && a.kind === 'count' && b.unit !== null) {
    a.unit = b.unit;
    a.kind = b.kind;
    a.currency = b.currency;
    if (a.thing === null) a.thing = b.thing;
  }
}
