import { z } from 'zod';
import { InputDate, MeasureKind, Speaker } from '../domain/schemas';
import { LARGEST_FIGURE, Qualifier } from '../domain/value';

/*
 * A person's corrections to the ingest preview, row by row (./edits applies them). Only schemas
 * here: the /ingest form checks its edits with them without loading the extractor.
 */

const Figure = z
  .number()
  .refine((x) => Number.isFinite(x) && Math.abs(x) <= LARGEST_FIGURE, `a figure is a finite number of at most ${LARGEST_FIGURE.toExponential()} either way`);
const Title = z.string().trim().min(3, 'a title needs at least 3 characters').max(120);
const Id = z.string().min(1).max(200);

/** A measure named in the preview: made with the claim, in an existing topic or one named with it. */
export const NamedMeasure = z
  .object({
    title: Title,
    kind: MeasureKind,
    unit: z.string().trim().min(1, 'say what the measure counts').max(40),
    currency: z.string().regex(/^[A-Z]{3}$/, 'a currency is a three-letter ISO code such as USD').nullish(),
    topicId: Id.optional(),
    newTopic: z.object({ title: Title }).optional(),
  })
  .refine((m) => (m.topicId === undefined) !== (m.newTopic === undefined), { message: 'give the new measure a topic: topicId, or newTopic with its title (one of them)' });
export type NamedMeasure = z.infer<typeof NamedMeasure>;

export const RowEdit = z
  .object({
    /** The row: the claim id the preview gave it. */
    claimId: Id,
    /** Not a figure, or not one worth keeping: stored nowhere, the decision kept in the source's history. */
    drop: z.boolean().optional(),
    speaker: Speaker.extend({ name: z.string().trim().max(200).nullable(), role: z.string().trim().max(200).nullable(), organisation: z.string().trim().max(200).nullable() }).nullable().optional(),
    /** The hedge; the interval follows the wording table unless low and high are given too. */
    qualifier: Qualifier.optional(),
    low: Figure.nullable().optional(),
    high: Figure.nullable().optional(),
    lowInclusive: z.boolean().optional(),
    highInclusive: z.boolean().optional(),
    unit: z.string().trim().min(1).max(40).optional(),
    /** When the figure held; null: as of the source's date. */
    asOf: InputDate.nullable().optional(),
    measureId: Id.optional(),
    newMeasure: NamedMeasure.optional(),
    /** Why, kept with the edit (optional: "edited in the preview" otherwise). */
    reason: z.string().trim().max(500).optional(),
  })
  .refine((e) => !(e.measureId !== undefined && e.newMeasure !== undefined), { message: 'give measureId or newMeasure, not both', path: ['measureId'] })
  .refine((e) => e.low == null || e.high == null || e.low <= e.high, { message: 'low must not exceed high', path: ['low'] });
export type RowEdit = z.infer<typeof RowEdit>;

export const MAX_EDITS = 5000;
export const RowEdits = z.array(RowEdit).max(MAX_EDITS, `at most ${MAX_EDITS} edited rows`);
