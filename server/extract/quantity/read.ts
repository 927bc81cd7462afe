import type { MeasureKind } from '../../domain/schemas';
import { dimensionOf } from '../../domain/compare/units';
import type { AsOf } from '../dates';
import type { Figure } from '../types';
import { isCapitalised, isPluralNoun, STOPWORDS } from '../text/nouns';
import { CONSEQUENCE_EVENTS, EVENT_NOUNS, GENERIC_EVENTS } from './event';
import { CONCEPTS, DEED_NOUNS, THING_CONCEPTS, thingName, type Concept } from './concepts';
import { clauseAround, clauseEndsBefore, JOINS, REACH_AFTER, wordAt, wordsOf, type Word } from './words';
import { heldLevel, isWhole, levelOf, wholeAfter } from './level';
import { lengthOf, siteOf } from './physical';
import { agentOf, eventPlaceOf, perOf, perOfWhole, perUnitOf, placePhraseAfter, scopeOf } from './around';
import { readDuration } from './duration';
import { bracketedPlace, figureBefore, isShare, listedPlace, sharePlace, wholeBefore, wholeBeforeColon, wholeOfPart } from './share';
import { afterRelative } from './relative';
import { openDeed } from './open-deed';
import { negotiatedRise } from './pay';
import { namedSite, SHELTERED, staysAt } from './site';
import { voteOf } from './vote';
import { conceptsNear, NEAR, pluralNear, subjectStart, type Hit } from './near';
import type { EventWords, QuantityReading } from './reading';
import { dict } from '../text/util';

export type { EventWords, QuantityReading } from './reading';

/** How many words either side of the figure its deed may sit ("… were killed", "killing 14 …"). */
const REACH_BEFORE = 12;
/** Words that make a dated figure a running total ("the toll rose to 62 on Wednesday") … */
const TOTAL_CUES = ['toll', 'total', 'far', 'all', 'reached', 'now', 'since', 'overall', 'altogether', 'cumulative', 'date', 'tally'];
/** … words that make it an addition, counted for a span ("1,200 new cases this week", "42 on Tuesday alone") … */
const INCREMENT_CUES = ['new', 'additional', 'fresh', 'further', 'another', 'alone'];
/** … and spans that, when the figure is dated within them, make it that span's count. */
const PERIOD_CUES = ['week', 'weekly', 'day', 'daily', 'overnight', 'month', 'monthly', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'yesterday', 'today'];
const RELATIVE_WORDS = new Set(['who', 'which', 'that', 'whose']);
const SPAN_TO = /\b(?:in|during|over|for) the (?:past |last |previous )?(?:week|fortnight|month|quarter|seven days|ten days|14 days|24 hours|48 hours) (?:to|ending|until|up to|through)\b/;
const UNREALISED = new Set(['will', 'would', 'to', 'could', 'shall', 'may', 'might', 'plans', 'pledged', 'promised', 'agreed']);
const RANSOM = CONCEPTS.find((c) => c.id === 'ransom')!;
const PROMISE_OF: Record<string, Concept> = (() => {
  const by = new Map(CONCEPTS.map((c) => [c.id, c]));
  return { supply: by.get('agreed')!, aid: by.get('pledged')!, money: by.get('pledged')! };
})();

/** Nouns after an event noun that make it a place: "the crash site", "the blast scene". */
const EVENT_PLACES = new Set(['site', 'sites', 'scene', 'location', 'area', 'zone']);

/** Words in a count's noun phrase that change what is counted: suspected and confirmed cases are two tallies. */
const STATUS: Record<string, string> = dict({ suspected: 'suspected', probable: 'suspected', possible: 'suspected', confirmed: 'confirmed', 'laboratory-confirmed': 'confirmed', 'lab-confirmed': 'confirmed' });

/**
 * Reads what a figure counts from its sentence: the deed nearest to it within its clause, the
 * counted thing, a place it is limited to, and whether it is a total, a count for a stated
 * period, a rate, a commitment, an amount or a duration. Null when nothing says what it counts.
 */
export function readQuantity(f: Figure, sentence: string, at: number, asOf: AsOf, event: EventWords | null = null, depth = 0): QuantityReading | null {
  const eventWords = event?.words ?? new Set<string>();
  const ws = wordsOf(sentence);
  const endAt = at + f.text.length;
  const first = wordAt(ws, at);
  const last = Math.max(first, wordAt(ws, endAt) - 1);
  const reach = f.kind === 'money' ? REACH_AFTER + 4 : REACH_AFTER;
  // "870 of its 2,100 staff had failed to report": the part's clause runs on past its whole;
  // the whole's deed is the part's, so the whole says nothing of what it counts.
  if (f.kind === 'count' && isWhole(ws, first)) return null;
  const whole = f.kind === 'count' ? wholeAfter(ws, last) : -1;
  const { from } = clauseAround(ws, sentence, first, last, reach, REACH_BEFORE);
  let { to } = clauseAround(ws, sentence, first, whole >= 0 ? whole : last, reach, REACH_BEFORE);
  // "backed the deal by 87% to 13%": each side of a declared vote is its own quantity, fixed once declared.
  const vote = voteOf(f, ws, sentence, first);
  if (vote !== null) return { concept: vote.concept, family: vote.concept, label: vote.label, thing: vote.thing, scope: null, kind: f.kind === 'percent' ? 'rate' : 'amount', per: null, stated: false, near: true, prep: 'in', moneyName: null };
  let thingAt = -1;
  for (let i = last + 1; f.thing && i <= Math.min(ws.length - 1, last + 5) && thingAt < 0; i++) if (ws[i].raw === f.thing) thingAt = i;
  const tail = Math.max(last, thingAt) + 1;
  // "All 2,400 workers at the plant in the northern town of Ostrel will lose their jobs": a phrase
  // of place after the counted noun, ended by the verb's auxiliary, puts the verb no further off.
  const placed = placePhraseAfter(ws, tail);
  if (placed > 0) to = clauseAround(ws, sentence, first, whole >= 0 ? whole : last, reach + placed, REACH_BEFORE).to;
  // "Valdria spent €300 million on flood recovery last year": a figure of another event is not this story's.
  // "disaster assistance" may be this story's: a generic event word names no other event.
  // "around the crash site", "at the blast scene": an event noun naming a place is where the story's event happened, not another event.
  const otherEvent = (i: number) => {
    const w = ws[i].lower;
    return EVENT_NOUNS[w] !== undefined && EVENT_NOUNS[w] !== event!.noun && !GENERIC_EVENTS.has(EVENT_NOUNS[w]) && !CONSEQUENCE_EVENTS.has(EVENT_NOUNS[w]) && !event!.alsoKinds?.has(EVENT_NOUNS[w]) && !EVENT_PLACES.has(ws[i + 1]?.lower ?? '');
  };
  // Words between the figure and its noun count too: "1,150 dead seabirds".
  // "2,000 workers and volunteers have been deployed": two nouns joined by "and" are one phrase, its deed after both.
  const pair = thingAt >= 0 && ws[thingAt + 1]?.lower === 'and' && !!ws[thingAt + 2] && isPluralNoun(ws[thingAt + 2].lower) && !isCapitalised(ws[thingAt + 2].raw) ? thingAt + 2 : thingAt;
  let hits = conceptsNear(ws, sentence, first, last, f, from, to, eventWords, Math.max(last, pair));
  // The phrase of place reached over names where, not what happened ("in the lower part of town").
  if (placed > 0) hits = hits.filter((h) => h.at < tail || h.at >= tail + placed);
  // "The camp, which shelters about 38,000 people who fled the August floods": when the deed stands
  // before the figure, a relative clause on its noun only describes what is counted; its event is not the figure's.
  // "300 people who died in the 2019 floods" has its deed in that clause: a figure of the other event.
  const described = thingAt >= 0 && RELATIVE_WORDS.has(ws[thingAt + 1]?.lower ?? '') && hits.some((h) => h.at < first) ? thingAt + 1 : to;
  if (event !== null && ws.slice(last + 1, Math.min(to, described)).some((_, i) => otherEvent(last + 1 + i)) && !ws.slice(from, to).some((w) => eventWords.has(w.lower))) return null;
  // "2,000 residents who live within a 3.1-mile radius of the plant remained out of their homes": the
  // main verb after a relative clause on the noun is the figure's, as near as if the clause were not there.
  const relative = thingAt >= 0 ? afterRelative(ws, sentence, thingAt) : null;
  if (relative !== null) {
    const main = conceptsNear(ws, sentence, first, last, f, relative.from, relative.to, eventWords, relative.from - 1);
    hits = [...main, ...hits.filter((h) => h.at < relative.from)].sort((a, b) => a.distance - b.distance);
  }
  // "The death toll from Tuesday's blast at the plant rose to nine": a level is of the tally the
  // verb's object or subject names, not a change ("rose"); found however far that noun stands.
  const level = f.kind === 'duration' ? null : levelOf(ws, first, (i) => clauseEndsBefore(ws, sentence, i));
  let levelThing: string | null = null;
  if (level !== null) {
    // The level's own verb is no deed of people ("the toll has reached 40"), though it may say what grew ("has grown to 12,000 hectares").
    hits = hits.filter((h) => !(h.concept.family === 'change' && h.at >= level.verb && h.at < first) && !(h.at === level.verb && h.concept.people));
    let named = hits.find((h) => h.distance <= NEAR && h.concept.family !== 'change');
    if (named === undefined) {
      const object = conceptsNear(ws, sentence, first, last, f, level.verb + 1, first - 1, eventWords).filter((h) => h.concept.family !== 'change');
      const subject = object.length > 0 ? [] : conceptsNear(ws, sentence, first, last, f, subjectStart(ws, sentence, level.verb), level.verb, eventWords).filter((h) => h.concept.family !== 'change');
      // The head of the noun phrase comes first: "the number of people who have died", "the death toll from …".
      named = [...object, ...subject].sort((a, b) => a.at - b.at)[0];
      if (named !== undefined) hits = [{ ...named, distance: 1, phrase: true }, ...hits];
    }
    // "the number of homes destroyed now stands at 310": what the tally counts is named by its deed.
    if (named !== undefined && !f.thing && named.at < first) levelThing = pluralNear(ws, named.at, named.at - 3, Math.min(first, named.at + 4));
  }
  // "860 buildings had collapsed … and about 6,800 had been damaged": a bare count joined by "and" to
  // a figure with a noun counts that noun (its own deed says what happened to them).
  if (f.kind === 'count' && !f.thing && levelThing === null && from > 0 && JOINS.has(ws[from - 1].lower)) {
    const elided = wholeBefore(sentence, at)?.figure.thing ?? null;
    wordsOf(sentence);
    if (elided !== null && isPluralNoun(elided.toLowerCase())) levelThing = elided.toLowerCase();
  }
  // "The EU promised €20 million and Britain £8 million": the deed before "and" carries over.
  if (hits.length === 0 && from > 0 && JOINS.has(ws[from - 1].lower) && to - (Math.max(last, thingAt) + 1) <= 1) hits = conceptsNear(ws, sentence, first, Math.max(last, thingAt), f, Math.max(0, first - REACH_BEFORE), from - 1, eventWords).map((h) => ({ ...h, carried: true }));
  // "claiming a 6.5% rise", "accepted a 5.5% pay rise": the size of what is asked, offered or agreed, not a change.
  const rise = f.kind === 'percent' || f.kind === 'money' ? negotiatedRise(ws, first, last, from) : null;
  if (rise !== null) hits = [{ concept: rise.concept, distance: 1, phrase: true, at: rise.at }, ...hits.filter((h) => h.concept.family !== 'change')];
  const per = perOf(ws, tail, to) ?? perOfWhole(ws, whole) ?? (f.kind === 'money' ? perUnitOf(ws, tail, to) : null);
  // The clause as far as it runs past the deed's reach: a phrase of place may end there.
  const beyond = clauseAround(ws, sentence, first, last, reach + 4, REACH_BEFORE).to;
  const placeScope = scopeOf(ws, from, first, tail, to, eventWords, beyond);
  // "sheltering in three camps: Lomira (24,500), Harvo (11,200)": a count in brackets after a name is that place's share.
  const bracketed = depth === 0 && f.kind === 'count' && !f.thing ? bracketedPlace(sentence, ws, first, at, f.text.length) : null;
  if (bracketed !== null) {
    const whole = wholeOfPart(sentence, at, f.value);
    const base = whole ? readQuantity(whole.figure, sentence, whole.at, asOf, event, 1) : null;
    wordsOf(sentence);
    if (base !== null) return { ...base, scope: bracketed, near: true, zero: false };
  }
  const inList = depth === 0 && f.kind === 'count' && !f.thing && bracketed === null ? listedPlace(sentence, ws, last, at) : null;
  if (inList !== null) {
    const whole = wholeBeforeColon(sentence, at, f.value);
    const base = whole ? readQuantity(whole.figure, sentence, whole.at, asOf, event, 1) : null;
    wordsOf(sentence);
    if (base !== null) return { ...base, scope: inList, near: true, zero: false };
  }
  // "…has risen to 136, 58 of them in Portavera": a share counts what its whole counts, in one place or status.
  // "22 of them from Brask": the numbers stage may name the share's noun from "them"; it is still a share.
  if (depth === 0 && f.kind === 'count' && (!f.thing || ws[last + 1]?.lower === 'of') && isShare(ws, first, last)) {
    const share = shareOf(f, sentence, at, asOf, event, ws, last, to, placeScope);
    if (share !== null) return share;
  }
  // "in May", "last week": a count within a stated span. "since it broke out in late July" is a running total.
  // Only words next to the figure say whether it is a total or a period's count.
  const clause = new Set(ws.slice(Math.max(from, first - 5), Math.min(to, tail + 5)).map((w) => w.lower));
  const totalCue = TOTAL_CUES.some((c) => clause.has(c));
  // "In Tobrek alone": a place's share, not an addition.
  // "Divers recovered two more bodies", "40 extra beds": "more" right after the figure (not "more than") adds to a count.
  const moreAfter = (ws[last + 1]?.lower === 'more' || ws[last + 1]?.lower === 'extra') && ws[last + 2]?.lower !== 'than' && ws[last + 2]?.lower !== 'or';
  const increment = moreAfter || INCREMENT_CUES.some((c) => clause.has(c) && !(c === 'alone' && placeScope !== null));
  const periodCue = PERIOD_CUES.some((c) => clause.has(c));
  // "culled in the week to 2 February", "in the month ending 31 May": a stated span, however its end is dated.
  // "About 750,000 of them were culled in the week to Sunday": the span may stand past the clause's reach, not past its punctuation.
  const rest = sentence.slice(at + f.text.length).split(/[,;:!?]|\.\s/)[0].slice(0, 90).toLowerCase().replace(/\s+/g, ' ');
  const spanTo = SPAN_TO.test(ws.slice(Math.max(from, first - 8), Math.min(to, tail + 8)).map((w) => w.lower).join(' ')) || SPAN_TO.test(rest);
  const stated = !totalCue && (increment || spanTo || (asOf.within && periodCue));
  const physical = f.kind === 'measure' && f.unit !== null ? dimensionOf(f.unit) : null;
  if (f.kind === 'duration') return readDuration(f, ws, sentence, at, first, last, from, to, event);
  // "176 deaths", "120 suspected cases": the noun is the deed. "1,600 firefighters" only when nothing else is said.
  const noun = f.thing?.toLowerCase() ?? '';
  // "saved 200 lives": a deed done to people, right by the noun, says more than the noun alone.
  const deedNoun = hits.some((h) => h.distance <= 2 && h.concept.defaultThing === 'people' && h.concept.family !== DEED_NOUNS[noun]?.family) ? undefined : DEED_NOUNS[noun];
  const implied = deedNoun ?? THING_CONCEPTS[noun];
  const impliedHit = implied ? { concept: implied, distance: 0, phrase: true, at: first } : null;
  const own = hits.find((h) => !h.carried && (f.kind !== 'count' || f.thing !== null || levelThing !== null || h.concept.defaultThing !== undefined));
  // "a magnitude of 6.9", "a 7.2-magnitude quake": the figure is the scale's reading.
  // The numbers stage may span the scale's word itself ("6.9-magnitude", "magnitude 7.2": unit "magnitude").
  const scale = f.unit === 'magnitude' || /^\s*-?\s*magnitude/i.test(sentence.slice(endAt, endAt + 14)) || /magnitude\s+(?:of\s+)?$/i.test(sentence.slice(Math.max(0, at - 16), at));
  // A quake has one magnitude whenever it is reported: figures are compared at any date.
  if (scale) return { concept: 'magnitude', family: 'magnitude', label: 'magnitude', thing: 'magnitude', scope: null, kind: 'amount', per: null, stated: false, near: true, prep: 'of', moneyName: null };
  const listed = (deedNoun ? impliedHit : null) ?? own ?? impliedHit ?? hits.find((h) => f.kind !== 'count' || f.thing !== null || levelThing !== null || h.concept.defaultThing !== undefined) ?? null;
  // "Hospitals treated more than 31,000 people": a verb no concept lists, right by a counted noun, is its deed.
  // "have treated about 4,700 people in the camps": a verb right by the figure says what happened to
  // them; a listed word further off, in a phrase of place, says where.
  const open = f.kind === 'count' && f.thing !== null && (listed === null || (listed.distance > 2 && !listed.phrase && listed !== impliedHit)) ? openDeed(ws, first, thingAt, to) : null;
  // The verb by the figure may be a listed deed itself ("148 homes had been destroyed"): then it is that deed.
  const openListed = open ? hits.find((h) => h.at === open.at) : undefined;
  const deed: Hit | null = openListed ? { ...openListed, distance: 1 } : open ? { concept: open.concept, distance: 1, phrase: false, at: open.at } : listed;
  // "the Ostra camp now holds 14,200 people", "3,100 registered at the Varna centre": people at a named site are its population.
  const site = f.kind === 'count' && (!f.thing || thingName(f.thing) === 'people') ? namedSite(ws, sentence, from, first, last, to, deed, eventWords) : null;
  const hit: Hit | null = site !== null && staysAt(ws, sentence, first, to, deed) ? { concept: SHELTERED, distance: 1, phrase: true, at: deed?.at ?? first } : deed;
  // "the main reservoir serving the capital sank to 18%", "turnout was at 62%": a percentage a
  // named thing stands at is that thing's level, a reading at a time.
  if (f.kind === 'percent' && hit === null) {
    const held = heldLevel(ws, first, from);
    if (held !== null) return { concept: 'level', family: 'level', label: 'level', thing: `${held} level`, scope: placeScope, kind: 'rate', per: null, stated: false, near: true, prep: 'of', moneyName: null };
  }
  if (f.kind === 'fraction' || (f.kind === 'percent' && hit === null)) return null;
  // "peaked at 46.8°C at Ilmarez airport": a temperature is a reading at a place, at a time.
  if (f.kind === 'measure' && (f.unit === '°C' || f.unit === '°F')) {
    const site = siteOf(ws, first, last, from, to);
    return { concept: 'temperature', family: 'temperature', label: 'temperature', thing: 'temperature', scope: site, kind: 'count', per: null, stated: false, near: site !== null, prep: 'during', moneyName: null };
  }
  if (physical !== null) {
    // An area or a length burned, spilled or flooded adds up; only its deed's words name it.
    // "has grown to 12,000 hectares, forcing 6,500 people from their homes": the nearest deed an area can have.
    const deed = hits.find((h) => h.concept.physical && !h.carried)?.concept ?? (hit?.concept.physical ? hit.concept : null);
    // A length is named by what it measures ("depth", "radius", "coastline"): each is its own quantity.
    const length = physical === 'length' ? lengthOf(ws, sentence, first, last, f.text) : null;
    const thing = length?.thing ?? physical;
    // "within 1 km of the plant", then "widened to 2 km": a zone's radius is what it is at a time
    // (a level, compared on the same day), not a total that adds up.
    const kind: MeasureKind = per ? 'rate' : hit?.concept.commitment ? 'commitment' : stated || thing === 'radius' ? 'count' : 'cumulative-count';
    // "35 km north of Tobrek", "a depth of 10 km": a length with no deed is no quantity of the
    // story; "15 km of coastline", "12,000 hectares of forest" say what they measure.
    const measured = ws[last + 1]?.lower === 'of' && !!ws[last + 2] && !isCapitalised(ws[last + 2].raw) && !STOPWORDS.has(ws[last + 2].lower);
    const scope = length?.thing === 'distance' ? length.from : placeScope;
    return { concept: physical, family: physical, label: deed?.label ?? physical, thing, scope, kind, per, stated, near: deed !== null || measured || (length !== null && (length.thing !== 'distance' || length.from !== null)), prep: deed ? (deed.prep ?? 'by') : 'of', moneyName: null };
  }
  if (hit === null) return depth === 0 && f.kind === 'money' ? restatedMoney(f, sentence, at, asOf, event) : null;
  // "would provide C$250 million", "agreed to supply": a deed not yet done is a promise of it.
  const promise = PROMISE_OF[f.kind === 'money' && (hit.concept.family === 'supply' || hit.concept.family === 'aid') ? 'money' : hit.concept.family];
  const promised = UNREALISED.has(ws[hit.at - 1]?.lower ?? '') && promise ? promise : hit.concept;
  // "A ransomware gang has demanded 60 bitcoin": money demanded with a ransom named, or in a ransomware attack, is a ransom, not pay.
  // A demand in bitcoin is a ransom whatever words stand by it.
  const c = f.kind === 'money' && promised.id === 'demanded' && (f.currency === 'BTC' || [...ws.slice(from, to).map((w) => w.lower), ...eventWords].some((w) => /^(?:ransom|extort)/.test(w))) ? RANSOM : promised;
  const counted = c.countsAs ?? (f.kind === 'money' ? 'money' : f.kind === 'percent' ? '%' : f.thing && !/ly$/.test(f.thing) ? thingName(f.thing) : levelThing !== null ? thingName(levelThing) : (c.defaultThing ?? null));
  if (counted === null || STOPWORDS.has(counted)) return null;
  let status: string | undefined;
  // "8,400 suspected cases", "of which 1,150 have been confirmed": the status before the noun or just after the figure.
  for (let i = last + 1; i < Math.max(thingAt, last + 2, tail + 4) && i < to && status === undefined; i++) status = STATUS[ws[i].lower];
  // Patients are cases of a disease only where cases are counted: treated, admitted or whose data was taken, they are people.
  const patients = counted === 'cases' && f.thing?.toLowerCase() === 'patients' && c.family !== 'cases';
  const thing = patients ? 'people' : status && (counted === 'cases' || c.id === 'cases') ? `${status} ${counted}` : counted;
  // Money is pledged in one city for another ("in Geneva", "for Lusenda"): who gives it is its scope, not a place.
  const scope = f.kind === 'money' ? (c.commitment ? agentOf(ws, hit.at, first, tail, to) : null) : (site ?? placeScope);
  const kind: MeasureKind =
    f.kind === 'percent' ? 'rate' : per ? 'rate' : c.commitment ? 'commitment' : f.kind === 'money' ? (c.accrues && !stated ? 'cumulative-count' : 'amount') : stated || c.level ? 'count' : 'cumulative-count';
  // A phrase ("death toll", "paid out") says what it is anywhere in the clause; a single word only near the figure.
  // "services" is what a ferry's sailings and a railway's trains both are: the title keeps the word the copy used.
  // So is "cases" for patients: a breach's patients are people, not cases of a disease.
  const written = (thing === 'services' || patients) && f.thing ? f.thing.toLowerCase() : undefined;
  // "Brenna holds another 6,000": a site's population is a level at the site; "another" names another site's, not an addition.
  const addition = stated && !(site !== null && c.id === SHELTERED.id);
  const eventPlace = f.kind === 'count' && scope === null ? eventPlaceOf(ws, tail, beyond, eventWords) : null;
  return { ...(eventPlace ? { eventPlace } : {}), zero: f.qualifier === 'none', concept: c.id, family: c.family, label: c.label, thing, scope, kind, per, stated: addition, near: hit.distance <= NEAR || hit.phrase || f.kind === 'money', prep: c.prep ?? 'by', moneyName: c.money ?? null, ...(written ? { written } : {}) };
}

/**
 * The reading of a share from its whole's: the whole's quantity, limited to the place or the status
 * the share's words name ("in Portavera", "have been confirmed"). Null when they name neither: a part
 * no words tell apart from its whole is left to a person.
 */
function shareOf(f: Figure, sentence: string, at: number, asOf: AsOf, event: EventWords | null, ws: Word[], last: number, to: number, placeScope: string | null): QuantityReading | null {
  const whole = wholeBefore(sentence, at);
  if (whole === null) return null;
  // Words of the whole are re-read, so the sentence's cached words stay those of this sentence.
  const base = readQuantity(whole.figure, sentence, whole.at, asOf, event, 1);
  wordsOf(sentence);
  if (base === null) return null;
  let status: string | undefined;
  for (let i = last + 1; i < Math.min(ws.length, Math.max(to, last + 5)) && status === undefined; i++) status = STATUS[ws[i].lower];
  const place = placeScope ?? sharePlace(ws, last);
  if (status === undefined && place === null) return null;
  const bare = base.thing.replace(/^(?:suspected|confirmed) /, '');
  const thing = status !== undefined && /cases$/.test(bare) ? `${status} ${bare}` : base.thing;
  return { ...base, thing, scope: place ?? base.scope, near: true, zero: f.qualifier === 'none' };
}

/** "60 bitcoin, worth about $5.8 million", "€40m (£34m)": an amount restated in another currency is the same quantity. */
const RESTATES = /^\s*(?:,|\(|—|–)?\s*(?:(?:then|at the time)\s+)?(?:(?:worth|valued at|equivalent to|or)\s+)?(?:(?:about|around|roughly|some|approximately|nearly|almost|close to)\s+)?$/i;
function restatedMoney(f: Figure, sentence: string, at: number, asOf: AsOf, event: EventWords | null): QuantityReading | null {
  const before = figureBefore(sentence, at, 'money');
  const gap = sentence.slice(before?.figure.end ?? 0, at);
  // "then $9 million" is what it became, not the same amount again: "then" restates only with "worth" and its kin.
  if (before === null || !RESTATES.test(gap) || before.figure.end === at || /\bthen\s*(?:about|around|roughly|some)?\s*$/i.test(gap)) return null;
  const base = readQuantity(before.figure, sentence, before.at, asOf, event, 1);
  wordsOf(sentence);
  return base;
}
