import fs from 'node:fs';
import path from 'node:path';
import type { Db } from './client';
import { CuratedCatalog, CuratedSource, curatedValue, nthIndexOf, type CuratedClaim } from '../domain/curated';
import type { Measure } from '../domain/schemas';
import type { NewClaim } from '../domain/new-claim';
import { estimatePublished } from '../domain/estimate';
import { estimateMidpoint } from '../domain/dates';
import { spanForAsOf } from '../extract/dates';
import { contentHash } from '../domain/hash';
import { bumpRevision, insertClaims, insertSource, upsertMeasure, upsertTopic, type NewSource } from './write';

export class DataError extends Error {}

function readJson(file: string): unknown {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (e) {
    throw new DataError(`${file}: not valid JSON (${(e as Error).message})`);
  }
}

function parse<T>(schema: { safeParse(x: unknown): { success: true; data: T } | { success: false; error: { issues: { path: PropertyKey[]; message: string }[] } } }, x: unknown, where: string): T {
  const r = schema.safeParse(x);
  if (r.success) return r.data;
  throw new DataError(`${where}: ${r.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`).join('; ')}`);
}

/** Locate a curated claim's quote and figure in the text; a quote not found verbatim stops the load. */
export function placeClaim(c: CuratedClaim, text: string, sourceId: string): { start: number; end: number; figureStart: number; figureEnd: number } {
  const start = nthIndexOf(text, c.quote, c.quoteOccurrence);
  if (start < 0) throw new DataError(`claim "${c.id}" in source "${sourceId}": its quote is not found verbatim in the article text: “${c.quote}”`);
  const inQuote = nthIndexOf(c.quote, c.figure, c.figureOccurrence);
  if (inQuote < 0) throw new DataError(`claim "${c.id}" in source "${sourceId}": its figure “${c.figure}” is not in its quote`);
  return { start, end: start + c.quote.length, figureStart: start + inQuote, figureEnd: start + inQuote + c.figure.length };
}

interface Prepared {
  source: NewSource;
  claims: NewClaim[];
}

/** Validate one source file and everything it claims, without touching the database. */
export function prepareSource(dir: string, file: string, measures: Map<string, Measure>): Prepared {
  const s = parse(CuratedSource, readJson(path.join(dir, 'sources', file)), `data/sources/${file}`);
  const text = fs.readFileSync(path.join(dir, 'sources', s.textFile), 'utf8');
  const claims: NewClaim[] = s.claims.map((c) => {
    const m = measures.get(c.measure);
    if (!m) throw new DataError(`claim "${c.id}" in source "${s.id}": unknown measure "${c.measure}"`);
    return {
      id: c.id,
      measureId: c.measure,
      sourceId: s.id,
      value: curatedValue(c),
      unit: c.unit,
      currency: c.currency,
      asOf: c.asOf ?? null,
      periodStart: c.periodStart ?? null,
      speaker: c.speaker,
      citedBy: c.citedBy,
      stance: c.stance,
      quote: c.quote,
      ...placeClaim(c, text, s.id),
      origin: 'curated',
      review: 'reviewed',
      note: c.note ?? null,
      confidence: null,
      supersedes: null,
    };
  });
  const publishedEstimate = s.published ? null : estimatePublished(claims, measures);
  // "last year", "in late September": a curated date keeps the span its words name, read from the
  // page's date (or an undated page's estimate) by the dates stage, when that stage agrees with it.
  const reference = s.published ?? (publishedEstimate ? estimateMidpoint(publishedEstimate) : null);
  const dated = claims.map((c) => (c.asOf ? { ...c, asOfSpan: spanForAsOf(text, { start: c.figureStart, end: c.figureEnd }, reference, c.asOf) } : c));
  return {
    source: { id: s.id, outlet: s.outlet, wire: s.wire, title: s.title, url: s.url, published: s.published, publishedEstimate, text, contentHash: contentHash(text), origin: 'curated' },
    claims: dated,
  };
}

/**
 * Load data/ into the database: topics and measures, then each source with its claims. All of it
 * is validated before the first write and written in one transaction, and a source already
 * stored is skipped, so later starts load nothing twice.
 */
export async function loadCuratedData(db: Db, dir = path.join(process.cwd(), 'data')): Promise<{ loaded: string[] }> {
  const catalog = parse(CuratedCatalog, readJson(path.join(dir, 'topics.json')), 'data/topics.json');
  const measures = new Map(catalog.measures.map((m) => [m.id, m]));
  const files = fs.readdirSync(path.join(dir, 'sources')).filter((f) => f.endsWith('.json')).sort();
  const prepared = files.map((f) => prepareSource(dir, f, measures));
  return db.transaction(async (tx) => {
    await tx.query('SELECT pg_advisory_xact_lock(7412)');
    for (const t of catalog.topics) await upsertTopic(tx, t);
    for (const m of catalog.measures) await upsertMeasure(tx, m);
    const loaded: string[] = [];
    for (const p of prepared) {
      const done = await tx.query('SELECT 1 FROM data_loads WHERE name = $1', [`source:${p.source.id}`]);
      if (done.length) continue;
      await insertSource(tx, p.source);
      await insertClaims(tx, p.claims);
      await tx.query('INSERT INTO data_loads (name) VALUES ($1)', [`source:${p.source.id}`]);
      loaded.push(p.source.id);
    }
    if (loaded.length) await bumpRevision(tx);
    return { loaded };
  });
}
