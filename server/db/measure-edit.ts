import type { Db } from './client';
import { listMeasures, listTopics } from './read';
import { bumpRevision } from './write';
import { InputError, NotFoundError } from '../domain/errors';
import type { Measure } from '../domain/schemas';
import type { MeasureUpdate } from '../domain/api';
import type { Actor } from '../domain/accounts';
import { logCatalogEvent } from './catalog-edit';

/**
 * A person names or moves a measure, typically one ingest proposed into "New figures": its
 * title, description, topic, unit, kind and subject words. Its claims stay as they are; the
 * charts and later ingests read the new wording at once.
 */
export function updateMeasure(db: Db, input: MeasureUpdate, actor: Actor = null): Promise<Measure> {
  return db.transaction(async (tx) => {
    const current = (await listMeasures(tx)).find((m) => m.id === input.id);
    if (!current) throw new NotFoundError('measure', input.id);
    if (input.topicId !== undefined && !(await listTopics(tx)).some((t) => t.id === input.topicId)) {
      throw new InputError(`Unknown topic "${input.topicId}": choose one of the existing topics.`);
    }
    const next: Measure = {
      ...current,
      title: input.title ?? current.title,
      description: input.description ?? current.description,
      topicId: input.topicId ?? current.topicId,
      unit: input.unit ?? current.unit,
      kind: input.kind ?? current.kind,
      keywords: input.keywords ?? current.keywords,
    };
    await tx.query(
      `UPDATE measures SET title = $2, description = $3, topic_id = $4, unit = $5, kind = $6, keywords = $7 WHERE id = $1`,
      [next.id, next.title, next.description, next.topicId, next.unit, next.kind, JSON.stringify(next.keywords)],
    );
    // Kept in the measure's changes with who made it: only the fields that changed, before and after.
    const fields = (['title', 'description', 'topicId', 'unit', 'kind', 'keywords'] as const).filter((k) => JSON.stringify(current[k]) !== JSON.stringify(next[k]));
    if (fields.length) {
      const pick = (m: Measure) => Object.fromEntries(fields.map((k) => [k, m[k]]));
      await logCatalogEvent(tx, 'measure', next.id, 'edited', { from: pick(current), to: pick(next) }, actor);
    }
    await bumpRevision(tx);
    return next;
  });
}
