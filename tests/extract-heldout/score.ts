/** Scores extractFigures on cases.json: recall of wanted figures and precision of what is emitted. */
import { readFileSync } from 'node:fs';
import { extractFigures } from '../../server/extract';

type Want = Record<string, unknown>;
const cases: { s: string; want: Want[] }[] = JSON.parse(readFileSync(new URL('./cases.json', import.meta.url), 'utf8'));
const same = (a: unknown, b: unknown): boolean =>
  a !== null && typeof a === 'object' && b !== null && typeof b === 'object'
    ? Object.entries(a).every(([k, v]) => same(v, (b as Record<string, unknown>)[k]))
    : a === b || (a === null && b === undefined);
let wanted = 0, found = 0, emitted = 0, correct = 0;
for (const c of cases) {
  const got = extractFigures(c.s) as unknown as Record<string, unknown>[];
  const used = new Set<number>();
  for (const w of c.want) {
    wanted++;
    const i = got.findIndex((g, j) => !used.has(j) && same(w, g));
    if (i >= 0) { used.add(i); found++; } else if (process.argv.includes('-v')) console.log('MISS', c.s, JSON.stringify(w));
  }
  emitted += got.length;
  correct += used.size;
  if (process.argv.includes('-v')) for (const [j, g] of got.entries()) if (!used.has(j)) console.log('EXTRA', c.s, g.text);
}
const p = correct / Math.max(1, emitted), r = found / wanted;
console.log(`held-out: ${cases.length} cases, recall ${found}/${wanted} (${(100 * r).toFixed(1)}%), precision ${correct}/${emitted} (${(100 * p).toFixed(1)}%), F1 ${((200 * p * r) / Math.max(1e-9, p + r)).toFixed(1)}`);
