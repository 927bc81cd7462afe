import type { Claim, Flag, FlagCamp, Measure } from '../schemas';
import { formatAsOf } from '../dates';
import { speakerShort } from '../attribution';
import { originsOf } from '../origins';
import type { Comparable } from '../compare';

/** "“more than 400” (John Kirby, Press Association, 15 May 2023)": a claim as a reason quotes it. */
export function describeClaim(c: Claim): string {
  const who = speakerShort(c.speaker);
  const date = formatAsOf(c);
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

/** Members a flag's id spells out in full; past this, the first few and a hash of them all. */
const ID_MEMBERS = 8;

/** FNV-1a over the text, as 13 hex digits (52 bits): stable across runs and machines, no dependency. */
function fnv(text: string): string {
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193) >>> 0;
    h2 = Math.imul(h2 ^ c ^ (h1 >>> 7), 0x5bd1e995) >>> 0;
  }
  return (h1.toString(16).padStart(8, '0') + (h2 >>> 12).toString(16).padStart(5, '0'));
}

/**
 * A flag's id: its kind and its members' ids, the same for the same members whatever derived it.
 * A flag on hundreds of figures ("a running total cannot fall" after one high outlier) would spell
 * them all, and every page and data attribute naming it would carry them: past ID_MEMBERS the id
 * holds the first few, how many more, and a hash of the whole list.
 */
export function flagId(kind: Flag['kind'], members: string[]): string {
  if (members.length <= ID_MEMBERS) return `${kind}:${members.join('+')}`;
  return `${kind}:${members.slice(0, 4).join('+')}+${members.length - 4}-more-${fnv(members.join('+'))}`;
}

export function flag(kind: Flag['kind'], m: Measure | null, camps: FlagCamp[], reason: string, extraMeasures: string[] = [], measureOf?: Map<string, string>): Flag {
  const claimIds = [...new Set(camps.flatMap((c) => c.claimIds))].sort();
  const measureIds = [...new Set([...(m ? [m.id] : []), ...extraMeasures, ...claimIds.flatMap((id) => (measureOf?.get(id) ? [measureOf.get(id)!] : []))])].sort();
  return {
    id: flagId(kind, claimIds.length ? claimIds : measureIds),
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
