// `npm run bench:ingest`: a benchmark, not a test. Ingests invented articles (scripts/lib/corpus-gen.ts)
// into a fresh embedded database in a temporary directory, one article per transaction as the CLI
// and POST /api/v1/sources/batch do, in blocks that grow the corpus to each size given, and prints
// per block articles/s and where each article's time went; then the median and the ratio of the
// last block's rate to the first's (1.0 = flat as the corpus grows).
//
//   npm run bench:ingest -- [--sizes 500,1000,2000] [--seed 1]      (or BENCH_INGEST_SIZES=500,1000)
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { z } from 'zod';
import { openDatabase } from '../server/db';
import { ingestArticle, type PhaseTimes } from '../server/db/ingest';
import { compareDerived } from '../server/db/derive';
import { IngestInput } from '../server/ingest/input';
import { generateArticle } from './lib/corpus-gen';

const Sizes = z
  .string()
  .regex(/^\d+(,\d+)*$/, 'sizes are corpus sizes separated by commas, e.g. 500,1000,2000')
  .transform((s) => s.split(',').map(Number))
  .refine((xs) => xs.every((x, i) => x > 0 && (i === 0 || x > xs[i - 1])), 'sizes must be above 0 and increasing');
const Args = z.object({ sizes: Sizes, seed: z.coerce.number().int().min(0) });

function args(): z.infer<typeof Args> {
  const a = process.argv.slice(2);
  const given: Record<string, string> = {};
  for (let i = 0; i < a.length; i += 2) {
    const name = /^--(sizes|seed)$/.exec(a[i])?.[1];
    if (!name || a[i + 1] === undefined) throw new Error(`unexpected argument ${JSON.stringify(a[i])} (usage: --sizes 500,1000,2000 --seed 1)`);
    given[name] = a[i + 1];
  }
  const parsed = Args.safeParse({ sizes: given.sizes ?? process.env.BENCH_INGEST_SIZES ?? '500,1000,2000', seed: given.seed ?? '1' });
  if (!parsed.success) throw new Error(parsed.error.issues.map((i) => `--${i.path.join('.')}: ${i.message}`).join('; '));
  return parsed.data;
}

const PHASES: [keyof PhaseTimes | 'commit', string][] = [
  ['check', 'lock + duplicate check'],
  ['read', 'read measures + topics'],
  ['plan', 'planIngest (extraction, matching)'],
  ['write', 'insert source, claims, events'],
  ['derive', 'derive flags + bump revision'],
  ['commit', 'commit and the rest'],
];

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function main() {
  const opt = args();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tally-bench-ingest-'));
  const db = await openDatabase({ dir });
  const count = async (t: string) => (await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${t}`))[0].n;
  console.log(`[bench:ingest] fresh PGlite in ${dir}; blocks up to ${opt.sizes.join(', ')} articles (seed ${opt.seed})`);
  console.log('\n| corpus | articles | articles/s | ms/article | ' + PHASES.map(([, label]) => label).join(' | ') + ' | measures | topics | claims |');
  console.log('|---|---:|---:|---:|' + PHASES.map(() => '---:').join('|') + '|---:|---:|---:|');
  const rates: number[] = [];
  let done = 0;
  try {
    for (const size of opt.sizes) {
      const times: PhaseTimes = {};
      const from = done;
      let stored = 0;
      const t0 = performance.now();
      for (; done < size; done++) {
        const r = await ingestArticle(db, IngestInput.parse(generateArticle(done, opt.seed)), times);
        if (r.stored) stored++;
      }
      const ms = performance.now() - t0;
      const n = size - from;
      const inner = Object.values(times).reduce((a, b) => a + (b ?? 0), 0);
      const per = (x: number) => (x / n).toFixed(2);
      const cells = PHASES.map(([k]) => per(k === 'commit' ? ms - inner : (times[k] ?? 0)));
      rates.push((n / ms) * 1000);
      console.log(`| ${from}→${size} | ${n} (${stored} stored) | ${rates.at(-1)!.toFixed(1)} | ${per(ms)} | ${cells.join(' | ')} | ${await count('measures')} | ${await count('topics')} | ${await count('claims')} |`);
    }
    // Not a test, a check that the figures are of a correct run: the flags kept per article are
    // the ones a derivation from scratch finds.
    const d = await compareDerived(db);
    const same = d.onlyStored.length + d.onlyDerived.length + d.changed.length + d.search.length === 0;
    console.log(`\nStored flags and search rows ${same ? 'agree with' : 'DIFFER FROM'} a derivation from scratch (${d.stored} stored, ${d.derived} derived)`);
  } finally {
    await db.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
  console.log(`\nMedian ${median(rates).toFixed(1)} articles/s over ${rates.length} blocks; last block / first block: ${(rates.at(-1)! / rates[0]).toFixed(2)} (1.00 = flat as the corpus grows)`);
}

main().then(
  () => process.exit(0),
  (e) => {
    console.error(`bench:ingest failed: ${(e as Error).message}`);
    process.exit(1);
  },
);
