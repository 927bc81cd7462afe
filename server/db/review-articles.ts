import type { ReadDb } from './client';
import { decodeCursor, encodeCursor, type Page } from '../domain/page';
import { InputError, NotFoundError } from '../domain/errors';
import { AUTO_ACCEPT } from '../ingest/plan';
import { CLAIM_COLUMNS, CLAIM_FROM, toClaim, type ClaimRow } from './rows';
import type { ReviewArticle, ReviewClaim } from '../domain/review-api';

/**
 * /review by article: each source that still has open claims (awaiting review or accepted
 * automatically), newest first, with its counts and its first open claims. Reads a page of
 * sources through the open-claims index (migration 014), then those sources' claims only.
 */

const OPEN = "c.review IN ('pending', 'auto')";
/** Open claims shown with each article; the rest are asked for with articleClaims. */
export const CLAIMS_PER_ARTICLE = 25;
const ORDER = "(CASE c.review WHEN 'pending' THEN 0 ELSE 1 END), c.figure_start, c.id COLLATE \"C\"";

interface ArticleRow {
  id: string;
  outlet: string;
  title: string;
  published: string | null;
  published_estimate: ReviewArticle['publishedEstimate'];
  added_at: Date | string;
  pending: number;
  auto: number;
  confident: number;
}

const COUNTS = `SELECT c.source_id, count(*) FILTER (WHERE c.review = 'pending')::int AS pending, count(*) FILTER (WHERE c.review = 'auto')::int AS auto,
  count(*) FILTER (WHERE c.confidence >= ${AUTO_ACCEPT})::int AS confident FROM claims c WHERE ${OPEN}`;

export async function reviewArticles(db: ReadDb, page: { limit: number; cursor?: string }): Promise<Page<ReviewArticle>> {
  const params: unknown[] = [page.limit + 1];
  let after = '';
  if (page.cursor) {
    const id = decodeCursor(page.cursor);
    const [at] = await db.query<{ added_at: Date | string }>('SELECT added_at FROM sources WHERE id = $1', [id]);
    if (!at) throw new InputError('cursor names nothing in this list (the item it named is gone): start again from the first page');
    params.push(at.added_at, id);
    after = 'AND (s.added_at < $2 OR (s.added_at = $2 AND s.id COLLATE "C" > $3))';
  }
  // Sources with an open claim, through the partial index, before any counting.
  const rows = await db.query<ArticleRow>(
    `WITH open AS (SELECT DISTINCT c.source_id FROM claims c WHERE ${OPEN})
     SELECT s.id, s.outlet, s.title, s.published, s.published_estimate, s.added_at FROM open o JOIN sources s ON s.id = o.source_id
     WHERE true ${after} ORDER BY s.added_at DESC, s.id COLLATE "C" LIMIT $1`,
    params,
  );
  const [{ total }] = await db.query<{ total: number }>(`SELECT count(DISTINCT c.source_id)::int AS total FROM claims c WHERE ${OPEN}`);
  const shown = rows.slice(0, page.limit);
  const ids = shown.map((r) => r.id);
  const [counts, claims] = await Promise.all([
    db.query<{ source_id: string; pending: number; auto: number; confident: number }>(`${COUNTS} AND c.source_id = ANY($1) GROUP BY c.source_id`, [ids]),
    db.query<ClaimRow & { measure_title: string | null; n: number }>(
      `SELECT * FROM (${CLAIM_COLUMNS}, m.title AS measure_title, row_number() OVER (PARTITION BY c.source_id ORDER BY ${ORDER})::int AS n
       ${CLAIM_FROM} LEFT JOIN measures m ON m.id = c.measure_id WHERE ${OPEN} AND c.source_id = ANY($1)) x WHERE n <= ${CLAIMS_PER_ARTICLE} ORDER BY n`,
      [ids],
    ),
  ]);
  const countOf = new Map(counts.map((c) => [c.source_id, c]));
  const items = shown.map((r): ReviewArticle => {
    const k = countOf.get(r.id) ?? { pending: 0, auto: 0, confident: 0 };
    const own = claims.filter((c) => c.source_id === r.id).map(reviewClaim);
    return {
      sourceId: r.id,
      outlet: r.outlet,
      title: r.title,
      published: r.published,
      publishedEstimate: r.published_estimate,
      addedAt: new Date(r.added_at).toISOString(),
      pending: k.pending,
      auto: k.auto,
      confident: k.confident,
      claims: own,
      more: Math.max(0, k.pending + k.auto - own.length),
    };
  });
  const more = rows.length > page.limit && items.length > 0;
  return { items, nextCursor: more ? encodeCursor(items[items.length - 1].sourceId) : null, total };
}

const reviewClaim = (r: ClaimRow & { measure_title: string | null }): ReviewClaim => ({ ...toClaim(r), measureTitle: r.measure_title ?? r.measure_id });

/** Every open claim of one article (at most 500: an article holds few thousand figures at the very most). */
export async function articleClaims(db: ReadDb, sourceId: string, limit = 500): Promise<ReviewClaim[]> {
  const [s] = await db.query('SELECT 1 FROM sources WHERE id = $1', [sourceId]);
  if (!s) throw new NotFoundError('source', sourceId);
  const rows = await db.query<ClaimRow & { measure_title: string | null }>(
    `${CLAIM_COLUMNS}, m.title AS measure_title ${CLAIM_FROM} LEFT JOIN measures m ON m.id = c.measure_id WHERE ${OPEN} AND c.source_id = $1 ORDER BY ${ORDER} LIMIT $2`,
    [sourceId, limit],
  );
  return rows.map(reviewClaim);
}
