import type { Claim, Flag, Measure } from '../schemas';
import { asItem, camp, describeClaim, flag, groupBy } from './make';

/** Two figures further apart than this ratio, on related measures, deserve an explanation. */
export const DIFFERENT_MEASURES_RATIO = 3;

/** A measure's headline claim for comparisons: the latest asserted one, the widest-known on ties. */
export function headlineClaim(list: Claim[]): Claim | undefined {
  let best: Claim | undefined;
  for (const c of list) {
    if (c.stance !== 'asserts') continue;
    if (!best || (c.asOf ?? '') > (best.asOf ?? '') || ((c.asOf ?? '') === (best.asOf ?? '') && (c.value.low ?? 0) > (best.value.low ?? 0))) best = c;
  }
  return best;
}

function mid(c: Claim): number {
  const lo = c.value.low ?? c.value.high ?? 0;
  const hi = c.value.high ?? c.value.low ?? 0;
  return (lo + hi) / 2 || (c.value.low ?? 0);
}

const KIND_PHRASE: Record<Measure['kind'], string> = {
  'cumulative-count': 'a running total',
  commitment: 'a commitment',
  amount: 'an amount',
  duration: 'a duration',
  count: 'a count for a stated period',
  rate: 'a rate',
};

/**
 * Measures a reader could take for one another: one topic, one unit, and — where ingest knows
 * what each counts — the same thing counted (6,000 drones agreed against 400 delivered; €5bn
 * pledged against €1bn paid out), never two different things that share a unit (killed and
 * evacuated are both people).
 */
export function related(a: Measure, b: Measure): boolean {
  if (a.topicId !== b.topicId || a.unit !== b.unit || a.kind === 'duration' || b.kind === 'duration') return false;
  const [x, y] = [a.signature, b.signature];
  // Who pledges is money's scope; what a donor pledged and what was paid out are still one story.
  const sameScope = x?.thing === 'money' || (x?.scope ?? null) === (y?.scope ?? null);
  if (x && y) return x.family === y.family && x.thing === y.thing && sameScope && (x.concept !== y.concept ? LEADS_TO.has(`${x.concept}>${y.concept}`) || LEADS_TO.has(`${y.concept}>${x.concept}`) : a.kind !== b.kind);
  return true;
}

/**
 * Deeds of one family a reader takes for one another: a promise and what came of it (6,000 agreed,
 * 400 delivered; €500m pledged, €65m paid out), an offer and a demand. Not every pair in a family:
 * compensation ordered and a fund's appeal target are two facts, not one figure told twice.
 */
const LEADS_TO = new Set(['agreed>delivered', 'agreed>used', 'delivered>used', 'pledged>disbursed', 'compensation>disbursed', 'appealed>pledged', 'appealed>disbursed', 'offered>demanded']);

const TOTALS = new Set<Measure['kind']>(['cumulative-count', 'commitment', 'amount']);

/**
 * Two asserted claims, one on each measure, that give the same number (within 1%): the number
 * stated, whatever qualifies it ("about 1,150" a day and "1,150" since the strike began).
 */
export function sameNumber(a: Claim[], b: Claim[]): [Claim, Claim] | null {
  // The first claim of `a` that any of `b` matches, with the first of `b` that matches it: found
  // through `b`'s numbers sorted, not by comparing every pair (two busy measures hold thousands).
  const index = numbersOf(b);
  for (const x of a) {
    const vx = numberKey(x);
    if (vx === null || vx === 0) continue;
    const tol = Math.abs(vx) * 0.01;
    let best = -1;
    for (let k = lowerBoundOf(index.values, vx - tol); k < index.values.length && index.values[k] <= vx + tol; k++) {
      const j = index.at[k];
      if (Math.abs(vx - index.values[k]) <= tol && b[j].currency === x.currency && (best < 0 || j < best)) best = j;
    }
    if (best >= 0) return [x, b[best]];
  }
  return null;
}

const numberKey = (c: Claim) => (c.stance !== 'asserts' ? null : (c.value.best ?? (c.value.low !== null && c.value.low === c.value.high ? c.value.low : null)));

/** A measure's asserted numbers, sorted, with where each stands in its list: kept per list (lists are replaced, never changed). */
const numberIndex = new WeakMap<Claim[], { values: number[]; at: number[] }>();
function numbersOf(list: Claim[]): { values: number[]; at: number[] } {
  let kept = numberIndex.get(list);
  if (!kept) {
    const rows = list.flatMap((c, i) => {
      const v = numberKey(c);
      return v === null ? [] : [{ v, i }];
    });
    rows.sort((p, q) => p.v - q.v || p.i - q.i);
    kept = { values: rows.map((r) => r.v), at: rows.map((r) => r.i) };
    numberIndex.set(list, kept);
  }
  return kept;
}

function lowerBoundOf(xs: number[], x: number): number {
  let lo = 0;
  let hi = xs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (xs[mid] < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The pairs (i < j, in order) that `related` could accept: only measures of one unit, and of
 * measures that both say what they count, only those counting the same thing. A topic of a
 * thousand measures has a few hundred such pairs, not half a million.
 */
function candidatePairs(ms: Measure[]): [number, number][] {
  const pairs: [number, number][] = [];
  for (const idx of groupBy(ms.map((_, i) => i), (i) => ms[i].unit).values()) {
    const unsigned = idx.filter((i) => !ms[i].signature);
    for (const group of groupBy(idx.filter((i) => ms[i].signature), (i) => `${ms[i].signature!.family}|${ms[i].signature!.thing}`).values()) {
      for (let a = 0; a < group.length; a++) for (let b = a + 1; b < group.length; b++) pairs.push([group[a], group[b]]);
    }
    for (const u of unsigned) for (const i of idx) if (i !== u && (ms[i].signature || i > u)) pairs.push(u < i ? [u, i] : [i, u]);
  }
  return pairs.sort((p, q) => p[0] - q[0] || p[1] - q[1]);
}

/** `headOf`: each measure's headline claim when the caller keeps it (flags/memo.ts), else found from its claims. */
export function differentMeasures(measures: Measure[], byMeasure: Map<string, Claim[]>, headOf?: (m: Measure) => Claim | undefined): Flag[] {
  const out: Flag[] = [];
  const heads = measures.flatMap((m) => {
    const head = headOf ? headOf(m) : headlineClaim(byMeasure.get(m.id) ?? []);
    return head ? [{ m, head }] : [];
  });
  const byTopic = groupBy(heads, (h) => h.m.topicId);
  for (const list of byTopic.values()) {
    for (const [i, j] of candidatePairs(list.map((h) => h.m))) {
      const [x, y] = [list[i], list[j]];
      if (!related(x.m, y.m)) continue;
      const [vx, vy] = [mid(x.head), mid(y.head)];
      const ratio = Math.max(vx, vy) / Math.max(Math.min(vx, vy), 1e-9);
      // One number meaning two things ("€4.7 million a day" and "€4.7 million" in total).
      const twin = x.m.kind !== y.m.kind ? sameNumber(byMeasure.get(x.m.id) ?? [], byMeasure.get(y.m.id) ?? []) : null;
      if (twin) {
        out.push(
          flag(
            'different-measures',
            x.m,
            [camp([asItem(twin[0])]), camp([asItem(twin[1])])],
            `${describeClaim(twin[0])} counts “${x.m.title}”, ${KIND_PHRASE[x.m.kind]}; ${describeClaim(twin[1])} counts “${y.m.title}”, ${KIND_PHRASE[y.m.kind]}: the same number, but not the same measure.`,
            [y.m.id],
          ),
        );
        continue;
      }
      // A total against a rate or a period's count says nothing by its size: only totals, commitments and amounts.
      if (!TOTALS.has(x.m.kind) || !TOTALS.has(y.m.kind) || ratio < DIFFERENT_MEASURES_RATIO) continue;
      const [big, small] = vx >= vy ? [x, y] : [y, x];
      out.push(
        flag(
          'different-measures',
          x.m,
          [camp([asItem(big.head)]), camp([asItem(small.head)])],
          `${describeClaim(big.head)} counts “${big.m.title}”, ${KIND_PHRASE[big.m.kind]}; ${describeClaim(small.head)} counts “${small.m.title}”, ${KIND_PHRASE[small.m.kind]}: different measures, so the gap is not a contradiction.`,
          [y.m.id],
        ),
      );
    }
  }
  return out;
}
