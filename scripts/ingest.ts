// `npm run ingest -- FILE...`: store articles from text files that start with a header of
// `Key: value` lines (Outlet:, Title:, URL:, Published: YYYY-MM-DD; URL and Published optional),
// then a blank line, then the body. Prints what it stored, per figure. Works on a fresh DATA_DIR
// (creating and loading the database as `npm start` would); the embedded database must not be
// held by a running server at the same time (use DATABASE_URL for that).
import fs from 'node:fs';
import { getDb } from '../server/db';
import { ingestArticle } from '../server/db/ingest';
import { IngestInput, parseArticleFile } from '../server/ingest/input';
import type { IngestResult } from '../server/ingest/result';
import { formatInterval } from '../server/domain/value';

function print(file: string, r: IngestResult): void {
  const date = r.published ?? (r.publishedEstimate ? `undated, estimated ${r.publishedEstimate.from}…${r.publishedEstimate.to}` : 'undated');
  if (r.duplicate) {
    console.log(`${file}: duplicate of source ${r.sourceId} (same text already stored); nothing written`);
    return;
  }
  console.log(`${file}: stored source ${r.sourceId} — ${r.outlet}, “${r.title}”, ${date}`);
  console.log(`  ${r.figures.length} figures: ${r.accepted} accepted automatically (not reviewed), ${r.needsReview} awaiting review at /review`);
  for (const f of r.figures) {
    const tag = f.decision === 'accepted-automatically' ? 'auto  ' : 'review';
    const who = f.speaker ? ` · ${f.speaker}` : '';
    const value = f.stance === 'denies' ? 'denial' : `${formatInterval(f.value)} ${f.unit}`;
    console.log(`  [${tag}] “${f.text}” = ${value} → ${f.measureId}${f.newMeasure ? ' (new measure)' : ''} (${Math.round(f.confidence * 100)}%)${who} · as of ${f.asOf ?? 'unknown'} · ${f.claimId}`);
  }
}

async function main(): Promise<number> {
  const files = process.argv.slice(2);
  if (files.length === 0) {
    console.error('usage: npm run ingest -- FILE...   (each file: Outlet:/Title:/URL:/Published: header, blank line, text)');
    return 2;
  }
  const db = await getDb();
  let failed = 0;
  for (const file of files) {
    try {
      const { fields, body } = parseArticleFile(fs.readFileSync(file));
      const input = IngestInput.safeParse({ text: body, outlet: fields.outlet, title: fields.title, url: fields.url, published: fields.published });
      if (!input.success) throw new Error(input.error.issues.map((i) => `${i.path.join('.') || 'file'}: ${i.message}`).join('; '));
      print(file, await ingestArticle(db, input.data));
    } catch (e) {
      failed++;
      console.error(`${file}: not stored — ${(e as Error).message}`);
    }
  }
  await db.close();
  return failed ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (e) => {
    console.error(`ingest failed: ${(e as Error).message}`);
    process.exit(1);
  },
);
