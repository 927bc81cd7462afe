import type { Measure, MeasureSignature, Topic } from '../../domain/schemas';
import type { QuantityReading } from './reading';
import { eventScore, eventWords, GENERIC_EVENTS, type ArticleEvent } from './event';
import { DIMENSIONS } from './physical';

/*
 * A figure whose quantity ingest can read joins the measure of that quantity in its event's
 * topic, or proposes one named from what it counts and of what event. A match in another topic,
 * or with no event to place it, is never confident: a person decides.
 */

/** Confidence of a figure that joins its quantity's measure in its own event's topic. */
export const JOIN_SURE = 0.85;
/** Confidence of a figure that founds a measure: the deed is next to the figure, the event named. */
export const FOUND_SURE = 0.8;
export const DOUBT = 0.5;

export function signatureOf(r: QuantityReading): MeasureSignature {
  return { concept: r.concept, family: r.family, thing: r.thing, scope: r.scope, per: r.per, ...(r.zero ? { denial: true } : {}) };
}

const COUNTS = new Set<Measure['kind']>(['count', 'cumulative-count']);

function sameQuantity(m: Measure, r: QuantityReading): boolean {
  const s = m.signature;
  // A denial ("none since Monday") meets the figures it denies, totals or a day's count alike.
  const kindFits = m.kind === r.kind || ((r.zero || s?.denial) && COUNTS.has(m.kind) && COUNTS.has(r.kind));
  return !!s && s.concept === r.concept && s.thing === r.thing && (s.scope ?? null) === r.scope && (s.per ?? null) === r.per && !!kindFits;
}

/**
 * The topic an article belongs to: the emerged topic whose event it names most ("Kessel Ridge"
 * and "fire" for "kessel ridge|fire"), even when its own headline calls the event otherwise.
 */
export function topicFor(words: Set<string>, topics: Topic[], own: ArticleEvent | null = null): Topic | null {
  let best: { t: Topic; score: number } | null = null;
  for (const t of topics) {
    if (!t.eventKey) continue;
    const score = eventScore(t.eventKey, words) || sameNamedEvent(t.eventKey, own);
    if (score > 0 && (best === null || score > best.score)) best = { t, score };
  }
  return best?.t ?? null;
}

/**
 * An article that names its event by a word the topic's event is known by ("the Portavera
 * heatwave" for a heatwave whose first article spoke of Portavera) is about that event, weakly.
 */
function sameNamedEvent(key: string, own: ArticleEvent | null): number {
  if (own === null) return 0;
  const [mods, noun, also = ''] = key.split('|');
  const [ownMods, ownNoun] = own.key.split('|');
  // "the Kervan failure" for a topic founded as "the Brask flood" that knows Kervan: a generic word
  // for an event ("failure", "disaster") names whatever happened there.
  if (noun !== ownNoun && !GENERIC_EVENTS.has(ownNoun) && !GENERIC_EVENTS.has(noun)) return 0;
  const known = new Set([...mods.split(' '), ...also.split(' ')].filter(Boolean));
  return ownMods.split(' ').some((w) => known.has(w)) ? 0.5 : 0;
}

/** The event as a title names it, from the topic the article joined: "the Kessel fire", "the ferry strike". */
export function eventOfTopic(t: Topic, text: string): ArticleEvent {
  const key = t.eventKey!;
  const noun = key.split('|')[1];
  const bare = t.title.replace(/^the /i, '');
  // "Ferry strike" is a headline's capital when the copy writes "the ferry strike".
  const lower = bare.charAt(0).toLowerCase() + bare.slice(1);
  const name = text.includes(` ${lower.split(' ').slice(0, 2).join(' ')}`) ? lower : bare;
  return { key, name, title: t.title, noun, words: eventWords(key) };
}

const PER_LABEL: Record<string, string> = { day: 'per day', week: 'per week', month: 'per month', year: 'per year', hour: 'per hour', night: 'per night', shift: 'per shift' };
const KIND_SUFFIX: Partial<Record<Measure['kind'], string>> = { count: ' (in a stated period)', commitment: '' };

function capital(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/**
 * "Passengers stranded by the ferry strike", "People killed in the Kessel fire", "Area burned by
 * the Kessel fire (ha)", "Cost of the ferry strike per day (GBP)", "Duration of the ferry strike (weeks)".
 */
export function measureTitle(r: QuantityReading, unit: string, event: ArticleEvent | null): string {
  const of = event ? ` ${r.prep} the ${event.name}` : '';
  const where = r.scope ? ` ${scopeWords(r.scope)}` : '';
  const per = r.per ? ` ${PER_LABEL[r.per] ?? `per ${r.per}`}` : '';
  const suffix = r.stated ? (KIND_SUFFIX[r.kind] ?? '') : '';
  if (r.kind === 'duration' && r.since) return `Time since ${r.thing}${event ? ` (${event.name}, ${unit})` : ` (${unit})`}`;
  if (r.kind === 'duration') return `Duration of the ${event && r.thing === event.noun ? event.name : r.thing} (${unit})`;
  if (r.thing === 'magnitude') return `Magnitude of the ${event?.name ?? 'event'}`;
  // Money's scope is who gives it: "Aid pledged by Japan for the cholera outbreak (JPY)".
  if (r.thing === 'money') return `${r.moneyName ?? `Money ${r.label}`}${r.scope ? ` by ${r.scope}` : ''}${of}${per}${suffix} (${unit})`;
  if (r.thing === '%') return `Percentage ${r.label}${of}${where}${per}${suffix} (%)`;
  // "Depth of the Tobrek earthquake (km)", "Coastline spilled by the … (km)", "Distance from Tobrek of the … (km)".
  if (DIMENSIONS.has(r.concept) && r.thing !== r.concept) {
    const named = r.thing === 'distance' ? `Distance${r.scope ? ` from ${r.scope}` : ''}` : `${capital(r.thing)}${r.label === r.concept ? '' : ` ${r.label}`}${where}`;
    return `${named}${per}${of}${suffix} (${unit})`;
  }
  const physical = r.thing === r.concept;
  const noun = r.written && r.written !== 'services' ? r.written : r.thing;
  const what = physical ? `${capital(r.thing)}${r.label === r.thing ? '' : ` ${r.label}`}` : `${capital(noun)} ${r.label}`;
  return `${what}${where}${per}${of}${suffix}${physical ? ` (${unit})` : ''}`;
}

export interface QuantityProposal {
  /** An existing measure of this quantity, when there is one. */
  measure: Measure | null;
  confidence: number;
  reason: string;
}

/** Which emerged measure, if any, holds this quantity, and how sure that is. */
export function proposeByQuantity(r: QuantityReading, event: ArticleEvent | null, topic: Topic | null, measures: Measure[]): QuantityProposal {
  const same = measures.filter((m) => sameQuantity(m, r));
  const home = topic ? same.find((m) => m.topicId === topic.id) : undefined;
  const what = `${r.thing} ${r.label}${r.scope ? ` ${scopeWords(r.scope)}` : ''}`;
  if (home) return { measure: home, confidence: r.near ? JOIN_SURE : DOUBT + 0.1, reason: `the same quantity (${what}) in the same story (${topic!.title})${r.near ? '' : '; the deed is not next to the figure'}` };
  // In another story the same words are another quantity: a new measure in this story's topic.
  if (event === null && same.length > 0) return { measure: same[0], confidence: DOUBT, reason: `the same quantity (${what}) in another story; this article names no event: a person decides` };
  if (event === null) return { measure: null, confidence: DOUBT, reason: `a new quantity (${what}), but the article names no event to file it under` };
  return { measure: null, confidence: r.near ? FOUND_SURE : DOUBT + 0.1, reason: `a new quantity (${what}) in ${event.title}${r.near ? '' : '; the deed is not next to the figure'}` };
}

/** A scope as a title says it: "in Arlo", but "outside the zone" as it stands. */
function scopeWords(scope: string): string {
  return /^(?:outside|inside|beyond|within) the /.test(scope) ? scope : `in ${scope}`;
}
