import { z } from 'zod';
import { IsoDate, Measure, Slug, Source, Speaker, Stance, Topic } from './schemas';
import { Qualifier, VAGUE_AMOUNTS, intervalFor, type ValueInterval, type VagueAmount } from './value';

/** The shape of data/: what a curator writes by hand, validated before anything is stored. */
export const CuratedClaim = z
  .object({
    id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/),
    measure: Slug,
    /** The figure exactly as worded; must occur inside `quote`. */
    figure: z.string().min(1),
    /** Which occurrence of `figure` in the quote, when it occurs more than once. */
    figureOccurrence: z.number().int().min(1).default(1),
    qualifier: Qualifier,
    n: z.number().optional(),
    n2: z.number().optional(),
    vague: z.enum(Object.keys(VAGUE_AMOUNTS) as [VagueAmount, ...VagueAmount[]]).optional(),
    /** Only where the wording table cannot say it (e.g. "most of these" of an open total); needs a note. */
    interval: z
      .object({ low: z.number().nullable(), high: z.number().nullable(), best: z.number().nullable(), lowInclusive: z.boolean(), highInclusive: z.boolean() })
      .optional(),
    unit: z.string().min(1),
    currency: z.string().length(3).nullable().default(null),
    asOf: IsoDate.optional(),
    periodStart: IsoDate.optional(),
    speaker: Speaker.nullable().default(null),
    citedBy: z.array(z.string().min(1)).default([]),
    stance: Stance.default('asserts'),
    /** The exact sentence, verbatim from the article text. */
    quote: z.string().min(1),
    /** Which occurrence of the quote in the text, when it occurs more than once. */
    quoteOccurrence: z.number().int().min(1).default(1),
    note: z.string().optional(),
  })
  .superRefine((c, ctx) => {
    if (c.interval && !c.note) ctx.addIssue({ code: 'custom', message: 'an explicit interval needs a note saying why', path: ['note'] });
    if (c.qualifier === 'vague' && !c.vague) ctx.addIssue({ code: 'custom', message: 'a vague figure names its amount (e.g. "hundreds")', path: ['vague'] });
    if (c.qualifier === 'range' && (c.n === undefined || c.n2 === undefined)) ctx.addIssue({ code: 'custom', message: 'a range needs n and n2', path: ['n2'] });
    const needsN = !['vague', 'none', 'range'].includes(c.qualifier) && !c.interval;
    if (needsN && c.n === undefined) ctx.addIssue({ code: 'custom', message: `qualifier "${c.qualifier}" needs n`, path: ['n'] });
  });
export type CuratedClaim = z.infer<typeof CuratedClaim>;

/** A source as a curator writes it: the stored record's metadata, its text in a file beside it. */
export const CuratedSource = Source.pick({ id: true, outlet: true, wire: true, title: true, url: true, published: true }).extend({
  textFile: z.string().regex(/^[\w.-]+\.txt$/),
  claims: z.array(CuratedClaim),
});
export type CuratedSource = z.infer<typeof CuratedSource>;

export const CuratedCatalog = z.object({
  topics: z.array(Topic),
  measures: z.array(Measure),
});

/** A curated figure's interval, through the one wording table (value.ts). */
export function curatedValue(c: CuratedClaim): ValueInterval {
  if (c.interval) return { ...c.interval, qualifier: c.qualifier, text: c.figure };
  switch (c.qualifier) {
    case 'vague':
      return intervalFor({ qualifier: 'vague', amount: c.vague! }, c.figure);
    case 'range':
      return intervalFor({ qualifier: 'range', n: c.n!, n2: c.n2! }, c.figure);
    case 'none':
      return intervalFor({ qualifier: 'none', n: 0 }, c.figure);
    default:
      return intervalFor({ qualifier: c.qualifier, n: c.n! }, c.figure);
  }
}

/** Offset of the k-th (1-based) occurrence of `needle`, or -1. */
export function nthIndexOf(haystack: string, needle: string, k: number, from = 0): number {
  let at = from - 1;
  for (let i = 0; i < k; i++) {
    at = haystack.indexOf(needle, at + 1);
    if (at < 0) return -1;
  }
  return at;
}
