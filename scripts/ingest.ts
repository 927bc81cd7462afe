// `npm run ingest -- [--verbose] DIR|FILE|URL...`: store articles from text files that start with a
// header of `Key: value` lines (Outlet:, Title:, URL:, Published: YYYY-MM-DD; URL and Published
// optional), then a blank line, then the body; and from http(s) links, whose pages are fetched and
// read as on /ingest (server/fetch: TALLY_FETCH_ALLOW, TALLY_FETCH_TIMEOUT_MS), in the order named.
// Directories are walked (./lib/ingest-files.ts says what is skipped). Each file or link is its own
// transaction: a refused one is reported and the rest go on.
// Up to DETAIL_FILES files, every stored figure is printed, as for one file; past that only with
// --verbose, and a progress bar (or, off a terminal, a line now and then) shows on stderr. A
// summary ends the run. Exit 0 when every file was stored or was a duplicate, 1 when any was
// refused, 2 on a usage error (nothing ingested). Works on a fresh DATA_DIR (creating and loading
// the database as `npm start` would); the embedded database must not be held by a running server
// at the same time (use DATABASE_URL for that).
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { getDb } from '../server/db';
import { ingestOne } from '../server/db/ingest-batch';
import { MAX_TEXT_BYTES, parseArticleFile } from '../server/ingest/input';
import { checkArticle, type BatchItem } from '../server/ingest/batch';
import { ingestInputOf } from '../server/fetch';
import { findFiles, type Found } from './lib/ingest-files';
import { Progress } from './lib/progress';
import { emptyTally, fileDetail, summary, type Tally } from './lib/ingest-report';

const DETAIL_FILES = 10;
/** Bigger than any article file can be (1 MB of text and its header): refused without reading it. */
const MAX_FILE_BYTES = MAX_TEXT_BYTES + 64_000;
const USAGE = 'usage: npm run ingest -- [--verbose] DIR|FILE|URL...   (each file: Outlet:/Title:/URL:/Published: header, blank line, text; each http(s) URL: a page to fetch)';
const IS_URL = /^https?:\/\//i;

const Args = z.object({
  verbose: z.boolean(),
  paths: z.array(z.string().min(1, 'a path is empty')).min(1, 'name at least one file, directory or URL'),
});

function args(argv: string[]): z.infer<typeof Args> | string {
  const options = argv.filter((a) => a.startsWith('-') && a !== '-');
  const unknown = options.filter((a) => a !== '--verbose' && a !== '-v');
  if (unknown.length) return `unknown option ${unknown[0]}`;
  const parsed = Args.safeParse({ verbose: options.length > 0, paths: argv.filter((a) => !options.includes(a)) });
  return parsed.success ? parsed.data : parsed.error.issues.map((i) => i.message).join('; ');
}

/** One file, read, checked and stored; anything wrong with it is its reason for being refused. */
async function ingestFile(db: Awaited<ReturnType<typeof getDb>>, index: number, file: string): Promise<BatchItem> {
  try {
    const size = fs.statSync(file).size;
    if (size > MAX_FILE_BYTES) return { index, status: 'refused', reason: `the file is ${(size / 1e6).toFixed(1)} MB; an article’s text may be at most 1 MB` };
    const { fields, body } = parseArticleFile(fs.readFileSync(file));
    const checked = checkArticle({ text: body, outlet: fields.outlet, title: fields.title, url: fields.url, published: fields.published });
    if ('reason' in checked) return { index, status: 'refused', reason: checked.reason };
    return await ingestOne(db, index, checked.input);
  } catch (e) {
    return { index, status: 'refused', reason: (e as Error).message };
  }
}

/** A page fetched and read, then stored as a file would be; a page Tally cannot use is refused with the reason. */
async function ingestUrl(db: Awaited<ReturnType<typeof getDb>>, index: number, url: string): Promise<BatchItem> {
  try {
    return await ingestOne(db, index, await ingestInputOf({ url }));
  } catch (e) {
    return { index, status: 'refused', reason: (e as Error).message };
  }
}

/** Files and links in the order named; a directory's files where it was named; a file named twice read once. */
function findInputs(args: string[]): Found {
  const found: Found = { files: [], skipped: [], missing: [] };
  const seen = new Set<string>();
  for (const a of args) {
    if (IS_URL.test(a)) {
      found.files.push(a);
      continue;
    }
    const f = findFiles([a]);
    found.missing.push(...f.missing);
    found.skipped.push(...f.skipped);
    for (const file of f.files) {
      if (seen.has(path.resolve(file))) found.skipped.push({ path: file, why: 'named twice' });
      else {
        seen.add(path.resolve(file));
        found.files.push(file);
      }
    }
  }
  return found;
}

function count(t: Tally, file: string, item: BatchItem): void {
  if (item.status === 'refused') {
    t.refused++;
    const reason = item.reason ?? 'refused';
    const files = t.reasons.get(reason);
    if (files) files.push(file);
    else t.reasons.set(reason, [file]);
    return;
  }
  if (item.status === 'duplicate') t.duplicate++;
  else t.stored++;
  if (item.status === 'stored' && item.result) {
    t.figures += item.result.figures.length;
    t.accepted += item.result.accepted;
    t.awaiting += item.result.needsReview;
  }
}

async function main(): Promise<number> {
  const opt = args(process.argv.slice(2));
  if (typeof opt === 'string') {
    console.error(`ingest: ${opt}\n${USAGE}`);
    return 2;
  }
  const found = findInputs(opt.paths);
  if (found.missing.length) {
    console.error(`ingest: no such file or directory: ${found.missing.join(', ')}; nothing was ingested\n${USAGE}`);
    return 2;
  }
  if (found.files.length === 0) {
    console.error(`ingest: no files to ingest in ${opt.paths.join(', ')}${found.skipped.length ? ` (${found.skipped.length} skipped: hidden, links or not regular files)` : ''}`);
    return 2;
  }
  const detail = opt.verbose || found.files.length <= DETAIL_FILES;
  const db = await getDb();
  const tally = emptyTally(found.files.length, found.skipped);
  const progress = new Progress(found.files.length);
  const t0 = performance.now();
  try {
    for (const [i, file] of found.files.entries()) {
      const item = IS_URL.test(file) ? await ingestUrl(db, i, file) : await ingestFile(db, i, file);
      count(tally, file, item);
      if (item.status === 'refused' || (detail && item.result)) progress.clear();
      if (item.status === 'refused') console.error(`${file}: not stored — ${item.reason}`);
      else if (detail && item.result) console.log(fileDetail(file, item.result).join('\n'));
      if (found.files.length > 1) progress.update(i + 1, tally);
    }
  } finally {
    await db.close();
  }
  progress.clear();
  console.log(summary(tally, (performance.now() - t0) / 1000).join('\n'));
  return tally.refused ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (e) => {
    console.error(`ingest failed: ${(e as Error).message}`);
    process.exit(1);
  },
);
