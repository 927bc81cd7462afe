import type { Db } from './client';
import type { DateEstimate } from '../domain/schemas';
import { estimateMidpoint } from '../domain/dates';
import { spanForAsOf } from '../extract/dates';

/**
 * Migration 016's rows: claims stored before the dates stage kept its spans ("last year" stored as
 * 31 December) get the span their own words name, read again from their source's text. A span is
 * set only where the stage lands on the stored as-of, so no stored date changes meaning.
 * Sources are read a page at a time, and only those with dated claims.
 */
export async function fillAsOfSpans(tx: Db): Promise<void> {
  let after = '';
  let filled = 0;
  for (;;) {
    const sources = await tx.query<{ id: string; body: string; published: string | null; published_estimate: DateEstimate | null }>(
      `SELECT s.id, s.body, s.published, s.published_estimate FROM sources s
       WHERE s.id > $1 AND EXISTS (SELECT 1 FROM claims c WHERE c.source_id = s.id AND c.as_of IS NOT NULL AND c.as_of_precision IS NULL)
       ORDER BY s.id LIMIT 100`,
      [after],
    );
    if (sources.length === 0) break;
    for (const s of sources) {
      const reference = s.published ?? (s.published_estimate ? estimateMidpoint(s.published_estimate) : null);
      const claims = await tx.query<{ id: string; as_of: string; figure_start: number; figure_end: number }>(
        'SELECT id, as_of, figure_start, figure_end FROM claims WHERE source_id = $1 AND as_of IS NOT NULL AND as_of_precision IS NULL ORDER BY figure_start, id',
        [s.id],
      );
      const spans = claims.flatMap((c) => {
        const span = spanForAsOf(s.body, { start: c.figure_start, end: c.figure_end }, reference, c.as_of);
        return span ? [{ id: c.id, from: span.from, to: span.to, precision: span.precision }] : [];
      });
      if (spans.length === 0) continue;
      await tx.query(
        `UPDATE claims c SET as_of_from = x.from, as_of_to = x.to, as_of_precision = x.precision
         FROM jsonb_to_recordset($1::jsonb) AS x(id text, "from" text, "to" text, precision text) WHERE c.id = x.id`,
        [JSON.stringify(spans)],
      );
      filled += spans.length;
    }
    after = sources[sources.length - 1].id;
  }
  // Flag reasons quote a claim's date: derive them again at the next open (server/db/derive.ts).
  if (filled > 0) await tx.query(`UPDATE derived_state SET stamp = 'as-of spans filled (migration 016)' WHERE id = 1`);
}
