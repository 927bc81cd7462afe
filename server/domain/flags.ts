import type { Claim, Flag, Measure } from './schemas';
import { formatInterval, formatNumber, overlaps, widen, type ValueInterval } from './value';
import { MONTH_DAYS, formatDate, monthsBetween } from './dates';
import { dateLabel, speakerShort } from './attribution';

/** Claims that count: a pending, rejected or superseded claim is kept but never flagged. */
export function isActive(c: Pick<Claim, 'review'>): boolean {
  return c.review === 'reviewed' || c.review === 'auto';
}

/** Two figures further apart than this ratio, on related measures, deserve an explanation. */
export const DIFFERENT_MEASURES_RATIO = 3;

/** Cumulative counts within this many days are "the same time"; beyond it, growth is expected. */
const SAME_TIME_DAYS = 31;

export function computeFlags(allClaims: Claim[], measures: Measure[]): Flag[] {
  const claims = allClaims.filter(isActive);
  const byMeasure = groupBy(claims, (c) => c.measureId);
  const flags: Flag[] = [];
  for (const m of measures) {
    const list = byMeasure.get(m.id) ?? [];
    flags.push(...conflicts(m, list), ...denials(m, list), ...withinSource(m, list), ...offCalendar(m, list));
    const single = singleSource(m, list);
    if (single) flags.push(single);
  }
  flags.push(...differentMeasures(measures, byMeasure));
  return flags;
}

/** "more than 400 (John Kirby, Press Association, 15 May 2023)" — a claim as a reason quotes it. */
export function describeClaim(c: Claim): string {
  const who = speakerShort(c.speaker);
  const date = c.asOf && !c.asOfEstimated ? formatDate(c.asOf) : dateLabel(c.published, c.publishedEstimate);
  return `“${c.value.text}” (${[who, c.outlet, date].filter(Boolean).join(', ')})`;
}

function flag(kind: Flag['kind'], m: Measure | null, involved: Claim[], reason: string, extraMeasures: string[] = []): Flag {
  const claimIds = involved.map((c) => c.id).sort();
  const measureIds = [...new Set([...(m ? [m.id] : []), ...extraMeasures, ...involved.map((c) => c.measureId)])].sort();
  return {
    id: `${kind}:${(claimIds.length ? claimIds : measureIds).join('+')}`,
    kind,
    claimIds,
    measureIds,
    topicId: m?.topicId ?? null,
    reason,
  };
}

function days(a: string | null, b: string | null): number {
  if (!a || !b) return 0;
  return Math.abs(Date.parse(a) - Date.parse(b)) / 86_400_000;
}

function conflicts(m: Measure, list: Claim[]): Flag[] {
  const out: Flag[] = [];
  const asserted = list.filter((c) => c.stance === 'asserts');
  for (let i = 0; i < asserted.length; i++) {
    for (let j = i + 1; j < asserted.length; j++) {
      const [a, b] = [asserted[i], asserted[j]];
      if (a.sourceId === b.sourceId) continue; // within-source covers that
      if (overlaps(a.value, b.value, m.tolerance)) continue;
      if (m.kind === 'cumulative-count' || m.kind === 'duration') {
        const gap = days(a.asOf, b.asOf);
        if (m.kind === 'duration' && gap > 0) continue; // off-calendar judges each against the calendar
        if (m.kind === 'cumulative-count' && gap > SAME_TIME_DAYS) {
          const [earlier, later] = (a.asOf ?? '') <= (b.asOf ?? '') ? [a, b] : [b, a];
          if (!clearlyBelow(later.value, earlier.value, m.tolerance)) continue; // growth, not conflict
          out.push(
            flag('conflict', m, [earlier, later], `${describeClaim(later)} is below the earlier ${describeClaim(earlier)}, but a running total cannot fall.`),
          );
          continue;
        }
      }
      out.push(
        flag('conflict', m, [a, b], `${describeClaim(a)} and ${describeClaim(b)} cannot both be right: the intervals ${formatInterval(a.value)} and ${formatInterval(b.value)} do not overlap.`),
      );
    }
  }
  return out;
}

function clearlyBelow(later: ValueInterval, earlier: ValueInterval, tolerance: number): boolean {
  const l = widen(later, tolerance);
  const e = widen(earlier, tolerance);
  return l.high !== null && e.low !== null && l.high < e.low;
}

function denials(m: Measure, list: Claim[]): Flag[] {
  const asserted = list.filter((c) => c.stance === 'asserts' && (c.value.high === null || c.value.high > 0));
  if (asserted.length === 0) return [];
  return list
    .filter((c) => c.stance === 'denies')
    .map((d) => {
      const denier = speakerShort(d.speaker) ?? d.outlet;
      const others = asserted.map(describeClaim).join('; ');
      const verb = asserted.length === 1 ? 'gives' : 'give';
      return flag('denial', m, [d, ...asserted], `${denier} denies it (${d.outlet}: “${d.value.text}”), while ${others} ${verb} a figure for “${m.title}”.`);
    });
}

function withinSource(m: Measure, list: Claim[]): Flag[] {
  const out: Flag[] = [];
  const bySource = groupBy(list.filter((c) => c.stance === 'asserts'), (c) => c.sourceId);
  for (const group of bySource.values()) {
    for (let i = 0; i < group.length; i++) {
      for (let j = i + 1; j < group.length; j++) {
        const [a, b] = [group[i], group[j]];
        if (a.asOf !== b.asOf && !(a.asOfEstimated && b.asOfEstimated)) continue;
        if (overlaps(a.value, b.value, m.tolerance)) continue;
        let implied = '';
        if (m.kind === 'duration' && m.referenceDate) {
          implied = ` Counted from ${formatDate(m.referenceDate)}, the two imply dates at least ${Math.round(gap(a.value, b.value) * MONTH_DAYS)} days apart, so the page probably joins two stories.`;
        }
        out.push(
          flag('within-source', m, [a, b], `${a.outlet} gives both ${formatFig(a)} and ${formatFig(b)} for “${m.title}”; both cannot hold at once.${implied}`),
        );
      }
    }
  }
  return out;
}

function formatFig(c: Claim): string {
  return `“${c.value.text}” (${formatInterval(c.value)} ${c.unit})`;
}

/** The distance between two intervals that do not overlap. */
function gap(a: ValueInterval, b: ValueInterval): number {
  const [lo, hi] = (a.high ?? Infinity) <= (b.low ?? -Infinity) ? [a, b] : [b, a];
  return Math.max(0, (hi.low ?? 0) - (lo.high ?? 0));
}

function mid(v: ValueInterval): number {
  const lo = v.low ?? v.high ?? 0;
  const hi = v.high ?? v.low ?? 0;
  return (lo + hi) / 2;
}

function offCalendar(m: Measure, list: Claim[]): Flag[] {
  if (m.kind !== 'duration' || !m.referenceDate) return [];
  const ref = m.referenceDate;
  return list
    .filter((c) => c.stance === 'asserts' && c.asOf && !c.asOfEstimated)
    .flatMap((c) => {
      const actual = monthsBetween(ref, c.asOf!);
      const point: ValueInterval = { ...c.value, low: actual, high: actual, lowInclusive: true, highInclusive: true };
      if (overlaps(c.value, point, m.tolerance)) return [];
      return [
        flag('off-calendar', m, [c], `${describeClaim(c)} does not match the calendar: from ${formatDate(ref)} to ${formatDate(c.asOf!)} is ${formatNumber(Math.round(actual * 10) / 10)} ${m.unit}.`),
      ];
    });
}

function singleSource(m: Measure, list: Claim[]): Flag | null {
  const asserted = list.filter((c) => c.stance === 'asserts');
  const sources = new Set(list.map((c) => c.sourceId));
  if (asserted.length === 0 || sources.size !== 1) return null;
  const c = asserted[0];
  const who = speakerShort(c.speaker);
  return flag(
    'single-source',
    m,
    asserted,
    `Only ${c.outlet} gives a figure for “${m.title}”${who ? `, citing ${who}` : ''}: ${asserted.map((a) => `“${a.value.text}”`).join(', ')}; no other source confirms it.`,
  );
}

/** A measure's headline claim for comparisons: the latest asserted one, the widest-known on ties. */
export function headlineClaim(list: Claim[]): Claim | undefined {
  return [...list]
    .filter((c) => c.stance === 'asserts')
    .sort((a, b) => (b.asOf ?? '').localeCompare(a.asOf ?? '') || (b.value.low ?? 0) - (a.value.low ?? 0))[0];
}

function differentMeasures(measures: Measure[], byMeasure: Map<string, Claim[]>): Flag[] {
  const out: Flag[] = [];
  for (let i = 0; i < measures.length; i++) {
    for (let j = i + 1; j < measures.length; j++) {
      const [ma, mb] = [measures[i], measures[j]];
      if (ma.topicId !== mb.topicId || ma.unit !== mb.unit || ma.kind === 'duration') continue;
      const a = headlineClaim(byMeasure.get(ma.id) ?? []);
      const b = headlineClaim(byMeasure.get(mb.id) ?? []);
      if (!a || !b) continue;
      const va = mid(a.value) || (a.value.low ?? 0);
      const vb = mid(b.value) || (b.value.low ?? 0);
      const [big, small, mBig, mSmall] = va >= vb ? [a, b, ma, mb] : [b, a, mb, ma];
      const ratio = Math.max(va, vb) / Math.max(Math.min(va, vb), 1e-9);
      if (ratio < DIFFERENT_MEASURES_RATIO) continue;
      out.push(
        flag(
          'different-measures',
          ma,
          [big, small],
          `${describeClaim(big)} counts “${mBig.title}”, ${KIND_PHRASE[mBig.kind]}; ${describeClaim(small)} counts “${mSmall.title}”, ${KIND_PHRASE[mSmall.kind]}: different measures, so the gap is not a contradiction.`,
          [mb.id],
        ),
      );
    }
  }
  return out;
}

const KIND_PHRASE: Record<Measure['kind'], string> = {
  'cumulative-count': 'a running total',
  commitment: 'a commitment',
  amount: 'an amount',
  duration: 'a duration',
  count: 'a count',
};

function groupBy<T>(xs: T[], key: (x: T) => string): Map<string, T[]> {
  const m = new Map<string, T[]>();
  for (const x of xs) {
    const k = key(x);
    const list = m.get(k);
    if (list) list.push(x);
    else m.set(k, [x]);
  }
  return m;
}
