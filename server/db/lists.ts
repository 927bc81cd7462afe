import type { ReadDb } from './client';
import { decodeCursor, encodeCursor, type Page } from '../domain/page';
import { InputError, NotFoundError } from '../domain/errors';
import { comparable, type FxTable } from '../domain/compare';
import { flagForPage } from '../domain/flags/for-page';
import { NOTE_KINDS } from '../domain/meaning';
import { Flag as FlagSchema, type Claim, type Flag, type FlagKind } from '../domain/schemas';
import { CLAIM_COLUMNS, CLAIM_FROM, FLAG_ORDER, toClaim, toMeasure, toSourceSummary, toTopic, type ClaimRow, type MeasureRow, type SourceRow, type TopicRow } from './rows';

/**
 * The API lists, one page at a time in SQL: each reads its page's rows through an index with a
 * limit, then what the page shows of them (counts, measure ids) for those rows only, and counts
 * the whole list once. Nothing loads every claim, source or flag to answer one page.
 *
 * A cursor is the last item's id (../domain/page.ts); its sort key is looked up by that id, and
 * the next page starts right after it (a keyset, so a page never skips rows to get there). Sort
 * keys that are text compare in the "C" collation, the same whatever the server's locale.
 */

const ACTIVE = "review IN ('reviewed', 'auto')";

interface Keyset<R> {
  /** FROM … WHERE …: the list's rows (filters use $1…$n of `params`). */
  from: string;
  /** FROM … WHERE … to count them by, when a join in `from` neither adds nor drops rows (a claim's one source). */
  countFrom?: string;
  /** A statement that answers the count ({ total }) without reading the rows: a whole table's, from row_ledger. */
  countSql?: string;
  params: unknown[];
  /** What each row of the page selects. */
  select: string;
  /** Sort keys, outermost first; none may be NULL (coalesce them). */
  keys: { sql: string; desc?: boolean }[];
  /** The column a cursor names (unique in the list). */
  id: string;
  map: (r: R) => { id: string };
}

/** Rows strictly after the key `after` in the order `keys` gives: a lexicographic comparison. */
function afterClause(keys: Keyset<unknown>['keys'], first: number): string {
  const terms = keys.map((k, i) => {
    const equal = keys.slice(0, i).map((e, j) => `${e.sql} = $${first + j}`);
    return `(${[...equal, `${k.sql} ${k.desc ? '<' : '>'} $${first + i}`].join(' AND ')})`;
  });
  return `(${terms.join(' OR ')})`;
}

async function keysetPage<R, T extends { id: string }>(db: ReadDb, q: Keyset<R> & { map: (r: R) => T }, page: { limit: number; cursor?: string }): Promise<Page<T>> {
  const order = q.keys.map((k) => `${k.sql}${k.desc ? ' DESC' : ''}`).join(', ');
  const n = q.params.length;
  let where = '';
  let after: unknown[] = [];
  if (page.cursor) {
    const id = decodeCursor(page.cursor);
    const at = await db.query<Record<string, unknown>>(`SELECT ${q.keys.map((k, i) => `${k.sql} AS k${i}`).join(', ')} ${q.from} AND ${q.id} = $${n + 1} LIMIT 1`, [...q.params, id]);
    if (!at[0]) throw new InputError('cursor names nothing in this list (the item it named is gone): start again from the first page');
    after = q.keys.map((_, i) => at[0][`k${i}`]);
    where = ` AND ${afterClause(q.keys, n + 1)}`;
  }
  const [rows, [{ total }]] = await Promise.all([
    db.query<R>(`${q.select} ${q.from}${where} ORDER BY ${order} LIMIT ${page.limit + 1}`, [...q.params, ...after]),
    q.countSql ? db.query<{ total: number }>(q.countSql) : db.query<{ total: number }>(`SELECT count(*)::int AS total ${q.countFrom ?? q.from}`, q.params),
  ]);
  const items = rows.slice(0, page.limit).map(q.map);
  const more = rows.length > page.limit && items.length > 0;
  return { items, nextCursor: more ? encodeCursor(items[items.length - 1].id) : null, total };
}

/** Each id's count from `sql` (rows of {id, n}), 0 for those it does not name. */
async function countsOf(db: ReadDb, sql: string, ids: string[]): Promise<Map<string, number>> {
  if (ids.length === 0) return new Map();
  return new Map((await db.query<{ id: string; n: number }>(sql, [ids])).map((r) => [r.id, r.n]));
}

export type PageOf = { limit: number; cursor?: string };

export async function topicPage(db: ReadDb, page: PageOf) {
  const p = await keysetPage(
    db,
    {
      select: 'SELECT t.*',
      from: 'FROM topics t WHERE t.merged_into IS NULL',
      params: [],
      keys: [{ sql: 't.position' }, { sql: 't.id COLLATE "C"' }],
      id: 't.id',
      map: (r: TopicRow) => toTopic(r),
    },
    page,
  );
  const ids = p.items.map((t) => t.id);
  const rows = ids.length
    ? await db.query<{ topic_id: string; id: string }>(`SELECT topic_id, id FROM measures WHERE topic_id = ANY($1) AND merged_into IS NULL ORDER BY position, id COLLATE "C"`, [ids])
    : [];
  const byTopic = new Map<string, string[]>();
  for (const r of rows) byTopic.set(r.topic_id, [...(byTopic.get(r.topic_id) ?? []), r.id]);
  const figures = await countsOf(
    db,
    `SELECT m.topic_id AS id, count(*)::int AS n FROM claims c JOIN measures m ON m.id = c.measure_id WHERE m.topic_id = ANY($1) AND m.merged_into IS NULL AND c.${ACTIVE} GROUP BY m.topic_id`,
    ids,
  );
  return { ...p, items: p.items.map((t) => ({ ...t, measureIds: byTopic.get(t.id) ?? [], figureCount: figures.get(t.id) ?? 0 })) };
}

export async function measurePage(db: ReadDb, filter: { topicId?: string }, page: PageOf) {
  const p = await keysetPage(
    db,
    {
      select: 'SELECT m.*',
      from: `FROM measures m WHERE m.merged_into IS NULL${filter.topicId ? ' AND m.topic_id = $1' : ''}`,
      params: filter.topicId ? [filter.topicId] : [],
      keys: [{ sql: 'm.position' }, { sql: 'm.id COLLATE "C"' }],
      id: 'm.id',
      map: (r: MeasureRow) => toMeasure(r),
    },
    page,
  );
  const ids = p.items.map((m) => m.id);
  const [counted, flags] = await Promise.all([
    // Kept by the writes (migration 010): one row per measure, however many figures it holds.
    ids.length ? db.query<{ id: string; claims: number; sources: number }>('SELECT measure_id AS id, claims, sources FROM measure_stats WHERE measure_id = ANY($1)', [ids]) : [],
    countsOf(db, 'SELECT m AS id, count(DISTINCT (f.topic_id, f.owner, f.position))::int AS n FROM flags f, unnest(f.measure_ids) m WHERE f.measure_ids && $1 AND m = ANY($1) GROUP BY m', ids),
  ]);
  const byId = new Map(counted.map((r) => [r.id, r]));
  return { ...p, items: p.items.map((m) => ({ ...m, claimCount: byId.get(m.id)?.claims ?? 0, sourceCount: byId.get(m.id)?.sources ?? 0, flagCount: flags.get(m.id) ?? 0 })) };
}

/** Newest first (published, else the end of its estimated date), as the sources page lists them. */
export async function sourcePage(db: ReadDb, page: PageOf) {
  const p = await keysetPage(
    db,
    {
      select: 'SELECT s.id, s.outlet, s.wire, s.title, s.url, s.published, s.published_estimate, s.content_hash, s.origin, s.added_at, s.reprint_of',
      from: 'FROM sources s WHERE TRUE',
      // Every source: the count the writes keep (migration 005), not a scan of 100,000 rows per page.
      countSql: "SELECT n::int AS total FROM row_ledger WHERE tbl = 'sources'",
      params: [],
      keys: [{ sql: `COALESCE(s.published, s.published_estimate->>'to', '') COLLATE "C"`, desc: true }, { sql: 's.id COLLATE "C"' }],
      id: 's.id',
      map: (r: SourceRow) => toSourceSummary(r),
    },
    page,
  );
  const claims = await countsOf(db, `SELECT source_id AS id, count(*)::int AS n FROM claims WHERE source_id = ANY($1) AND ${ACTIVE} GROUP BY source_id`, p.items.map((s) => s.id));
  return { ...p, items: p.items.map((s) => ({ ...s, claimCount: claims.get(s.id) ?? 0 })) };
}

/** Claims that count (reviewed or accepted automatically), or the rest: pending, rejected, superseded. */
export type ClaimState = 'counted' | 'history';

/** Claims in reading order (source, then place in its text), of one measure or source and state if given. */
export async function claimPage(db: ReadDb, filter: { measureId?: string; sourceId?: string; state?: ClaimState }, page: PageOf): Promise<Page<Claim>> {
  const where: string[] = ['TRUE'];
  const params: unknown[] = [];
  if (filter.measureId) where.push(`c.measure_id = $${params.push(filter.measureId)}`);
  if (filter.sourceId) where.push(`c.source_id = $${params.push(filter.sourceId)}`);
  if (filter.state) where.push(filter.state === 'counted' ? `c.${ACTIVE}` : `NOT c.${ACTIVE}`);
  return keysetPage(
    db,
    {
      select: CLAIM_COLUMNS,
      from: `${CLAIM_FROM} WHERE ${where.join(' AND ')}`,
      // Every claim has its one source: counted without joining them (a join of every source, at scale).
      countFrom: `FROM claims c WHERE ${where.join(' AND ')}`,
      params,
      // The order of claims_measure_reading (migration 020).
      keys: [{ sql: 'c.source_id COLLATE "C"' }, { sql: 'c.start_offset' }, { sql: 'c.id COLLATE "C"' }],
      id: 'c.id',
      map: (r: ClaimRow) => toClaim(r),
    },
    page,
  );
}


export interface FlagFilter {
  kind?: FlagKind;
  measureId?: string;
  topicId?: string;
  /** Disagreements (conflicts, denials, within-source, off-calendar) or notes only. */
  group?: 'disagreements' | 'notes';
}

/**
 * Flags in the order the pages show them (by topic, then as derived), of one kind, measure, topic
 * or group if given; `disagreementsFirst` puts every disagreement before any note (the /flags page).
 */
export async function flagPage(db: ReadDb, filter: FlagFilter, page: PageOf, opts: { disagreementsFirst?: boolean } = {}): Promise<Page<Flag>> {
  const where: string[] = ['TRUE'];
  const params: unknown[] = [];
  const notes = `f.kind IN (${NOTE_KINDS.map((k) => `'${k}'`).join(', ')})`;
  if (filter.kind) where.push(`f.kind = $${params.push(filter.kind)}`);
  if (filter.measureId) where.push(`f.measure_ids @> ARRAY[$${params.push(filter.measureId)}::text]`);
  if (filter.topicId) where.push(`f.topic_id = $${params.push(filter.topicId)}`);
  if (filter.group) where.push(filter.group === 'notes' ? notes : `NOT ${notes}`);
  // A topic's flags in the order they are derived in (rows.ts FLAG_ORDER).
  const keys = [{ sql: 'COALESCE(t.position, 2147483647)' }, { sql: 'f.topic_id COLLATE "C"' }, { sql: 'f.owner_position' }, { sql: 'f.owner COLLATE "C"' }, { sql: 'f.position' }];
  return keysetPage(
    db,
    {
      select: 'SELECT f.body',
      from: `FROM flags f LEFT JOIN topics t ON t.id = f.topic_id WHERE ${where.join(' AND ')}`,
      params,
      keys: opts.disagreementsFirst ? [{ sql: `(CASE WHEN ${notes} THEN 1 ELSE 0 END)` }, ...keys] : keys,
      id: 'f.id',
      // Parsed once, by the procedure's output schema: each body was parsed when it was stored,
      // and a page of busy flags is hundreds of kilobytes (camps list their claims).
      map: (r: { body: Flag }) => r.body,
    },
    page,
  );
}

/** Titles of the measures and topics these flags name, for a page that lists them. */
export async function flagNames(db: ReadDb, flags: Flag[]): Promise<{ measures: Record<string, string>; topics: Record<string, string> }> {
  const measureIds = [...new Set(flags.flatMap((f) => f.measureIds))];
  const topicIds = [...new Set(flags.flatMap((f) => (f.topicId ? [f.topicId] : [])))];
  const [ms, ts] = await Promise.all([
    measureIds.length ? db.query<{ id: string; title: string }>('SELECT id, title FROM measures WHERE id = ANY($1)', [measureIds]) : [],
    topicIds.length ? db.query<{ id: string; title: string }>('SELECT id, title FROM topics WHERE id = ANY($1)', [topicIds]) : [],
  ]);
  return { measures: Object.fromEntries(ms.map((m) => [m.id, m.title])), topics: Object.fromEntries(ts.map((t) => [t.id, t.title])) };
}

/** Flags a measure's page lists (a busy measure may hold one conflict a day); the rest are on /flags?measure=. */
export const FLAGS_ON_MEASURE_PAGE = 20;

/**
 * What a measure's page shows above its charts, without its claims: the measure, its topic, its
 * flags and how many figures it holds. The claims come a page at a time (measureClaims).
 */
export async function measureOverview(db: ReadDb, id: string) {
  const [row] = await db.query<MeasureRow>('SELECT * FROM measures WHERE id = $1 AND merged_into IS NULL', [id]);
  if (!row) throw new NotFoundError('measure', id);
  const measure = toMeasure(row);
  const [[topic], flags, [counts]] = await Promise.all([
    db.query<TopicRow>('SELECT * FROM topics WHERE id = $1', [measure.topicId]),
    db.query<{ body: unknown; total: number }>(
      `SELECT f.body, count(*) OVER ()::int AS total FROM flags f WHERE f.measure_ids @> ARRAY[$1::text]
       ORDER BY (CASE WHEN f.kind IN (${NOTE_KINDS.map((k) => `'${k}'`).join(', ')}) THEN 1 ELSE 0 END), f.topic_id COLLATE "C", ${FLAG_ORDER} LIMIT ${FLAGS_ON_MEASURE_PAGE}`,
      [id],
    ),
    // Figures and sources from the counts the writes keep (migration 010), not by reading every figure.
    db.query<{ figures: number; sources: number; history: number }>(
      `SELECT COALESCE((SELECT claims FROM measure_stats WHERE measure_id = $1), 0) AS figures, COALESCE((SELECT sources FROM measure_stats WHERE measure_id = $1), 0) AS sources,
              (SELECT count(*)::int FROM claims WHERE measure_id = $1 AND NOT ${ACTIVE}) AS history`,
      [id],
    ),
  ]);
  if (!topic) throw new NotFoundError('topic', measure.topicId);
  // The page lists each flag's kind and reason: its claims trimmed (../domain/flags/for-page.ts),
  // disagreements first, at most FLAGS_ON_MEASURE_PAGE; /flags?measure= lists them all.
  return { measure, topic: toTopic(topic), flags: flags.map((f) => flagForPage(FlagSchema.parse(f.body))), flagCount: flags[0]?.total ?? 0, counts };
}

/** A page of a measure's claims in one state, with the conversions of those stated in another currency or unit. */
export async function measureClaims(db: ReadDb, id: string, state: ClaimState, page: PageOf, fx: FxTable) {
  const [row] = await db.query<MeasureRow>('SELECT * FROM measures WHERE id = $1 AND merged_into IS NULL', [id]);
  if (!row) throw new NotFoundError('measure', id);
  const measure = toMeasure(row);
  const p = await claimPage(db, { measureId: id, state }, page);
  const conversions: Record<string, string> = {};
  for (const c of p.items) {
    const x = comparable(c, measure, fx);
    if (x?.converted) conversions[c.id] = x.converted;
  }
  return { ...p, conversions };
}

/**
 * Claims a person should look at: pending first, then those accepted automatically, each in
 * reading order, with its measure's title; of one state if given.
 */
export async function reviewPage(db: ReadDb, filter: { state?: 'pending' | 'auto' | 'set-aside' }, page: PageOf) {
  const params: unknown[] = filter.state ? [filter.state] : [];
  return keysetPage(
    db,
    {
      select: `${CLAIM_COLUMNS}, m.title AS measure_title`,
      from: `${CLAIM_FROM} LEFT JOIN measures m ON m.id = c.measure_id WHERE ${filter.state ? 'c.review = $1' : "c.review IN ('pending', 'auto')"}`,
      params,
      keys: [{ sql: "(CASE c.review WHEN 'pending' THEN 0 ELSE 1 END)" }, { sql: 'c.source_id COLLATE "C"' }, { sql: 'c.figure_start' }, { sql: 'c.id COLLATE "C"' }],
      id: 'c.id',
      map: (r: ClaimRow & { measure_title: string | null }) => ({ ...toClaim(r), measureTitle: r.measure_title ?? r.measure_id }),
    },
    page,
  );
}
