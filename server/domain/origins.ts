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
}

function valueKey(c: Claim): string {
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
// A claim's quote keys, worked out once per claim object: the flags of a busy topic group its
// claims into origins again on every ingest, and the same objects come back each time.
const keyCache = new WeakMap<Claim, { quote: string; around: string }>();

function quoteKeys(c: Claim): { quote: string; around: string } {
  let k = keyCache.get(c);
  if (!k) {
    // A speaker saying the same number on another day is a new statement; a reprint of the same sentence is not.
    // A reprint may change the dateline or the first words of a sentence ("BRACKWATER, Halvern,
    // Aug 3 (Reuters) -"): the words right around the figure say it is the same sentence.
    const at = c.figureStart - c.start;
    k = { quote: normalQuote(c.quote), around: normalQuote(c.quote.slice(Math.max(0, at - 40), at + (c.figureEnd - c.figureStart) + 60)) };
    keyCache.set(c, k);
  }
  return k;
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
  const seen = new Map<string, number>();
  claims.forEach((c, i) => {
    const voice = voiceOf(c) ?? ownVoice(c);
    const { quote, around } = quoteKeys(c);
    const keys = [`q:${quote}|${valueKey(c)}`, `a:${around}|${valueKey(c)}`, ...(voice !== null ? [`v:${voice}|${valueKey(c)}|${c.asOf ?? ''}`] : [])];
    for (const k of keys) {
      const j = seen.get(k);
      if (j === undefined) seen.set(k, i);
      else parent[find(i)] = find(j);
    }
  });
  // "the Kalvmoor Courier reported": a figure credited to an outlet is that outlet's own figure, reprinted.
  const byOutlet = new Map<string, number>();
  claims.forEach((c, i) => {
    const k = `${c.outlet.toLowerCase()}|${valueKey(c)}`;
    if (!byOutlet.has(k)) byOutlet.set(k, i);
  });
  claims.forEach((c, i) => {
    const voice = voiceOf(c);
    const j = voice === null ? undefined : byOutlet.get(`${voice}|${valueKey(c)}`);
    if (j !== undefined && claims[j].outlet !== c.outlet) parent[find(i)] = find(j);
  });
  // A reprint (the same article under another first paragraph or credit: server/db/reprints.ts)
  // says again what its original says: its figure of a value the original gives on the same
  // measure is the original's, whatever sentence or speaker it now comes with.
  // One already joined to such a figure (the same sentence) stays with it, so that two origins
  // the original keeps apart are never joined through their reprint.
  const inOriginal = new Map<string, number[]>();
  claims.forEach((c, i) => {
    if (c.reprintOf) return;
    const k = `${c.sourceId}|${c.measureId}|${valueKey(c)}`;
    const list = inOriginal.get(k);
    if (list) list.push(i);
    else inOriginal.set(k, [i]);
  });
  claims.forEach((c, i) => {
    const list = c.reprintOf ? inOriginal.get(`${c.reprintOf}|${c.measureId}|${valueKey(c)}`) : undefined;
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
    return { key: cs.map((c) => c.id).sort()[0], claims: cs, outlets, label: who ? `${who}, reported by ${by}` : by };
  });
}
