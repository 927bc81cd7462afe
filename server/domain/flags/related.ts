import type { Claim, Flag, Measure } from '../schemas';
import { camp, describeClaim, flag } from './make';

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
  if (x && y) return x.family === y.family && x.thing === y.thing && x.scope === y.scope && (x.concept !== y.concept || a.kind !== b.kind);
  return true;
}

export function differentMeasures(measures: Measure[], byMeasure: Map<string, Claim[]>): Flag[] {
  const out: Flag[] = [];
  const byTopic = new Map<string, { m: Measure; head: Claim }[]>();
  for (const m of measures) {
    const head = headlineClaim(byMeasure.get(m.id) ?? []);
    if (head) byTopic.set(m.topicId, [...(byTopic.get(m.topicId) ?? []), { m, head }]);
  }
  for (const list of byTopic.values()) {
    for (let i = 0; i < list.length; i++) {
      for (let j = i + 1; j < list.length; j++) {
        const [x, y] = [list[i], list[j]];
        if (!related(x.m, y.m)) continue;
        const [vx, vy] = [mid(x.head), mid(y.head)];
        const ratio = Math.max(vx, vy) / Math.max(Math.min(vx, vy), 1e-9);
        // Far apart, or one number meaning two things ("5,000 in total" and "5,000 a year").
        const sameNumber = ratio < 1.05 && x.m.kind !== y.m.kind;
        if (ratio < DIFFERENT_MEASURES_RATIO && !sameNumber) continue;
        const [big, small] = vx >= vy ? [x, y] : [y, x];
        const toItem = (c: Claim) => ({ claim: c, value: c.value, converted: null });
        out.push(
          flag(
            'different-measures',
            x.m,
            [camp([toItem(big.head)]), camp([toItem(small.head)])],
            `${describeClaim(big.head)} counts “${big.m.title}”, ${KIND_PHRASE[big.m.kind]}; ${describeClaim(small.head)} counts “${small.m.title}”, ${KIND_PHRASE[small.m.kind]}: different measures, so the ${sameNumber ? 'same number does not mean the same thing' : 'gap is not a contradiction'}.`,
            [y.m.id],
          ),
        );
      }
    }
  }
  return out;
}
