import type { Claim } from './schemas';
import { speakerLabel } from './attribution';

/*
 * Who first said a figure. The same figure from the same speaker, or the same sentence carrying
 * it (wire copy reprinted, a page republished), is one origin however many outlets print it:
 * "single source" and corroboration count origins, not outlets.
 */

export interface Origin {
  key: string;
  claims: Claim[];
  /** Distinct outlets that printed it. */
  outlets: string[];
  /** "John Kirby (White House), reported by 3 outlets" */
  label: string;
  /** Who it is from ("John Kirby (White House)"), or null when the outlets speak in their own voice. */
  who: string | null;
}

/** A claim's value and stance: only claims of one key may be one origin. */
export function valueKey(c: Claim): string {
  return `${c.value.low}|${c.value.high}|${c.stance}`;
}

/**
 * Whether these claims could be one origin: every join below is of claims with the same value and
 * stance, so claims of two values are two origins at least, and need not be grouped to know it.
 */
export function couldBeOneOrigin(claims: Claim[]): boolean {
  const first = claims[0] ? valueKey(claims[0]) : '';
  return claims.every((c) => valueKey(c) === first);
}

/** Quotes compared as words: reprints differ in quote marks, dashes and spacing. */
function normalQuote(q: string): string {
  return q
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** The innermost voice the figure is attributed to, or null for the outlet's own voice. */
function voiceOf(c: Claim): string | null {
  const who = c.speaker?.name ?? c.speaker?.organisation ?? c.speaker?.role ?? null;
  if (who !== null) return who.toLowerCase();
  return c.citedBy.length > 0 ? c.citedBy[0].toLowerCase() : null;
}

/**
 * Who speaks when nobody is named: the agency whose copy the page carries ("(Reuters) -"), else
 * the outlet itself, so that "the Kalvmoor Courier reported 140 tonnes" meets the Courier's own 140.
 */
function ownVoice(c: Claim): string {
  return (c.wire ?? c.outlet).toLowerCase();
}

/** Claims grouped into origins: joined when they share a voice, value and date, or a sentence and value. */
// A claim's join keys, worked out once per claim object: the flags of a busy topic group its
// claims into origins again on every ingest, and the same objects come back each time. Keeping
// the very strings also keeps their hashes, so the maps below look them up without rehashing
// a quote's length of text.
interface JoinKeys {
  /** Sentence, words around the figure, and voice keys. */
  same: string[];
  /** "the Kalvmoor Courier reported": this claim as its outlet's own figure. */
  outlet: string;
  /** The claim as credited to an outlet by its voice, or null without one. */
  creditedTo: string | null;
  /** Its figure in its own source (for reprints to find), and in the source it reprints. */
  inSource: string;
  inOriginal: string | null;
}
const keyCache = new WeakMap<Claim, JoinKeys>();
/** A short aside in brackets: "(US$33 million)", "(116.2°F)", "(KEMA)". */
const ASIDE = /\s*\([^()]{1,40}\)/g;

function joinKeys(c: Claim): JoinKeys {
  let k = keyCache.get(c);
  if (!k) {
    // A speaker saying the same number on another day is a new statement; a reprint of the same sentence is not.
    // A reprint may change the dateline or the first words of a sentence ("BRACKWATER, Halvern,
    // Aug 3 (Reuters) -"): the words right around the figure say it is the same sentence.
    const at = c.figureStart - c.start;
    const quote = normalQuote(c.quote);
    // A reprint may also restate the figure or add a word in brackets ("C$45 million (US$33 million)"): asides are left out.
    const end = at + (c.figureEnd - c.figureStart);
    const around = normalQuote(c.quote.slice(0, at).replace(ASIDE, '').slice(-40) + c.quote.slice(at, end) + c.quote.slice(end).replace(ASIDE, '').slice(0, 60));
    const v = valueKey(c);
    const named = voiceOf(c);
    const voice = named ?? ownVoice(c);
    k = {
      same: [`q:${quote}|${v}`, `a:${around}|${v}`, `v:${voice}|${v}|${c.asOf ?? ''}`],
      outlet: `${c.outlet.toLowerCase()}|${v}`,
      creditedTo: named === null ? null : `${named}|${v}`,
      inSource: `${c.sourceId}|${c.measureId}|${v}`,
      inOriginal: c.reprintOf ? `${c.reprintOf}|${c.measureId}|${v}` : null,
    };
    keyCache.set(c, k);
  }
  return k;
}

/** How far apart two outlets may print one agency story: the same day, or a day or two later. */
const WIRE_DAYS = 3;
const DAY_MS = 86_400_000;
/** When a claim was printed or holds, for telling one wire story from the agency's next; undated claims meet. */
function dayOf(c: Claim): number {
  const d = c.asOf ?? c.published;
  return d ? Date.parse(`${d}T00:00:00Z`) : 0;
}

export function originsOf(claims: Claim[]): Origin[] {
  const parent = claims.map((_, i) => i);
  // Iterative, with path halving: no recursion however many reprints one origin has.
  const find = (i: number): number => {
    let x = i;
    while (parent[x] !== x) {
      parent[x] = parent[parent[x]];
      x = parent[x];
    }
    return x;
  };
  const keys = claims.map(joinKeys);
  const seen = new Map<string, number>();
  keys.forEach((k, i) => {
    for (const key of k.same) {
      const j = seen.get(key);
      if (j === undefined) seen.set(key, i);
      else parent[find(i)] = find(j);
    }
  });
  // One agency's copy carried by several outlets ("VELBY (Reuters) —") is one report, though each
  // desk rewords it and credits its speaker in its own words ("police", "Eskeland police"): the
  // wire's figures of one value on one measure, dated within a few days of each other, are one origin.
  const byWire = new Map<string, number[]>();
  claims.forEach((c, i) => {
    if (!c.wire) return;
    const k = `${c.wire}|${c.measureId}|${valueKey(c)}`;
    const list = byWire.get(k);
    if (list) list.push(i);
    else byWire.set(k, [i]);
  });
  for (const list of byWire.values()) {
    if (list.length < 2) continue;
    const dated = list.map((i) => ({ i, ms: dayOf(claims[i]) })).sort((a, b) => a.ms - b.ms);
    for (let k = 1; k < dated.length; k++) if (dated[k].ms - dated[k - 1].ms <= WIRE_DAYS * DAY_MS) parent[find(dated[k].i)] = find(dated[k - 1].i);
  }
  // "the Kalvmoor Courier reported": a figure credited to an outlet is that outlet's own figure, reprinted.
  const byOutlet = new Map<string, number>();
  keys.forEach((k, i) => {
    if (!byOutlet.has(k.outlet)) byOutlet.set(k.outlet, i);
  });
  keys.forEach((k, i) => {
    const j = k.creditedTo === null ? undefined : byOutlet.get(k.creditedTo);
    if (j !== undefined && claims[j].outlet !== claims[i].outlet) parent[find(i)] = find(j);
  });
  // A reprint (the same article under another first paragraph or credit: server/db/reprints.ts)
  // says again what its original says: its figure of a value the original gives on the same
  // measure is the original's, whatever sentence or speaker it now comes with.
  // One already joined to such a figure (the same sentence) stays with it, so that two origins
  // the original keeps apart are never joined through their reprint.
  const inOriginal = new Map<string, number[]>();
  keys.forEach((k, i) => {
    if (claims[i].reprintOf) return;
    const list = inOriginal.get(k.inSource);
    if (list) list.push(i);
    else inOriginal.set(k.inSource, [i]);
  });
  keys.forEach((k, i) => {
    const list = k.inOriginal === null ? undefined : inOriginal.get(k.inOriginal);
    if (list && !list.some((j) => find(j) === find(i))) parent[find(i)] = find(list[0]);
  });
  const groups = new Map<number, Claim[]>();
  claims.forEach((c, i) => {
    const r = find(i);
    const group = groups.get(r);
    if (group) group.push(c);
    else groups.set(r, [c]);
  });
  return [...groups.values()].map((cs) => {
    const outlets = [...new Set(cs.map((c) => c.outlet))];
    const first = cs[0];
    const who = speakerLabel(first.speaker) ?? (first.citedBy[0] || null);
    const by = outlets.length === 1 ? outlets[0] : `${outlets.length} outlets`;
    return { key: cs.map((c) => c.id).sort()[0], claims: cs, outlets, label: who ? `${who}, reported by ${by}` : by, who };
  });
}
