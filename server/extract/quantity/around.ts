import { stem } from '../measure/words';
import { isCapitalised, STOPWORDS } from '../text/nouns';
import { REACH_AFTER, type Word } from './words';

/*
 * What a figure's clause says around it besides its deed: one place's share, who commits money,
 * the span of a rate, and how far a phrase of place after its noun puts its verb.
 */

const PLACE_PREPOSITIONS = new Set(['in', 'at', 'near']);
const NOT_PLACES = new Set([
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'total', 'all',
]);

const SPANS = new Set(['hour', 'day', 'week', 'month', 'year', 'night', 'shift']);
const RATE_WORDS: Record<string, string> = { daily: 'day', weekly: 'week', monthly: 'month', annually: 'year', yearly: 'year', hourly: 'hour', nightly: 'night' };
/** Kinds of place that name none themselves: "the town of Ostrel". */
const PLACE_KINDS = new Set(['town', 'city', 'village', 'district', 'county', 'port', 'island', 'suburb', 'municipality', 'borough', 'parish']);
const SAYING = new Set(['say', 'says', 'said', 'told', 'tells', 'reported', 'report', 'reports', 'confirmed', 'added', 'warned']);
const DETERMINERS = new Set(['the', 'its', 'their', 'a', 'an', 'his', 'her', 'our']);
const AGO = new Set(['ago', 'earlier', 'before', 'later', 'previously']);
const AUXILIARIES = new Set(['has', 'have', 'had', 'will', 'would', 'also', 'jointly', 'already', 'now', 'since', 'is', 'was', 'were', 'are', 'the']);
/** Words after a place that make it the whole story's ground, not one place's share: "in Halvern province". */
const REGIONS = new Set(['province', 'state', 'country', 'region', 'nation', 'kingdom', 'republic', 'nationwide', 'overall']);

function placeAt(ws: Word[], i: number, to: number, event: Set<string>): string | null {
  const place: string[] = [];
  let j = i + 1;
  for (; j < to && place.length < 3 && isCapitalised(ws[j].raw) && !NOT_PLACES.has(ws[j].lower.replace(/['’]s$/, '')); j++) place.push(ws[j].raw.replace(/['’]s$/, ''));
  // "police in Varno say": the place of who says it, not of what is counted.
  if (place.length === 0 || REGIONS.has(ws[j]?.lower ?? '') || SAYING.has(ws[j]?.lower ?? '') || place.some((p) => REGIONS.has(p.toLowerCase()) || event.has(p.toLowerCase()))) return null;
  return place.join(' ');
}

/** One place's share of the story: "61 homes in Linden Falls", "In Port Dessa alone, 1,340 cases". */
/** Sides of a zone a count may be limited to, and the nouns that name one. */
const ZONE_SIDES = new Set(['outside', 'inside', 'beyond', 'within']);
const ZONE_NOUNS = new Set(['zone', 'cordon', 'perimeter', 'area']);

export function scopeOf(ws: Word[], from: number, first: number, after: number, to: number, event: Set<string>, beyond = to): string | null {
  // "two farms outside the containment zone", "cases beyond the cordon": a count on one side of a zone is that side's.
  for (let i = after; i < Math.min(to, after + 6); i++) {
    if (!ZONE_SIDES.has(ws[i].lower) || ws[i + 1]?.lower !== 'the') continue;
    for (let j = i + 2; j < Math.min(ws.length, i + 5); j++) if (ZONE_NOUNS.has(ws[j].lower)) return `${ws[i].lower} the ${ws[j].lower}`;
  }
  for (let i = after; i < Math.min(to, after + REACH_AFTER); i++) {
    if (!PLACE_PREPOSITIONS.has(ws[i].lower)) continue;
    let at = i;
    let limit = to;
    // "900 jobs will go at its engine plant in Brenholt": a common noun's phrase of place is read
    // past, to the name it is in, as far as the clause runs (`beyond`), past the deed's reach.
    // "at the depot in the coastal town of Ressing": "the kind of place of" names none either.
    for (let hops = 0; hops < 3; hops++) {
      const place = placeAt(ws, at, limit, event);
      if (place !== null || !DETERMINERS.has(ws[at + 1]?.lower ?? '')) return place;
      let next = -1;
      for (let k = at + 2; k < Math.min(beyond, at + 6) && next < 0; k++) if (PLACE_PREPOSITIONS.has(ws[k].lower) || (ws[k].lower === 'of' && PLACE_KINDS.has(ws[k - 1].lower))) next = k;
      if (next < 0) return null;
      at = next;
      limit = beyond;
    }
    return null;
  }
  for (let i = first - 1; i >= from; i--) {
    if (PLACE_PREPOSITIONS.has(ws[i].lower)) return placeAt(ws, i, first, event);
  }
  return null;
}

/**
 * "All 2,400 jobs at the Ostrel plant": the place after a count that is the story's own (its event
 * is named for it), which scopeOf leaves out because in most stories it is the whole story's ground.
 * The article may still give a larger figure for the whole (../index, partsOfWholes).
 */
export function eventPlaceOf(ws: Word[], after: number, to: number, event: Set<string>): string | null {
  for (let i = after; i < Math.min(to, after + REACH_AFTER); i++) {
    if (!PLACE_PREPOSITIONS.has(ws[i].lower)) continue;
    let k = DETERMINERS.has(ws[i + 1]?.lower ?? '') ? i + 2 : i + 1;
    for (let m = k; m < Math.min(to, k + 3); m++) if (ws[m].lower === 'of' && PLACE_KINDS.has(ws[m - 1].lower)) k = m + 1;
    const place: string[] = [];
    for (let j = k; j < to && place.length < 3 && isCapitalised(ws[j].raw) && !NOT_PLACES.has(ws[j].lower); j++) place.push(ws[j].raw.replace(/['’]s$/, ''));
    // "officials in Ostrel say": the place of who says it, not of what is counted.
    if (place.some((p) => event.has(p.toLowerCase()))) return SAYING.has(ws[k + place.length]?.lower ?? '') ? null : place.join(' ');
    if (place.length > 0 || !DETERMINERS.has(ws[i + 1]?.lower ?? '')) return null;
  }
  return null;
}

/** Who commits the money, for a pledge or an offer: "Japan pledged ¥1.5 billion", "€20 million from the European Union". */
export function agentOf(ws: Word[], deedAt: number, first: number, after: number, to: number): string | null {
  const run = (from: number, step: number, stop: number) => {
    const names: string[] = [];
    for (let j = from; j !== stop && names.length < 4; j += step) {
      const w = ws[j];
      if (AUXILIARIES.has(w.lower) && names.length === 0) continue;
      if (!isCapitalised(w.raw) || STOPWORDS.has(w.lower) || NOT_PLACES.has(w.lower)) break;
      names.push(w.raw.replace(/['’]s$/, ''));
    }
    return step < 0 ? names.reverse() : names;
  };
  // "… and Britain £8 million": the name right before the figure, else the one before the deed.
  const own = run(first - 1, -1, -1);
  if (own.length > 0) return own.join(' ');
  if (deedAt < first) {
    const names = run(deedAt - 1, -1, -1);
    // A plural opening the sentence ("Donors pledged") is a common noun, not a name.
    const commonOpening = names.length === 1 && /s$/.test(names[0]) && ws[0].raw === names[0];
    if (names.length > 0 && !commonOpening) return names.join(' ');
  }
  for (let i = after; i < Math.min(to, after + 4); i++) {
    if (ws[i].lower === 'from' || ws[i].lower === 'by') {
      const k = ws[i + 1]?.lower === 'the' ? i + 2 : i + 1;
      const names = run(k, 1, to);
      if (names.length > 0) return names.join(' ');
    }
  }
  return null;
}

export function perOf(ws: Word[], after: number, to: number): string | null {
  for (let i = after; i < Math.min(to, after + 4); i++) {
    if (RATE_WORDS[ws[i].lower]) return RATE_WORDS[ws[i].lower];
    // "300 a day" is a rate; "15% a week ago" is a date.
    if ((ws[i].lower === 'a' || ws[i].lower === 'per' || ws[i].lower === 'each' || ws[i].lower === 'every') && SPANS.has(stem(ws[i + 1]?.lower ?? '')) && !AGO.has(ws[i + 2]?.lower ?? '')) return stem(ws[i + 1].lower);
  }
  return null;
}

/**
 * "€4.20 per laying hen", "€1,500 for each household", "600 euros per worker": an amount paid or
 * charged for each one of something is its own quantity (a rate per that thing), never a total.
 * Named by the counted noun, the last of up to two words after "per", "each" or "for each/every".
 */
export function perUnitOf(ws: Word[], after: number, to: number): string | null {
  for (let i = after; i < Math.min(to, after + 3); i++) {
    const w = ws[i].lower;
    const lead = w === 'per' || w === 'each' ? i + 1 : w === 'for' && (ws[i + 1]?.lower === 'each' || ws[i + 1]?.lower === 'every') ? i + 2 : -1;
    if (lead < 0) continue;
    let head: string | null = null;
    for (let j = lead; j < Math.min(to, lead + 2) && /^\p{Ll}[\p{Ll}-]*$/u.test(ws[j].raw) && !STOP_UNIT.has(ws[j].lower); j++) head = ws[j].lower;
    if (head !== null && !SPANS.has(stem(head))) return stem(head);
  }
  return null;
}
const STOP_UNIT = new Set(['of', 'in', 'at', 'to', 'and', 'or', 'the', 'a', 'an', 'from', 'by', 'with', 'for', 'since', 'on', 'cent', 'percent']);

/**
 * "About 1,150 of the 1,400 trains that TRR normally runs each day were cancelled": a part of a
 * whole that a relative clause counts per day is counted per day too. `whole`: the whole's number.
 */
export function perOfWhole(ws: Word[], whole: number): string | null {
  if (whole < 0 || !['that', 'which'].includes(ws[whole + 2]?.lower ?? '')) return null;
  // The part's clause stops at the whole's noun; the relative clause on it runs a few words on.
  const end = Math.min(ws.length, whole + 12);
  for (let i = whole + 3; i < end; i += 4) {
    const per = perOf(ws, i, end);
    if (per !== null) return per;
  }
  return null;
}

/** Prepositions that open a phrase of place after a counted noun ("workers at the plant"). */
const PLACE_OPENERS = new Set(['at', 'in', 'near', 'on', 'from', 'across']);
/** Auxiliaries that start the verb after a subject's phrase of place ("… in Ostrel will lose"). */
const SUBJECT_ENDS = new Set(['will', 'would', 'are', 'were', 'was', 'is', 'have', 'has', 'had', 'could', 'may', 'might', 'must', 'should', 'shall']);

/** How many words a phrase of place at `i` runs before an auxiliary ends it (0 when none does within nine words). */
export function placePhraseAfter(ws: Word[], i: number): number {
  if (!PLACE_OPENERS.has(ws[i]?.lower ?? '')) return 0;
  for (let j = i + 1; j < Math.min(ws.length, i + 10); j++) {
    if (SUBJECT_ENDS.has(ws[j].lower)) return j - i;
    if (/^\d/.test(ws[j].raw)) return 0;
  }
  return 0;
}
