import { describe, expect, it } from 'vitest';
import { headlineClaim, isActive, measureFlags, siblings } from '@/server/domain/flags';
import { comparableOf, updateMemo, type MeasureMemo } from '@/server/domain/flags/memo';
import { groupBy } from '@/server/domain/flags/make';
import { claimOrder, insertSorted } from '@/server/domain/order';
import { EMPTY_FX } from '@/server/domain/compare';
import { intervalFor, type ValueInterval } from '@/server/domain/value';
import type { Claim, Measure } from '@/server/domain/schemas';
import { claim, measure, rng } from './fixtures';

/*
 * The memo (one article at a time, in any order) against the plain derivation from every claim
 * (measureFlags), after every article: same flags, same order, same words. Articles arrive out of
 * order on purpose — an old page ingested late lands in the middle of a running total.
 */


const SPEAKERS = [null, { name: 'Ana Ruiz', role: 'governor', organisation: null }, { name: null, role: null, organisation: 'Fire Service' }, { name: null, role: null, organisation: 'Copernicus' }];
const PERIODS = [null, null, null, '2024-03-01'];

function value(r: () => number, few: boolean): ValueInterval {
  // `few`: a measure of a handful of values, where single-source and reprint notes are raised.
  const n = few ? [400, 420][Math.floor(r() * 2)] : [100, 120, 150, 400, 420, 1000, 1050, 6000, 0][Math.floor(r() * 9)];
  const q = few ? 4 + Math.floor(r() * 2) : Math.floor(r() * 6);
  if (q === 0) return intervalFor({ qualifier: 'about', n }, `about ${n}`);
  if (q === 1) return intervalFor({ qualifier: 'more-than', n }, `more than ${n}`);
  if (q === 2) return intervalFor({ qualifier: 'up-to', n }, `up to ${n}`);
  if (q === 3) return intervalFor({ qualifier: 'range', n, n2: n * 2 }, `${n} to ${n * 2}`);
  return intervalFor({ qualifier: 'exact', n }, String(n));
}

function corpus(seed: number, kinds: Measure['kind'][], few = false) {
  const r = rng(seed);
  const signature = { concept: 'delivered', family: 'transfer', thing: 'drones', scope: null };
  const measures = kinds.map((kind, i) =>
    measure({
      id: `m${i}`,
      kind,
      position: i,
      tolerance: r() < 0.5 ? 0 : 0.05,
      unit: kind === 'duration' ? 'months' : 'drones',
      referenceDate: kind === 'duration' && r() < 0.5 ? '2024-01-01' : null,
      // The first two counts are one quantity: a denial on one answers the other.
      signature: i < 2 ? signature : null,
    }),
  );
  const articles: Claim[][] = [];
  for (let a = 0; a < 40; a++) {
    const sourceId = `s${Math.floor(r() * 1e6).toString(36)}${a}`;
    const claims: Claim[] = [];
    const n = 1 + Math.floor(r() * 4);
    for (let k = 0; k < n; k++) {
      const m = measures[Math.floor(r() * measures.length)];
      const d = r() < 0.1 ? null : `2024-0${1 + Math.floor(r() * 4)}-${String(1 + Math.floor(r() * 6)).padStart(2, '0')}`;
      claims.push(
        claim(
          {
            measureId: m.id,
            sourceId,
            unit: m.unit,
            value: value(r, few),
            asOf: d,
            periodStart: PERIODS[Math.floor(r() * PERIODS.length)],
            stance: r() < 0.08 ? 'denies' : 'asserts',
            speaker: SPEAKERS[Math.floor(r() * SPEAKERS.length)],
            review: r() < 0.1 ? 'pending' : 'auto',
            start: Math.floor(r() * 500),
          },
          { publishedEstimate: null },
        ),
      );
      if (r() < 0.1) claims[claims.length - 1] = { ...claims[claims.length - 1], asOfEstimated: true };
      // Some figures revise an earlier one, or are told as the one a revision replaced (conflicts.ts revisions()).
      const told = r();
      if (told < 0.15) {
        const lead = told < 0.08 ? 'The company raised its offer to ' : 'It had made an initial offer of ';
        const c = claims[claims.length - 1];
        claims[claims.length - 1] = { ...c, quote: `${lead}${c.value.text}.`, start: 0, figureStart: lead.length };
      }
    }
    articles.push(claims);
  }
  return { measures, articles };
}

function check(seed: number, kinds: Measure['kind'][], few = false, notes?: { n: number }) {
  const { measures, articles } = corpus(seed, kinds, few);
  const siblingsOf = siblings(measures);
  let byMeasure = new Map<string, Claim[]>();
  let memos = new Map<string, MeasureMemo>();
  for (const article of articles) {
    const counted = groupBy(article.filter(isActive), (c) => c.measureId);
    const next = new Map(byMeasure);
    for (const [id, mine] of counted) next.set(id, insertSorted(next.get(id) ?? [], mine, claimOrder));
    const changed = new Set(counted.keys());
    const nextMemos = new Map(memos);
    for (const m of measures) {
      const list = next.get(m.id) ?? [];
      const prev = memos.get(m.id);
      const sib = () => siblingsOf(m).flatMap((x) => (next.get(x.id) ?? []).flatMap((c) => (c.stance === 'asserts' ? (comparableOf(c, x, EMPTY_FX) ?? []) : [])));
      const siblingChanged = siblingsOf(m).some((x) => changed.has(x.id));
      const memo = !prev ? updateMemo(undefined, m, list, list, EMPTY_FX, sib) : changed.has(m.id) || siblingChanged ? updateMemo(prev, m, list, counted.get(m.id) ?? [], EMPTY_FX, sib) : prev;
      nextMemos.set(m.id, memo);
      expect(memo.flags, `seed ${seed}, measure ${m.id} (${m.kind})`).toEqual(measureFlags(m, next, siblingsOf, EMPTY_FX));
      expect(memo.head).toBe(headlineClaim(list));
    }
    byMeasure = next;
    memos = nextMemos;
  }
  if (notes) notes.n += [...memos.values()].reduce((n, m) => n + m.flags.filter((f) => f.kind === 'single-source').length, 0);
  return [...memos.values()].reduce((n, m) => n + m.flags.length, 0);
}

describe('flags kept per measure agree with a derivation from every claim', () => {
  const KINDS: Measure['kind'][][] = [
    ['cumulative-count', 'cumulative-count', 'amount'],
    ['count', 'cumulative-count', 'rate'],
    ['commitment', 'amount', 'duration'],
    ['cumulative-count', 'count', 'duration'],
  ];
  it.each(KINDS.map((k, i) => [i, k] as const))('kind set %i, 25 random corpora, every article', (i, kinds) => {
    let flags = 0;
    for (let seed = 1; seed <= 25; seed++) flags += check(seed * 7919 + i, kinds);
    // Not a vacuous agreement: the corpora raise flags of their own.
    expect(flags).toBeGreaterThan(25);
  });
  it('a measure of few values: its single-source and reprint notes, kept per value, agree too', () => {
    const notes = { n: 0 };
    for (let seed = 1; seed <= 25; seed++) check(seed * 104729, ['cumulative-count', 'amount', 'count'], true, notes);
    expect(notes.n).toBeGreaterThan(10);
  });
});
