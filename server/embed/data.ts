import type { Catalog } from '../db/catalog';
import type { Claim } from '../domain/schemas';
import { speakerLabel } from '../domain/attribution';
import { csvRow, safeJson } from './escape';
import { findModel, type EmbedKind } from './model';
import { dataPath, embedPath, pagePath } from './links';

/**
 * "Get the data": every claim behind a chart, one row each, including the ones the chart leaves
 * out (pending, rejected, superseded), marked by their review state, since Tally never deletes
 * a claim. Values are the stored interval; the wording is kept beside it.
 */
export const CSV_COLUMNS = [
  'claim_id',
  'measure_id',
  'value_as_worded',
  'low',
  'high',
  'low_inclusive',
  'high_inclusive',
  'best',
  'unit',
  'currency',
  'as_of',
  'as_of_estimated',
  'stance',
  'outlet',
  'speaker',
  'citation',
  'published',
  'published_estimate',
  'quote',
  'url',
  'review',
  // Added after the columns above, which keep their places: the as-of as the chart says it
  // ("2022" for "last year", "unknown, estimated …"), and the span the text named, if any.
  'as_of_text',
  'as_of_span_from',
  'as_of_span_to',
  'as_of_precision',
] as const;

function row(c: Claim): (string | number | boolean | null)[] {
  const v = c.value;
  const est = c.publishedEstimate ? `${c.publishedEstimate.from}/${c.publishedEstimate.to}` : null;
  // A denial ("before the war but not since") gives no number: its numeric columns stay empty, so
  // a spreadsheet never sums it as 0; its wording and `stance = denies` say what it is.
  const n = c.stance === 'denies' ? { low: null, high: null, lowInclusive: null, highInclusive: null, best: null } : v;
  return [
    c.id, c.measureId, v.text, n.low, n.high, n.lowInclusive, n.highInclusive, n.best, c.unit, c.currency, c.asOf, c.asOfEstimated,
    c.stance, c.outlet, speakerLabel(c.speaker), c.citation, c.published, est, c.quote, c.url, c.review,
    c.asOfText, c.asOfSpan?.from ?? null, c.asOfSpan?.to ?? null, c.asOfSpan?.precision ?? (c.asOf && !c.asOfEstimated ? 'day' : null),
  ];
}

/** The claims behind a measure's chart, or behind a topic's comparison (its member measures). */
export function claimsFor(cat: Catalog, kind: EmbedKind, id: string): Claim[] | null {
  if (kind === 'measure') return cat.measureById.has(id) ? cat.claims.filter((c) => c.measureId === id) : null;
  const model = findModel(cat, 'topic', id);
  if (!model) return null;
  const measures = new Set(model.series.points.map((p) => p.measureId));
  return cat.claims.filter((c) => measures.has(c.measureId));
}

/** CSV with a byte-order mark, so Excel reads the curly quotes and dashes as UTF-8. */
export function dataCsv(claims: Claim[]): string {
  return `\uFEFF${[csvRow([...CSV_COLUMNS]), ...claims.map((c) => csvRow(row(c)))].join('\r\n')}\r\n`;
}

export function dataJson(cat: Catalog, kind: EmbedKind, id: string, claims: Claim[]): string {
  const model = findModel(cat, kind, id);
  const ids = new Set(claims.map((c) => c.id));
  return safeJson(
    {
      kind,
      id,
      title: model?.title ?? null,
      revision: cat.revision,
      links: { page: pagePath(kind, id), embed: embedPath(kind, id), csv: dataPath(kind, id, 'csv') },
      series: model?.series ?? null,
      claims,
      flags: cat.flags.filter((f) => f.claimIds.some((c) => ids.has(c))),
    },
    2,
  );
}
