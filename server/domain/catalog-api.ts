import { z } from 'zod';
import { Measure } from './schemas';

/*
 * What people may do to the catalogue of topics and measures: create, rename, merge and split.
 * Nothing is deleted: a merged topic or measure is kept, pointing at where it went, and every
 * change is kept in the history.
 */
const Id = z.string().min(1).max(200);
const Title = z.string().trim().min(3, 'a title needs at least 3 characters').max(120);
const Why = z.string().trim().min(3, 'say why in a few words (kept in the history)').max(500);

export const TopicCreate = z.object({ title: Title, description: z.string().trim().max(500).default('') });
export const TopicUpdate = z
  .object({ id: Id, title: Title.optional(), description: z.string().trim().max(500).optional() })
  .refine((u) => u.title !== undefined || u.description !== undefined, { message: 'nothing to change: give a title or a description' });
export const Merge = z.object({ id: Id, into: Id, reason: Why }).refine((m) => m.id !== m.into, { message: 'a topic or measure cannot be merged into itself' });
export const TopicSplit = z.object({ id: Id, measureIds: z.array(Id).min(1, 'name the measures that move to the new topic').max(500), title: Title, reason: Why });
export const MeasureCreate = z.object({
  topicId: Id,
  title: Title,
  description: z.string().trim().max(500).default(''),
  unit: z.string().trim().min(1, 'say what the measure counts').max(40),
  currency: z.string().regex(/^[A-Z]{3}$/, 'a currency is a three-letter ISO code such as USD').nullable().default(null),
  kind: Measure.shape.kind,
});
export const MeasureSplit = z.object({ id: Id, claimIds: z.array(Id).min(1, 'name the claims that move to the new measure').max(5000), title: Title, reason: Why });

export const CatalogEvent = z.object({
  entity: z.enum(['topic', 'measure']),
  entityId: z.string(),
  action: z.string(),
  detail: z.unknown(),
  at: z.string(),
  /** Who made the change: a person's name, "admin token", or "unknown" (made before accounts). */
  by: z.string(),
});
export type CatalogEvent = z.infer<typeof CatalogEvent>;
