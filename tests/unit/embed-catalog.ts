import fs from 'node:fs';
import path from 'node:path';
import { makeCatalog, type Catalog } from '@/server/domain/catalog-model';
import type { NewSource } from '@/server/db/write';
import { CuratedCatalog } from '@/server/domain/curated';
import type { Claim, Measure, SourceSummary, Topic } from '@/server/domain/schemas';
import { seed } from './fixtures';

/**
 * A Catalog as server/db/catalog.ts builds it, from the seed data (or from claims a test makes),
 * without a database: the embed renderers read nothing else.
 */
const DATA = path.join(__dirname, '..', '..', 'data');

export function topics(): Topic[] {
  return CuratedCatalog.parse(JSON.parse(fs.readFileSync(path.join(DATA, 'topics.json'), 'utf8'))).topics;
}

export function summary(s: Pick<NewSource, 'outlet' | 'wire' | 'title' | 'url' | 'published' | 'publishedEstimate'> & { id: string }): SourceSummary {
  return { id: s.id, outlet: s.outlet, wire: s.wire, title: s.title, url: s.url, published: s.published, publishedEstimate: s.publishedEstimate, contentHash: 'x', addedAt: '2024-01-01T00:00:00.000Z' };
}

export function catalogOf(parts: { topics: Topic[]; measures: Measure[]; claims: Claim[]; sources: SourceSummary[] }, revision = 1): Catalog {
  return makeCatalog(parts, revision);
}

export function seedCatalog(): Catalog {
  const s = seed();
  return catalogOf({ topics: topics(), measures: s.measures, claims: s.claims, sources: s.sources.map(summary) });
}
