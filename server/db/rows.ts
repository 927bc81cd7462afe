import type { AsOfPrecision, Claim, DateEstimate, Measure, Source, SourceSummary, Topic } from '../domain/schemas';
import { citationLine } from '../domain/attribution';
import { estimateMidpoint, formatAsOf, spanHolding } from '../domain/dates';

/** Row shapes as SQL returns them, and their mapping to domain records. Nothing else maps rows. */
export interface SourceRow {
  id: string;
  outlet: string;
  wire: string | null;
  title: string;
  url: string | null;
  published: string | null;
  published_estimate: DateEstimate | null;
  body?: string;
  content_hash: string;
  origin: string;
  added_at: Date | string;
  reprint_of?: string | null;
}

export function toSourceSummary(r: SourceRow): SourceSummary {
  return {
    id: r.id,
    outlet: r.outlet,
    wire: r.wire,
    title: r.title,
    url: r.url,
    published: r.published,
    publishedEstimate: r.published_estimate,
    contentHash: r.content_hash,
    addedAt: new Date(r.added_at).toISOString(),
    reprintOf: r.reprint_of ?? null,
  };
}

export function toSource(r: SourceRow & { body: string }): Source {
  return { ...toSourceSummary(r), text: r.body };
}

export interface TopicRow {
  id: string;
  title: string;
  description: string;
  position: number;
  event_key: string | null;
  merged_into: string | null;
}
export const toTopic = ({ event_key, merged_into, ...r }: TopicRow): Topic => ({ ...r, eventKey: event_key, mergedInto: merged_into });

export interface MeasureRow {
  id: string;
  topic_id: string;
  title: string;
  description: string;
  unit: string;
  currency: string | null;
  kind: Measure['kind'];
  reference_date: string | null;
  tolerance: number;
  keywords: string[];
  position: number;
  signature: Measure['signature'];
  merged_into: string | null;
}

export function toMeasure(r: MeasureRow): Measure {
  return {
    id: r.id,
    topicId: r.topic_id,
    title: r.title,
    description: r.description,
    unit: r.unit,
    currency: r.currency,
    kind: r.kind,
    referenceDate: r.reference_date,
    tolerance: Number(r.tolerance),
    keywords: r.keywords,
    position: r.position,
    signature: r.signature ?? null,
    mergedInto: r.merged_into ?? null,
  };
}

export interface ClaimRow {
  id: string;
  measure_id: string;
  source_id: string;
  low: number | null;
  high: number | null;
  best: number | null;
  low_inclusive: boolean;
  high_inclusive: boolean;
  qualifier: Claim['value']['qualifier'];
  value_text: string;
  unit: string;
  currency: string | null;
  as_of: string | null;
  period_start: string | null;
  /** The span the text named around as_of (migration 016); all three or none. */
  as_of_from?: string | null;
  as_of_to?: string | null;
  as_of_precision?: AsOfPrecision | null;
  speaker_name: string | null;
  speaker_role: string | null;
  speaker_org: string | null;
  cited_by: string[];
  stance: Claim['stance'];
  quote: string;
  start_offset: number;
  end_offset: number;
  figure_start: number;
  figure_end: number;
  origin: Claim['origin'];
  review: Claim['review'];
  confidence: number | null;
  note: string | null;
  supersedes: string | null;
  // joined from sources
  outlet: string;
  wire: string | null;
  source_title: string;
  published: string | null;
  published_estimate: DateEstimate | null;
  url: string | null;
  reprint_of?: string | null;
}

/** A claim's own columns, named: not its stored search document (migration 010), which no reader needs. */
const CLAIM_OWN = 'c.id, c.measure_id, c.source_id, c.low, c.high, c.best, c.low_inclusive, c.high_inclusive, c.qualifier, c.value_text, c.unit, c.currency, c.as_of, c.period_start, c.as_of_from, c.as_of_to, c.as_of_precision, c.speaker_name, c.speaker_role, c.speaker_org, c.cited_by, c.stance, c.quote, c.start_offset, c.end_offset, c.figure_start, c.figure_end, c.origin, c.review, c.confidence, c.note, c.supersedes, c.created_at';
export const CLAIM_COLUMNS = `SELECT ${CLAIM_OWN}, s.outlet, s.wire, s.title AS source_title, s.published, s.published_estimate, s.url, s.reprint_of`;
export const CLAIM_FROM = 'FROM claims c JOIN sources s ON s.id = c.source_id';
export const CLAIM_SELECT = `${CLAIM_COLUMNS} ${CLAIM_FROM}`;

/**
 * A bound that is not a finite number (a row stored before such rows were refused, or a driver's
 * 'Infinity') reads as an open bound, so one bad row never breaks a list.
 */
const finite = (x: number | string | null): number | null => {
  if (x === null) return null;
  const n = Number(x);
  return Number.isFinite(n) ? n : null;
};

type WhenRow = Pick<ClaimRow, 'as_of' | 'as_of_from' | 'as_of_to' | 'as_of_precision' | 'published' | 'published_estimate'>;

/**
 * A claim's date defaults to its source's; an undated source lends its estimate, marked as such;
 * the span its words named holds while the as-of lies in it. Search hits are dated by this too.
 */
export function claimWhen(r: WhenRow): Pick<Claim, 'asOf' | 'asOfEstimated' | 'asOfSpan' | 'asOfText'> {
  const estimated = !r.as_of && !r.published && !!r.published_estimate;
  const asOf = r.as_of ?? r.published ?? (r.published_estimate ? estimateMidpoint(r.published_estimate) : null);
  const named = r.as_of_from && r.as_of_to && r.as_of_precision ? { from: r.as_of_from, to: r.as_of_to, precision: r.as_of_precision } : null;
  const asOfSpan = estimated ? null : spanHolding(named, asOf);
  return { asOf, asOfEstimated: estimated, asOfSpan, asOfText: formatAsOf({ asOf, asOfEstimated: estimated, asOfSpan, publishedEstimate: r.published_estimate }) };
}

export function toClaim(r: ClaimRow): Claim {
  const speaker = r.speaker_name || r.speaker_role || r.speaker_org ? { name: r.speaker_name, role: r.speaker_role, organisation: r.speaker_org } : null;
  const { asOf, asOfEstimated, asOfSpan, asOfText } = claimWhen(r);
  return {
    id: r.id,
    measureId: r.measure_id,
    sourceId: r.source_id,
    value: {
      low: finite(r.low),
      high: finite(r.high),
      best: finite(r.best),
      lowInclusive: r.low_inclusive,
      highInclusive: r.high_inclusive,
      qualifier: r.qualifier,
      text: r.value_text,
    },
    unit: r.unit,
    currency: r.currency,
    asOf,
    periodStart: r.period_start,
    asOfEstimated,
    asOfSpan,
    asOfText,
    speaker,
    citedBy: r.cited_by,
    citation: citationLine({ speaker, citedBy: r.cited_by, outlet: r.outlet, wire: r.wire }),
    stance: r.stance,
    quote: r.quote,
    start: r.start_offset,
    end: r.end_offset,
    figureStart: r.figure_start,
    figureEnd: r.figure_end,
    origin: r.origin,
    review: r.review,
    outlet: r.outlet,
    wire: r.wire,
    sourceTitle: r.source_title,
    published: r.published,
    publishedEstimate: r.published_estimate,
    url: r.url,
    reprintOf: r.reprint_of ?? null,
    note: r.note,
    confidence: r.confidence === null ? null : Number(r.confidence),
    supersedes: r.supersedes,
  };
}

/** The order pages list a topic's stored flags in (`flags f`): the order they are derived in (migration 026). */
export const FLAG_ORDER = 'f.owner_position, f.owner COLLATE "C", f.position';
