import type { Claim, Flag, FlagCamp, Measure } from '../schemas';
import { formatDate } from '../dates';
import { dateLabel, speakerShort } from '../attribution';
import { originsOf } from '../origins';
import type { Comparable } from '../compare';

/** "“more than 400” (John Kirby, Press Association, 15 May 2023)": a claim as a reason quotes it. */
export function describeClaim(c: Claim): string {
  const who = speakerShort(c.speaker);
  const date = c.asOf && !c.asOfEstimated ? formatDate(c.asOf) : dateLabel(c.published, c.publishedEstimate);
  return `“${c.value.text}” (${[who, c.outlet, date].filter(Boolean).join(', ')})`;
}

const MAX_LISTED = 3;

/** At most three items said, then how many more: reasons stay one short sentence. */
export function listed(xs: string[]): string {
  if (xs.length > MAX_LISTED) return `${xs.slice(0, MAX_LISTED).join(', ')} and ${xs.length - MAX_LISTED} more`;
  return xs.length > 1 ? `${xs.slice(0, -1).join(', ')} and ${xs[xs.length - 1]}` : (xs[0] ?? '');
}

/**
 * One camp as a reader names it: its wordings, then who gives them, counted by origin:
 * "about 12,000 hectares — Fire Service, reported by 2 outlets". Converted amounts say how.
 */
export function camp(items: Comparable[]): FlagCamp {
  const claims = items.map((i) => i.claim);
  const wordings = [...new Set(claims.map((c) => `“${c.value.text}”`))];
  const conversions = [...new Set(items.flatMap((i) => (i.converted ? [i.converted] : [])))];
  const who = originsOf(claims).map((o) => o.label);
  const label = `${listed(wordings)} — ${listed(who)}${conversions.length ? ` (${conversions.slice(0, 2).join('; ')})` : ''}`;
  return { claimIds: claims.map((c) => c.id).sort(), label };
}

export function flag(kind: Flag['kind'], m: Measure | null, camps: FlagCamp[], reason: string, extraMeasures: string[] = [], measureOf?: Map<string, string>): Flag {
  const claimIds = [...new Set(camps.flatMap((c) => c.claimIds))].sort();
  const measureIds = [...new Set([...(m ? [m.id] : []), ...extraMeasures, ...claimIds.flatMap((id) => (measureOf?.get(id) ? [measureOf.get(id)!] : []))])].sort();
  return {
    id: `${kind}:${(claimIds.length ? claimIds : measureIds).join('+')}`,
    kind,
    claimIds,
    camps,
    measureIds,
    topicId: m?.topicId ?? null,
    reason,
  };
}

/** A claim compared as stated, in its own unit: for camps of claims that were not converted. */
export function asItem(c: Claim): Comparable {
  return { claim: c, value: c.value, converted: null };
}

export function groupBy<T>(xs: T[], key: (x: T) => string): Map<string, T[]> {
  const m = new Map<string, T[]>();
  for (const x of xs) {
    const k = key(x);
    const list = m.get(k);
    if (list) list.push(x);
    else m.set(k, [x]);
  }
  return m;
}
