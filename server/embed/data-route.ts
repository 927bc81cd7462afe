import { getDb } from '../db';
import { claimsFor, dataCsv, dataJson } from './data';
import { makeBody, send, type Body } from './http';
import type { EmbedKind } from './model';
import { freshCatalog } from './versions';

/**
 * GET /api/v1/{measures|topics}/{id}/data.{csv|json}: the data behind a chart. These specific
 * routes sit beside the OpenAPI catch-all (app/api/v1/[...path]); Next matches the more specific
 * route first. Bodies are built once per catalog revision.
 */
const built = new Map<string, { revision: number; body: Body | null }>();

const notFound = (kind: EmbedKind, id: string) =>
  Response.json({ error: `No ${kind === 'measure' ? 'measure' : 'comparison chart'} with id "${id}".` }, { status: 404 });

export async function handleData(req: Request, kind: EmbedKind, id: string, format: 'csv' | 'json'): Promise<Response> {
  // Ids are slugs; anything else is unknown (and never reaches a header or a cache key).
  if (!/^[a-z0-9][a-z0-9-]{0,79}$/.test(id)) return notFound(kind, id.slice(0, 80));
  const cat = await freshCatalog(await getDb(), kind, id);
  const key = `${kind}:${id}:${format}`;
  let hit = built.get(key);
  if (!hit || hit.revision !== cat.revision) {
    const claims = claimsFor(cat, kind, id);
    const body = !claims
      ? null
      : format === 'csv'
        ? makeBody(dataCsv(claims), 'text/csv; charset=utf-8; header=present')
        : makeBody(dataJson(cat, kind, id, claims), 'application/json; charset=utf-8');
    hit = { revision: cat.revision, body };
    if (built.size > 200) built.clear();
    built.set(key, hit);
  }
  if (!hit.body) return notFound(kind, id);
  return send(req, hit.body, {
    'Cache-Control': 'public, max-age=60',
    'Access-Control-Allow-Origin': '*',
    ...(format === 'csv' ? { 'Content-Disposition': `attachment; filename="tally-${id}.csv"` } : {}),
  });
}
