import { analyseArticle, extractFigures, wireCredit, type AnalysedFigure } from '../extract';
import { UNSURE } from '../extract/measure';
import { articleEvent, articleWords, ownEventKinds, eventOfTopic, incidentalReason, earlierEventReason, measureTitle, proposeByQuantity, signatureOf, thingName, topicFor, type ArticleEvent, type QuantityReading } from '../extract/quantity';
import type { DateEstimate, Measure, MeasureKind, Speaker, Topic } from '../domain/schemas';
import type { NewClaim } from '../domain/new-claim';
import { estimatePublished } from '../domain/estimate';
import { formatDate, spanHolding } from '../domain/dates';
import { statedStart } from '../extract/quantity';
import type { ValueInterval } from '../domain/value';
import type { IngestInput } from './input';
import { contentHash as hashText } from '../domain/hash';
import { UNSORTED_TOPIC } from '../domain/unsorted';
import { InputError } from '../domain/errors';

/** Figures matched at least this surely are accepted at once (shown as not reviewed). */
export const AUTO_ACCEPT = 0.75;

export interface PlannedFigure {
  claim: NewClaim;
  measureTitle: string;
  /** A measure the figure proposes because none fits; created with the claim. */
  newMeasure: Measure | null;
  confidence: number;
  reason: string;
  /** accepted: a person chose its measure in the preview (./edits); set-aside: incidental to the story, counted nowhere (../extract/quantity/incidental). */
  decision: 'accepted-automatically' | 'needs-review' | 'accepted' | 'set-aside';
}

export interface IngestPlan {
  /** The topic of the event the article is about, when it is the first article to name it. */
  newTopic: Topic | null;
  source: { id: string; outlet: string; wire: string | null; title: string; url: string | null; published: string | null; publishedEstimate: DateEstimate | null; text: string; contentHash: string };
  figures: PlannedFigure[];
}

export function slug(s: string, max = 48): string {
  return (
    s
      .normalize('NFKD')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, max)
      .replace(/-+$/, '') || 'x'
  );
}

function valueOf(a: AnalysedFigure): ValueInterval {
  const f = a.figure;
  // A denial asserts nothing: it is drawn at zero and flagged against what others assert.
  if (a.attribution.stance === 'denies') return { low: 0, high: 0, best: 0, lowInclusive: true, highInclusive: true, qualifier: 'none', text: f.text };
  return { low: f.low, high: f.high, best: f.value, lowInclusive: f.lowInclusive, highInclusive: f.highInclusive, qualifier: f.qualifier, text: f.text };
}

const KIND_OF: Record<string, MeasureKind> = { duration: 'duration', money: 'amount' };

/** A measure for a figure that fits none: named from what it counts, waiting in "New figures". */
function proposeNewMeasure(a: AnalysedFigure, taken: Set<string>): Measure {
  const f = a.figure;
  const what = f.thing ?? f.unit ?? f.kind;
  const id = uniqueId(slug(`${what}-${f.kind}`, 40), taken);
  const title = `${what.charAt(0).toUpperCase()}${what.slice(1)} (${f.kind === 'money' ? `amount${f.currency ? `, ${f.currency}` : ''}` : f.kind})`;
  return {
    id,
    topicId: UNSORTED_TOPIC.id,
    title,
    description: `Proposed by ingest for “${f.text}${f.thing ? ` ${f.thing}` : ''}”.`,
    unit: f.unit ?? f.thing ?? 'count',
    currency: f.currency,
    kind: KIND_OF[f.kind] ?? 'count',
    referenceDate: null,
    tolerance: 0.05,
    keywords: f.thing ? [f.thing.toLowerCase()] : [],
    position: 100 + taken.size,
  };
}

/** `base`, or `base-2`, `base-3`, … whichever is free; taken from then on. */
export function uniqueId(base: string, taken: Set<string>): string {
  let id = base;
  for (let i = 2; taken.has(id); i++) id = `${base}-${i}`;
  taken.add(id);
  return id;
}

/** A measure for a quantity no measure holds yet, named from what it counts and of what event. */
function measureFromQuantity(a: AnalysedFigure, r: QuantityReading, event: ArticleEvent | null, topic: Topic, taken: Set<string>, outlet: string, published: string | null): Measure {
  const f = a.figure;
  const unit = f.kind === 'money' ? (f.currency ?? 'money') : f.kind === 'percent' ? '%' : (f.kind === 'measure' || f.kind === 'duration') && f.unit ? f.unit : r.thing;
  const title = measureTitle(r, unit, event);
  return {
    id: uniqueId(slug(title, 60), taken),
    topicId: topic.id,
    title,
    description: `Proposed by ingest from the first figure of this quantity: “${f.text}” (${outlet}${published ? `, ${formatDate(published)}` : ''}).`,
    unit,
    currency: f.kind === 'money' ? f.currency : null,
    kind: r.kind,
    referenceDate: null,
    // A magnitude is a logarithm: 6.9 and 7.2 are far apart.
    tolerance: r.kind === 'duration' || r.thing === 'magnitude' ? 0.01 : 0.05,
    keywords: [],
    position: 100 + taken.size,
    signature: signatureOf(r),
  };
}

interface Placement {
  measure: Measure;
  newMeasure: Measure | null;
  confidence: number;
  reason: string;
}

/**
 * The figure plainly counts something else than the measure does: "the death toll … rose to 20"
 * counts people, whatever words it shares with a drones measure ("fire" and "fired").
 */
function countsOther(m: Measure, q: QuantityReading | null): boolean {
  if (q === null || q.kind === 'duration' || q.thing === 'money' || q.thing === '%' || q.thing === q.concept) return false;
  const words = new Set([thingName(m.unit), ...m.keywords.map((k) => thingName(k))]);
  return !words.has(q.thing);
}

/** Figures one article may hold: 2,000 store in a few seconds; a text of tens of thousands would tie the server up. */
export const MAX_FIGURES_PER_ARTICLE = 5000;

/** Where a merged measure or topic went: followed to the one that is still live. */
function live<T extends { id: string; mergedInto?: string | null }>(x: T, byId: Map<string, T>): T {
  let cur = x;
  for (let hops = 0; cur.mergedInto && byId.has(cur.mergedInto) && hops < 20; hops++) cur = byId.get(cur.mergedInto)!;
  return cur;
}

/**
 * Where a figure goes: a curated measure its words clearly name; else the measure of the
 * quantity it counts in its event's topic (made now if none holds it); else the best guess,
 * for a person to decide.
 */
function place(a: AnalysedFigure, known: Measure[], byId: Map<string, Measure>, event: ArticleEvent | null, topic: Topic | null, taken: Set<string>, source: { outlet: string; published: string | null }): Placement {
  const named = a.measure.measureId ? byId.get(a.measure.measureId) : undefined;
  const keyed = named && !countsOther(named, a.quantity) ? named : undefined;
  // An article about another story's event is never confidently on this story's measure.
  const elsewhere = keyed !== undefined && topic !== null && keyed.topicId !== topic.id;
  if (keyed && a.measure.confidence >= AUTO_ACCEPT && !elsewhere) return { measure: keyed, newMeasure: null, confidence: a.measure.confidence, reason: a.measure.reason };
  const keyedConfidence = elsewhere ? Math.min(a.measure.confidence, UNSURE) : a.measure.confidence;
  if (a.quantity) {
    const q = proposeByQuantity(a.quantity, event, topic, known);
    if (!keyed || q.confidence > keyedConfidence) {
      if (q.measure) return { measure: live(q.measure, byId), newMeasure: null, confidence: q.confidence, reason: q.reason };
      const created = measureFromQuantity(a, a.quantity, event, topic ?? UNSORTED_TOPIC, taken, source.outlet, source.published);
      known.push(created);
      byId.set(created.id, created);
      return { measure: created, newMeasure: created, confidence: q.confidence, reason: q.reason };
    }
  }
  // Another story's measure is no fallback for words that only half match it ("€180 a month to a
  // deckhand's pay" is no "Russian payment to Iran"): the figure gets a measure of its own, for a person to name.
  if (keyed && elsewhere && a.measure.confidence < AUTO_ACCEPT) {
    const created = proposeNewMeasure(a, taken);
    return { measure: created, newMeasure: created, confidence: keyedConfidence, reason: `${a.measure.reason}; but “${keyed.title}” is another story’s (this article is about ${topic!.title}): a new measure` };
  }
  if (keyed) return { measure: keyed, newMeasure: null, confidence: keyedConfidence, reason: elsewhere ? `${a.measure.reason}; but the article is about ${topic!.title}` : a.measure.reason };
  const created = proposeNewMeasure(a, taken);
  return { measure: created, newMeasure: created, confidence: a.measure.confidence, reason: a.measure.reason };
}

/**
 * "The clean-up, which began on March 6, is now in its 30th day": a duration of something other
 * than the story's event counts from the start its own sentence gives that thing.
 */
function ownStart(a: AnalysedFigure, measure: Measure, published: string | null): string | null {
  const thing = measure.signature?.thing;
  if (!thing) return null;
  return statedStart(a.quote.text, published, new Set(thing.toLowerCase().match(/[\p{L}]+/gu) ?? []));
}

/** Everything an ingest would store, decided without storage: the preview and the write share it. */
export function planIngest(input: IngestInput, measures: Measure[], topics: Topic[] = []): IngestPlan {
  const contentHash = hashText(input.text);
  const sourceId = `${slug(input.outlet, 24)}-${slug(input.title, 40)}-${contentHash.slice(0, 6)}`;
  const published = input.published ?? null;
  const byId = new Map(measures.map((m) => [m.id, m]));
  const taken = new Set(measures.map((m) => m.id));
  // The article joins the topic of an event it names; else the event it names most founds one.
  const words = articleWords(input.title, input.text);
  const topicById = new Map(topics.map((t) => [t.id, t]));
  const named = articleEvent(input.title, input.text, input.outlet);
  const hit = topicFor(words, topics, named);
  const found = hit ? live(hit, topicById) : null;
  const own = found ? null : named;
  const newTopic: Topic | null = own
    ? { id: uniqueId(slug(own.title, 60), new Set(topics.map((t) => t.id))), title: own.title, description: `Figures on the ${own.name}, as articles report them.`, position: 50 + topics.length, eventKey: own.key }
    : null;
  const topic = found ?? newTopic;
  const joined = hit ? eventOfTopic(found?.eventKey ? found : hit, input.text) : own;
  // An article that joins a story by its names but calls it by another kind of event (the storm
  // that grounded the tanker, then "the spill") speaks of one event in both words: neither is another story's.
  const told = joined && named && hit && named.noun !== joined.noun ? { ...joined, words: new Set([...joined.words, ...named.words]) } : joined;
  const event = told && { ...told, alsoKinds: ownEventKinds(input.title, input.text, told.noun) };
  const start = event ? statedStart(input.text, published, event.words) : null;
  // Figures of this article are placed in turn: a measure one of them founds is there for the next.
  const known = [...measures];
  // Work per article stays bounded whatever its text: a page of thousands of figures is a table,
  // not an article, and is refused before the costly part (attribution, dates, placing).
  const extracted = extractFigures(input.text);
  const count = extracted.length;
  if (count > MAX_FIGURES_PER_ARTICLE) {
    throw new InputError(`text holds ${count.toLocaleString('en-GB')} figures; Tally takes at most ${MAX_FIGURES_PER_ARTICLE.toLocaleString('en-GB')} per article (split it, or send the data as a table elsewhere)`);
  }
  const figures = analyseArticle(input.text, published, measures, event, extracted).map((a, i): PlannedFigure => {
    const { measure, newMeasure, confidence, reason } = place(a, known, byId, event, topic, taken, { outlet: input.outlet, published });
    // A figure of an earlier event the article recalls ("the last major outbreak, in 2016") is no claim about the story, however sure its words.
    const earlier = earlierEventReason(a.quote.text, a.asOf.asOf, published);
    const sure = confidence >= AUTO_ACCEPT && earlier === null;
    // A doubtful figure that is no claim about the story ("two dogs", an age) waits for nobody: it is set aside.
    const aside = sure ? null : (earlier ?? incidentalReason(a.figure, a.quote.text, a.figure.start - a.quote.start, a.quantity));
    const speaker: Speaker | null = a.attribution.speaker;
    // A duration of the event counts from the start the article states, when it states one.
    // "nine days after the Aug. 13 explosion": the date after "after" or "since" is where the duration starts.
    const from = measure.kind === 'duration' && /^\s+(?:after|since)\b/i.test(input.text.slice(a.figure.end, a.figure.end + 8)) && a.asOf.asOf && published && a.asOf.asOf < published ? a.asOf.asOf : null;
    // A duration counts from a "since" only when it is the duration's own ("One week after the failure … since 2016" is not).
    const stated = measure.kind === 'duration' && !a.asOf.periodStartNear ? null : a.asOf.periodStart;
    const periodStart = stated ?? from ?? (measure.kind === 'duration' ? (ownStart(a, measure, published) ?? (event && measure.signature?.thing === event.noun ? start : null)) : null);
    // "first detected on Oct. 3, is now in its 10th week": a date at or before the start is the start, not when the figure held.
    const dated = a.asOf.asOf && a.asOf.asOf !== published && !(periodStart && a.asOf.asOf <= periodStart) ? a.asOf.asOf : null;
    return {
      claim: {
        id: `c-${contentHash.slice(0, 10)}-${String(i + 1).padStart(2, '0')}`,
        measureId: measure.id,
        sourceId,
        value: valueOf(a),
        unit: a.figure.unit ?? measure.unit,
        currency: a.figure.currency,
        // Stored only when the sentence dates the figure; otherwise it follows the source's date.
        asOf: dated,
        // How sure the words are about when ("last year": a year), while the figure holds at their date.
        asOfSpan: spanHolding(a.asOf.span, dated ?? published),
        periodStart,
        speaker,
        citedBy: a.attribution.citedBy,
        stance: a.attribution.stance,
        quote: a.quote.text,
        start: a.quote.start,
        end: a.quote.end,
        figureStart: a.figure.start,
        figureEnd: a.figure.end,
        origin: 'extracted',
        review: sure ? 'auto' : aside ? 'set-aside' : 'pending',
        confidence,
        // Why it counts nowhere, on its source page and in the "Set aside" list, until a person promotes it.
        note: aside ? `Set aside by ingest as incidental: ${aside}.` : null,
        supersedes: null,
      },
      measureTitle: measure.title,
      newMeasure,
      confidence,
      reason: aside ? `set aside: ${aside}` : reason,
      decision: sure ? 'accepted-automatically' : aside ? 'set-aside' : 'needs-review',
    };
  });
  const measureMap = new Map([...byId, ...figures.flatMap((f) => (f.newMeasure ? [[f.newMeasure.id, f.newMeasure] as const] : []))]);
  const publishedEstimate = published ? null : estimatePublished(figures.map((f) => f.claim), measureMap);
  return {
    newTopic: newTopic && figures.some((f) => f.newMeasure?.topicId === newTopic.id) ? newTopic : null,
    source: { id: sourceId, outlet: input.outlet, wire: wireCredit(input.text, input.outlet), title: input.title, url: input.url ?? null, published, publishedEstimate, text: input.text, contentHash },
    figures,
  };
}
