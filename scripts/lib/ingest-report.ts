import type { IngestResult } from '../../server/ingest/result';
import { formatInterval } from '../../server/domain/value';

/** What `npm run ingest` prints: per file (every figure, for a handful of files or --verbose), and the summary. */

export function fileDetail(file: string, r: IngestResult): string[] {
  const date = r.published ?? (r.publishedEstimate ? `undated, estimated ${r.publishedEstimate.from}…${r.publishedEstimate.to}` : 'undated');
  if (r.duplicate) return [`${file}: duplicate of source ${r.sourceId} (same text already stored); nothing written`];
  const lines = [
    `${file}: stored source ${r.sourceId} — ${r.outlet}, “${r.title}”, ${date}`,
    `  ${r.figures.length} figures: ${r.accepted} accepted automatically (not reviewed), ${r.needsReview} awaiting review at /review`,
  ];
  for (const f of r.figures) {
    const tag = f.decision === 'accepted-automatically' ? 'auto  ' : 'review';
    const who = f.speaker ? ` · ${f.speaker}` : '';
    const value = f.stance === 'denies' ? 'denial' : `${formatInterval(f.value)} ${f.unit}`;
    lines.push(`  [${tag}] “${f.text}” = ${value} → ${f.measureId}${f.newMeasure ? ' (new measure)' : ''} (${Math.round(f.confidence * 100)}%)${who} · as of ${f.asOf ?? 'unknown'} · ${f.claimId}`);
  }
  return lines;
}

export interface Tally {
  files: number;
  stored: number;
  duplicate: number;
  refused: number;
  figures: number;
  accepted: number;
  awaiting: number;
  /** Reason → the files refused for it, in the order met. */
  reasons: Map<string, string[]>;
  skipped: { path: string; why: string }[];
}

export const emptyTally = (files: number, skipped: Tally['skipped']): Tally => ({ files, stored: 0, duplicate: 0, refused: 0, figures: 0, accepted: 0, awaiting: 0, reasons: new Map(), skipped });

const n = (x: number) => x.toLocaleString('en-GB');
const FILES_NAMED = 3;
const listed = (xs: string[]) => (xs.length > FILES_NAMED ? `${xs.slice(0, FILES_NAMED).join(', ')} and ${n(xs.length - FILES_NAMED)} more` : xs.join(', '));

function count<T>(xs: T[], key: (x: T) => string): [string, T[]][] {
  const m = new Map<string, T[]>();
  for (const x of xs) {
    const list = m.get(key(x));
    if (list) list.push(x);
    else m.set(key(x), [x]);
  }
  return [...m].sort((a, b) => b[1].length - a[1].length);
}

export function summary(t: Tally, seconds: number): string[] {
  const rate = seconds > 0 ? (t.stored + t.duplicate) / seconds : 0;
  const lines = [
    `Ingested ${n(t.files)} file${t.files === 1 ? '' : 's'} in ${seconds.toFixed(1)} s (${rate.toFixed(1)} articles/s):`,
    `  stored     ${n(t.stored)}: ${n(t.figures)} figures, ${n(t.accepted)} accepted automatically (not reviewed), ${n(t.awaiting)} awaiting review at /review`,
    `  duplicate  ${n(t.duplicate)} (same text already stored; nothing written)`,
    `  refused    ${n(t.refused)}${t.refused ? ' (nothing of them written):' : ''}`,
  ];
  for (const [reason, files] of [...t.reasons].sort((a, b) => b[1].length - a[1].length)) lines.push(`    ${n(files.length)}× ${reason} — ${listed(files)}`);
  if (t.skipped.length) {
    lines.push(`  skipped    ${n(t.skipped.length)} (not read):`);
    for (const [why, items] of count(t.skipped, (s) => s.why)) lines.push(`    ${n(items.length)}× ${why} — ${listed(items.map((s) => s.path))}`);
  }
  return lines;
}
