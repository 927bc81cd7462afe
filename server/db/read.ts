import type { ReadDb } from './client';
import type { Claim, Measure, Source, SourceSummary, Topic } from '../domain/schemas';
import { CLAIM_SELECT, toClaim, toMeasure, toSource, toSourceSummary, toTopic, type ClaimRow, type MeasureRow, type SourceRow, type TopicRow } from './rows';

export async function getRevision(db: ReadDb): Promise<number> {
  const rows = await db.query<{ n: number }>('SELECT n FROM revision WHERE id = 1');
  return rows[0]?.n ?? 0;
}

/** Topics people see; `merged` adds those merged into others (ingest follows them to where they went). */
export async function listTopics(db: ReadDb, opts: { merged?: boolean } = {}): Promise<Topic[]> {
  return (await db.query<TopicRow>(`SELECT * FROM topics ${opts.merged ? '' : 'WHERE merged_into IS NULL'} ORDER BY position, id`)).map(toTopic);
}

/** Measures people see; `merged` adds those merged into others. */
export async function listMeasures(db: ReadDb, opts: { merged?: boolean } = {}): Promise<Measure[]> {
  return (await db.query<MeasureRow>(`SELECT * FROM measures ${opts.merged ? '' : 'WHERE merged_into IS NULL'} ORDER BY position, id`)).map(toMeasure);
}

export async function listClaims(db: ReadDb): Promise<Claim[]> {
  return (await db.query<ClaimRow>(`${CLAIM_SELECT} ORDER BY c.source_id, c.start_offset, c.id`)).map(toClaim);
}

/** One source's claims, in reading order. */
export async function listClaimsOfSource(db: ReadDb, sourceId: string): Promise<Claim[]> {
  return (await db.query<ClaimRow>(`${CLAIM_SELECT} WHERE c.source_id = $1 ORDER BY c.start_offset, c.id`, [sourceId])).map(toClaim);
}

export async function getClaim(db: ReadDb, id: string): Promise<Claim | null> {
  const rows = await db.query<ClaimRow>(`${CLAIM_SELECT} WHERE c.id = $1`, [id]);
  return rows[0] ? toClaim(rows[0]) : null;
}

export async function listSources(db: ReadDb): Promise<SourceSummary[]> {
  const rows = await db.query<SourceRow>(
    `SELECT id, outlet, wire, title, url, published, published_estimate, content_hash, origin, added_at, reprint_of
     FROM sources ORDER BY COALESCE(published, published_estimate->>'to') DESC NULLS LAST, id`,
  );
  return rows.map(toSourceSummary);
}

export async function getSource(db: ReadDb, id: string): Promise<Source | null> {
  const rows = await db.query<SourceRow & { body: string }>('SELECT * FROM sources WHERE id = $1', [id]);
  return rows[0] ? toSource(rows[0]) : null;
}
