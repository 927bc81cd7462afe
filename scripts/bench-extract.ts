/**
 * `npm run bench:extract`: extraction throughput on ~1 MB of news-like text built here, without
 * downloads — the seed articles plus generated sentences (a seeded generator, so every run reads
 * the same text). Prints the median of several runs. Target: >= 15,000 sentences/s on one core.
 * The machine may be shared, so each run is timed twice: by the wall clock and by the CPU time this
 * process spent (user + system), which other processes on the same cores do not inflate as much.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { extractFigures, splitSentences } from '../server/extract';
import { prng } from './lib/prng';

const TARGET_BYTES = 1_000_000;
const RUNS = 7;

const SUBJECTS = ['Russia', 'Iran', 'The ministry', 'Officials', 'The White House', 'Ukraine’s air force', 'The company', 'Police', 'The UN'];
const VERBS = ['said', 'reported', 'estimated', 'announced', 'told Reuters'];
const QUALIFIERS = ['', 'more than ', 'about ', 'nearly ', 'up to ', 'at least ', 'fewer than ', 'some ', 'an estimated '];
const THINGS = ['drones', 'missiles', 'people', 'troops', 'tanks', 'homes', 'jobs', 'civilians', 'Shahed-136 drones'];
const TAILS = ['since August', 'last year', 'in late September', 'on Tuesday', 'this month', 'in 2022', 'over the past six months', ''];

function sentence(r: () => number): string {
  const pick = <T>(xs: T[]) => xs[Math.floor(r() * xs.length)];
  const n = Math.floor(r() * 100_000);
  const forms = [
    () => `${pick(SUBJECTS)} ${pick(VERBS)} that ${pick(QUALIFIERS)}${n.toLocaleString('en-US')} ${pick(THINGS)} were lost ${pick(TAILS)}.`,
    () => `The deal is worth $${(r() * 10).toFixed(1)} billion, or €${Math.floor(r() * 900)} million, ${pick(SUBJECTS).toLowerCase()} ${pick(VERBS)}.`,
    () => `“We have seen hundreds of ${pick(THINGS)} and thousands of ${pick(THINGS)},” ${pick(SUBJECTS)} ${pick(VERBS)} ${pick(TAILS)}.`,
    () => `Prices rose ${(r() * 20).toFixed(1)}% in the ${Math.floor(r() * 12) + 1}-month period to 15 May 2023, after ${pick(['two', 'three', 'nine', 'fifteen'])} months of war.`,
    () => `Between ${n} and ${n + 500} ${pick(THINGS)} were reported in the Su-35 and G7 talks at 10:30 on 2023-05-15.`,
    () => `The war, now in its ${pick(['nearly 15-month', '9 1/2 month', 'second-year'])} phase, has cost tens of thousands of lives.`,
    () => `${pick(SUBJECTS)} has not commented on the report, which was published in ${2000 + Math.floor(r() * 24)}.`,
  ];
  return pick(forms)();
}

function corpus(): string {
  const seeds = path.join(__dirname, '..', '..', 'shared', 'seeds');
  let base = '';
  try {
    base = readdirSync(seeds).filter((f) => f.endsWith('.txt')).map((f) => readFileSync(path.join(seeds, f), 'utf8')).join('\n\n');
  } catch {
    // The seeds sit beside the repo in development; generated text alone is enough to measure.
  }
  const r = prng(20230515);
  const parts: string[] = [];
  let size = 0;
  while (size < TARGET_BYTES) {
    const para = base && r() < 0.05 ? base : Array.from({ length: 4 }, () => sentence(r)).join(' ');
    parts.push(para);
    size += Buffer.byteLength(para) + 2;
  }
  return parts.join('\n\n');
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

const text = corpus();
const bytes = Buffer.byteLength(text);
const sentences = splitSentences(text).length;
extractFigures(text.slice(0, 50_000)); // warm up the JIT
const times: number[] = [];
const cpuTimes: number[] = [];
let figures = 0;
for (let i = 0; i < RUNS; i++) {
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  figures = extractFigures(text).length;
  const c = process.cpuUsage(c0);
  times.push((performance.now() - t0) / 1000);
  cpuTimes.push((c.user + c.system) / 1e6);
}
const secs = median(times);
const cpu = median(cpuTimes);
console.log(`text: ${(bytes / 1e6).toFixed(2)} MB, ${sentences} sentences, ${figures} figures`);
console.log(`median of ${RUNS} runs: ${secs.toFixed(3)} s wall, ${cpu.toFixed(3)} s CPU`);
console.log(`CPU time: ${Math.round(sentences / cpu)} sentences/s, ${(bytes / 1e6 / cpu).toFixed(2)} MB/s`);
console.log(`throughput: ${Math.round(sentences / secs)} sentences/s, ${(bytes / 1e6 / secs).toFixed(2)} MB/s`);
