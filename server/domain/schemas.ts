import { z } from 'zod';
import { ValueInterval } from './value';

/** YYYY-MM-DD, checked as a real calendar date (2023-02-30 is refused). */
export const IsoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as YYYY-MM-DD')
  .refine((s) => {
    const d = new Date(`${s}T00:00:00Z`);
    return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
  }, 'not a real calendar date');
export type IsoDate = z.infer<typeof IsoDate>;
/**
 * A date a person gives (an article's publication, a corrected as-of): a real date in years news
 * is written in. "9999-12-31" plus "15 months" is no calendar date, and broke the date arithmetic.
 */
export const InputDate = IsoDate.refine((s) => s >= '1800-01-01' && s <= '2199-12-31', 'expected a date between 1800 and 2199');

export const Slug = z
  .string()
  .min(1)
  .max(80)
  .regex(/^[a-z0-9][a-z0-9-]*$/, 'lower-case letters, digits and hyphens only');

/** A range of dates Tally believes an undated page was published in, and why. */
export const DateEstimate = z.object({
  from: IsoDate,
  to: IsoDate,
  reason: z.string().min(1),
});
export type DateEstimate = z.infer<typeof DateEstimate>;

/**
 * How sure the text is about when a figure holds, when it names less than a day: "last year" is a
 * year, "in late September" a part of a month, "last week" a run of days, "two weeks ago" about a
 * day. The words are derived from the span (server/domain/dates.ts, formatAsOf).
 */
export const AsOfPrecision = z.enum(['days', 'about', 'month', 'part-month', 'quarter', 'half', 'season', 'part-year', 'year']);
export type AsOfPrecision = z.infer<typeof AsOfPrecision>;
/** The span of dates the text names ("last year": 2022-01-01 – 2022-12-31); the as-of lies within it. */
export const AsOfSpan = z
  .object({ from: IsoDate, to: IsoDate, precision: AsOfPrecision })
  .refine((s) => s.from <= s.to, 'from must not be after to');
export type AsOfSpan = z.infer<typeof AsOfSpan>;

export const Source = z.object({
  id: Slug,
  outlet: z.string().min(1),
  wire: z.string().min(1).nullable(),
  title: z.string().min(1),
  url: z.url().nullable(),
  published: IsoDate.nullable(),
  publishedEstimate: DateEstimate.nullable(),
  text: z.string(),
  contentHash: z.string(),
  addedAt: z.string(),
  /** The earlier source this one is a near-copy of (another headline, first paragraph or wire credit). */
  reprintOf: Slug.nullish(),
});
export type Source = z.infer<typeof Source>;
export const SourceSummary = Source.omit({ text: true });
export type SourceSummary = z.infer<typeof SourceSummary>;

export const Topic = z.object({
  id: Slug,
  title: z.string().min(1),
  description: z.string(),
  position: z.number().int(),
  /** The event a topic that emerged from articles is about ("kessel fire"), for later articles to find it. */
  eventKey: z.string().nullish(),
  /** Set when a person merged this topic into another: kept, so nothing is lost. */
  mergedInto: Slug.nullish(),
});
export type Topic = z.infer<typeof Topic>;

export const MeasureKind = z.enum(['cumulative-count', 'commitment', 'amount', 'duration', 'count', 'rate']);
export type MeasureKind = z.infer<typeof MeasureKind>;

/**
 * What a measure that emerged from articles counts, so the same quantity in the next article
 * finds it: the deed ("killed", "burned"), the family of deeds it is compared with ("agreed" and
 * "delivered" are one supply story; "killed" and "injured" are not), the counted thing, and the
 * place when the figure is one place's share of a larger story.
 */
export const MeasureSignature = z.object({
  concept: z.string().min(1),
  family: z.string().min(1),
  thing: z.string().min(1),
  scope: z.string().nullable(),
  /** "day" for a rate per day. */
  per: z.string().nullish(),
  /** Founded by a denial ("no sailings were cancelled"): the figures it denies may be totals or a day's count. */
  denial: z.boolean().optional(),
});
export type MeasureSignature = z.infer<typeof MeasureSignature>;

export const Measure = z.object({
  id: Slug,
  topicId: Slug,
  title: z.string().min(1),
  description: z.string(),
  unit: z.string().min(1),
  currency: z.string().length(3).nullable(),
  kind: MeasureKind,
  /** For durations: the date the duration counts from (2022-02-24 for the invasion). */
  referenceDate: IsoDate.nullable(),
  /** Relative tolerance used when comparing two claims' intervals (0.05 = 5%). */
  tolerance: z.number().min(0).max(1),
  /** Words for the measure's subject; the extractor's measure matching reads these. */
  keywords: z.array(z.string()),
  position: z.number().int(),
  signature: MeasureSignature.nullish(),
  /** Set when a person merged this measure into another; its claims moved there. */
  mergedInto: Slug.nullish(),
});
export type Measure = z.infer<typeof Measure>;

export const Speaker = z.object({
  name: z.string().nullable(),
  role: z.string().nullable(),
  organisation: z.string().nullable(),
});
export type Speaker = z.infer<typeof Speaker>;

export const Stance = z.enum(['asserts', 'denies']);
export const ClaimOrigin = z.enum(['curated', 'extracted']);
/**
 * reviewed: a person checked it; auto: accepted automatically, not reviewed; pending: awaits /review; retracted: its article was retracted (kept, counted nowhere);
 * set-aside: read as incidental to the story ("two dogs", an age), kept on its source page, counted nowhere, listed under /review's "Set aside" for a person to promote.
 */
export const ReviewState = z.enum(['reviewed', 'auto', 'pending', 'rejected', 'superseded', 'retracted', 'set-aside']);

export const Claim = z.object({
  id: z.string(),
  measureId: Slug,
  sourceId: Slug,
  value: ValueInterval,
  unit: z.string(),
  currency: z.string().nullable(),
  /** The date the figure speaks of: the end of its period; the source's date when none is stated. */
  asOf: IsoDate.nullable(),
  /** Where the figure speaks of a period ("since August"): its start. */
  periodStart: IsoDate.nullable(),
  /** True when asOf comes from an estimated publication date. */
  asOfEstimated: z.boolean(),
  /** The span the text names when it names less than a day ("last year"); null when asOf is a day the text or the page gives. */
  asOfSpan: AsOfSpan.nullable(),
  /** The as-of as every page, table, CSV and embed says it: "2022", "late Sep 2022", "15 May 2023", "unknown, estimated …". Derived, never stored. */
  asOfText: z.string(),
  speaker: Speaker.nullable(),
  /** The chain of citation, innermost first: ["The Washington Post"] for an official who told the Post. */
  citedBy: z.array(z.string()),
  /** The chain as one plain sentence, derived from the records (see attribution.ts), never stored. */
  citation: z.string(),
  stance: Stance,
  quote: z.string(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  /** Offsets of the figure itself ("more than 400") inside the source text. */
  figureStart: z.number().int().nonnegative(),
  figureEnd: z.number().int().nonnegative(),
  origin: ClaimOrigin,
  review: ReviewState,
  outlet: z.string(),
  /** The news agency whose copy the source carries ("Reuters" for a dateline credit), when there is one. */
  wire: z.string().nullable().optional(),
  sourceTitle: z.string(),
  published: IsoDate.nullable(),
  publishedEstimate: DateEstimate.nullable(),
  url: z.string().nullable(),
  /** Its source's original when the source is a reprint: the claim is that source's figure, printed again. */
  reprintOf: z.string().nullish(),
  note: z.string().nullable(),
  confidence: z.number().nullable(),
  supersedes: z.string().nullable(),
});
export type Claim = z.infer<typeof Claim>;

export const FlagKind = z.enum([
  'conflict',
  'denial',
  'off-calendar',
  'within-source',
  'different-measures',
  'single-source',
]);
export type FlagKind = z.infer<typeof FlagKind>;

/** Claims that agree among themselves, against the other camps of a flag. */
export const FlagCamp = z.object({
  claimIds: z.array(z.string()),
  /** "about 12,000 hectares — Fire Service (Regional Fire Service), reported by 2 outlets" */
  label: z.string(),
});
export type FlagCamp = z.infer<typeof FlagCamp>;

export const Flag = z.object({
  id: z.string(),
  kind: FlagKind,
  claimIds: z.array(z.string()),
  /** One flag per disagreement: its claims grouped into camps that agree among themselves. */
  camps: z.array(FlagCamp),
  measureIds: z.array(Slug),
  topicId: Slug.nullable(),
  reason: z.string(),
});
export type Flag = z.infer<typeof Flag>;
