// `npm run eval:flags [-- SET... [--details]]`: ingests each labelled evaluation set in
// eval/corpus/ (default: tune, tune2, tune3, tune4, tune5, tune6, tune7, tune8, holdout, holdout2 and holdout3) into a fresh embedded database, as a newsroom would —
// raw pages, in order of publication, nobody reviewing — and prints, per flag kind, how many
// labelled disagreements Tally flagged with the right kind, how many traps it fell into, flags
// per disagreement, how many figures wait for review or are set aside as incidental (a labelled
// figure set aside counts as a miss), and whether figures of one quantity meet on
// one measure. `--details` lists what was missed; use it on the tuning set only: the holdout set
// is for measuring, never for tuning.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openDatabase } from '../server/db';
import { ingestArticle } from '../server/db/ingest';
import { getCatalog } from '../server/db/catalog';
import { IngestInput, parseArticleFile } from '../server/ingest/input';
import { Labels, claimsFor, score, type Corpus, DISAGREEMENT_KINDS } from './lib/eval-labels';

const ROOT = path.join(process.cwd(), 'eval', 'corpus');
const pct = (a: number, b: number) => (b === 0 ? '—' : `${Math.round((100 * a) / b)}%`);

const args = process.argv.slice(2);

async function run(set: string, details: boolean): Promise<void> {
  const dir = path.join(ROOT, set);
  const labels = Labels.parse(JSON.parse(fs.readFileSync(path.join(dir, 'labels.json'), 'utf8')));
  const files = fs
    .readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .flatMap((d) => fs.readdirSync(path.join(dir, d.name)).filter((f) => f.endsWith('.txt')).map((f) => `${d.name}/${f}`));
  const articles = files.map((file) => ({ file, ...parseArticleFile(fs.readFileSync(path.join(dir, file))) }));
  // In order of publication, undated pages last, as they would arrive over weeks.
  articles.sort((a, b) => (a.fields.published ?? '9999').localeCompare(b.fields.published ?? '9999') || a.file.localeCompare(b.file));
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'tally-eval-'));
  const db = await openDatabase({ dir: tmp });
  const sources = new Map<string, { sourceId: string; body: string }>();
  const t0 = performance.now();
  try {
    for (const a of articles) {
      const input = IngestInput.parse({ text: a.body, outlet: a.fields.outlet, title: a.fields.title, url: a.fields.url, published: a.fields.published });
      const r = await ingestArticle(db, input);
      sources.set(a.file, { sourceId: r.sourceId, body: a.body });
    }
    const cat = await getCatalog(db);
    const corpus: Corpus = { sources, claims: cat.claims, flags: cat.flags };
    const s = score(labels, corpus);
    const ms = performance.now() - t0;
    console.log(`\n== ${set}: ${articles.length} articles, ${labels.stories.length} stories, ${labels.disagreements.length} labelled disagreements, ${labels.traps.length} traps (${Math.round(ms)} ms)`);
    console.log('kind                 labelled  flagged right  flagged as another kind');
    for (const k of DISAGREEMENT_KINDS) {
      const x = s.byKind.get(k) ?? { labelled: 0, found: 0, otherKind: 0 };
      console.log(`${k.padEnd(20)} ${String(x.labelled).padStart(8)}  ${`${x.found} (${pct(x.found, x.labelled)})`.padStart(13)}  ${String(x.otherKind).padStart(8)}`);
    }
    const found = [...s.byKind.values()].reduce((n, x) => n + x.found, 0);
    console.log(`all                  ${String(labels.disagreements.length).padStart(8)}  ${`${found} (${pct(found, labels.disagreements.length)})`.padStart(13)}`);
    console.log('trap                 labelled  fallen into');
    for (const [k, x] of [...s.traps].sort()) console.log(`${k.padEnd(20)} ${String(x.labelled).padStart(8)}  ${String(x.fallen).padStart(11)}`);
    const fallenTotal = [...s.traps.values()].reduce((n, x) => n + x.fallen, 0);
    console.log(`all                  ${String(labels.traps.length).padStart(8)}  ${String(fallenTotal).padStart(11)}`);
    console.log(`disagreement flags: ${s.disagreementFlags} for ${labels.disagreements.length} labelled disagreements (${(s.disagreementFlags / Math.max(1, labels.disagreements.length)).toFixed(2)} per disagreement); ${s.unexplained.length} name no labelled disagreement; ${s.singleSource} single-source notes`);
    console.log(
      `figures: ${s.figures} extracted, ${s.waiting} waiting for review (${pct(s.waiting, s.figures)}), ${s.setAside} set aside as incidental (${pct(s.setAside, s.figures)}; ${s.setAsideLabelled.length} of them labelled); labelled figures found and not set aside: ${s.foundFigures}/${s.labelledFigures} (${pct(s.foundFigures, s.labelledFigures)})`,
    );
    console.log(`quantities seen in 2+ figures: ${s.quantities.labelled}; all on one measure: ${s.quantities.converged} (${pct(s.quantities.converged, s.quantities.labelled)}); mean share on its main measure ${pct(s.quantities.shareOnOneMeasure, 1)}; measures holding two labelled quantities: ${s.quantities.mergedMeasures}`);
    // Topics: a story's labelled figures should land in one topic.
    const measureTopic = new Map(cat.measures.map((m) => [m.id, m.topicId]));
    const perStory = labels.stories.map((st) => {
      const ids = new Set(labels.quantities.filter((q) => q.story === st.id).flatMap((q) => q.figures.flatMap((f) => claimsFor(corpus, f).map((c) => measureTopic.get(c.measureId)))));
      return `${st.id} ${ids.size}`;
    });
    console.log(`topics holding each story's figures: ${perStory.join(', ')}`);
    if (details) {
      console.log('\nmissed:');
      for (const m of s.missed) console.log(`  - ${m}`);
      console.log('labelled figures set aside as incidental (misses):');
      for (const f of s.setAsideLabelled) console.log(`  - ${f.file}: “${f.text}”`);
      console.log('traps fallen into:');
      for (const m of s.fallen) console.log(`  - ${m}`);
      console.log('quantities whose figures are on several measures:');
      for (const q of s.scattered) console.log(`  - ${q.quantity}: ${q.measures.join(' | ')}`);
      console.log('reprinted values (one origin, several outlets):');
      for (const f of cat.flags) if (f.kind === 'single-source' && f.reason.includes('comes from one origin')) console.log(`  - ${f.reason}`);
      console.log('flags that name no labelled disagreement:');
      for (const f of s.unexplained) console.log(`  - [${f.kind}] ${f.reason}`);
    }
    if (args.includes('--figures')) {
      const titles = new Map(cat.measures.map((m) => [m.id, m.title]));
      const file = new Map([...sources].map(([f, x]) => [x.sourceId, f]));
      const labelled = new Set(labels.quantities.flatMap((q) => q.figures.flatMap((f) => claimsFor(corpus, f).map((c) => c.id))));
      for (const c of cat.claims.filter((x) => x.origin === 'extracted')) {
        console.log(`${file.get(c.sourceId)}\t${c.review === 'pending' ? 'WAIT' : c.review === 'auto' ? 'auto' : c.review}\t${labelled.has(c.id) ? 'L' : '-'}\t${c.value.text}\t${titles.get(c.measureId)}\t${c.quote.replace(/\s+/g, ' ').slice(0, 140)}`);
      }
    }
  } finally {
    await db.close();
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  const details = args.includes('--details');
  const sets = args.filter((a) => !a.startsWith('--'));
  for (const set of sets.length ? sets : ['tune', 'tune2', 'tune3', 'tune4', 'tune5', 'tune6', 'tune7', 'tune8', 'holdout', 'holdout2', 'holdout3']) await run(set, details);
}

main().catch((e) => {
  console.error(`eval failed: ${(e as Error).message}`);
  process.exit(1);
});
