import { z } from 'zod';
import type { Claim, Flag } from '../../server/domain/schemas';

/*
 * The labels of an evaluation set (eval/corpus/<set>/labels.json), and how Tally's claims and
 * flags are scored against them. A labelled figure is an exact, unique substring of its
 * article; a claim stands for it when the claim's figure span overlaps it in the same article.
 */

const Fig = z.object({ file: z.string(), text: z.string() });
export type LabelledFigure = z.infer<typeof Fig>;

export const Labels = z.object({
  stories: z.array(z.object({ id: z.string(), title: z.string() })),
  quantities: z.array(z.object({ id: z.string(), story: z.string(), name: z.string(), kind: z.string(), figures: z.array(Fig) })),
  disagreements: z.array(z.object({ id: z.string(), story: z.string(), kind: z.string(), why: z.string(), camps: z.array(z.array(Fig)) })),
  traps: z.array(
    z.object({ id: z.string(), story: z.string(), trap: z.string(), why: z.string(), figures: z.array(Fig), forbidden: z.array(z.string()), expect: z.string().optional() }),
  ),
});
export type Labels = z.infer<typeof Labels>;

/** Kinds a reader names as disagreements; single-source is a note on a figure, counted apart. */
export const DISAGREEMENT_KINDS = ['conflict', 'denial', 'within-source', 'off-calendar', 'different-measures'] as const;

export interface Corpus {
  /** file -> stored source id and body text */
  sources: Map<string, { sourceId: string; body: string }>;
  claims: Claim[];
  flags: Flag[];
}

/** The claims that stand for a labelled figure (usually one). */
export function claimsFor(c: Corpus, f: LabelledFigure): Claim[] {
  const s = c.sources.get(f.file);
  if (!s) return [];
  const at = s.body.indexOf(f.text);
  if (at < 0) return [];
  const end = at + f.text.length;
  return c.claims.filter((x) => x.sourceId === s.sourceId && x.figureStart < end && x.figureEnd > at);
}

function ids(c: Corpus, figs: LabelledFigure[]): Set<string> {
  return new Set(figs.flatMap((f) => claimsFor(c, f).map((x) => x.id)));
}

function covers(flag: Flag, set: Set<string>): boolean {
  return flag.claimIds.some((id) => set.has(id));
}

export interface Score {
  byKind: Map<string, { labelled: number; found: number; otherKind: number }>;
  missed: string[];
  traps: Map<string, { labelled: number; fallen: number }>;
  fallen: string[];
  disagreementFlags: number;
  /** Disagreement flags that match no labelled disagreement. */
  unexplained: Flag[];
  singleSource: number;
  figures: number;
  waiting: number;
  /** Figures set aside as incidental: counted nowhere, waiting for nobody. */
  setAside: number;
  labelledFigures: number;
  /** Labelled figures that stand as claims: found and not set aside (a labelled figure set aside is a miss). */
  foundFigures: number;
  /** Labelled figures Tally found but set aside as incidental: misses, listed. */
  setAsideLabelled: LabelledFigure[];
  quantities: { labelled: number; converged: number; shareOnOneMeasure: number; mergedMeasures: number };
  /** Labelled quantities whose figures are on more than one measure: the measures, by figure. */
  scattered: { quantity: string; measures: string[] }[];
}

/** Does a flag name this disagreement: claims of at least two of its camps (one for single-camp kinds)? */
function names(flag: Flag, campSets: Set<string>[]): boolean {
  const hit = campSets.filter((s) => covers(flag, s)).length;
  return campSets.length === 1 ? hit === 1 : hit >= 2;
}

export function score(labels: Labels, c: Corpus): Score {
  const extracted = c.claims.filter((x) => x.origin === 'extracted');
  const disagreementFlags = c.flags.filter((f) => (DISAGREEMENT_KINDS as readonly string[]).includes(f.kind) && f.claimIds.some((id) => extracted.some((x) => x.id === id)));
  const byKind = new Map<string, { labelled: number; found: number; otherKind: number }>();
  const missed: string[] = [];
  const explained = new Set<Flag>();
  for (const d of labels.disagreements) {
    const k = byKind.get(d.kind) ?? { labelled: 0, found: 0, otherKind: 0 };
    k.labelled++;
    const campSets = d.camps.map((camp) => ids(c, camp));
    const naming = disagreementFlags.filter((f) => names(f, campSets));
    naming.forEach((f) => explained.add(f));
    if (naming.some((f) => f.kind === d.kind)) k.found++;
    else {
      if (naming.length > 0) k.otherKind++;
      missed.push(`${d.id} (${d.kind}${naming.length ? `; flagged as ${[...new Set(naming.map((f) => f.kind))].join(', ')}` : ''}): ${d.why}`);
    }
    byKind.set(d.kind, k);
  }
  const traps = new Map<string, { labelled: number; fallen: number }>();
  const fallen: string[] = [];
  for (const t of labels.traps) {
    const k = traps.get(t.trap) ?? { labelled: 0, fallen: 0 };
    k.labelled++;
    const perFigure = t.figures.map((f) => ids(c, [f]));
    const all = new Set(perFigure.flatMap((s) => [...s]));
    const need = Math.min(2, perFigure.length);
    let fell = c.flags.some((f) => t.forbidden.includes(f.kind) && perFigure.filter((s) => covers(f, s)).length >= need);
    if (t.expect) fell ||= !c.flags.some((f) => f.kind === t.expect && covers(f, all));
    if (fell) {
      k.fallen++;
      fallen.push(`${t.id} (${t.trap}): ${t.why}`);
    }
    traps.set(t.trap, k);
  }
  const labelledFigures = labels.quantities.flatMap((q) => q.figures);
  const standing = (f: LabelledFigure) => claimsFor(c, f).filter((x) => x.review !== 'set-aside');
  const foundFigures = labelledFigures.filter((f) => standing(f).length > 0).length;
  const setAsideLabelled = labelledFigures.filter((f) => claimsFor(c, f).length > 0 && standing(f).length === 0);
  // Convergence: a labelled quantity's figures on one measure; merging: one measure holding two quantities.
  let converged = 0;
  const scattered: { quantity: string; measures: string[] }[] = [];
  let onOne = 0;
  let counted = 0;
  const quantityOfMeasure = new Map<string, Set<string>>();
  for (const q of labels.quantities) {
    // A figure set aside is on no measure: its quantity has not met on one.
    const measures = q.figures.flatMap((f) => claimsFor(c, f).slice(0, 1).map((x) => (x.review === 'set-aside' ? `(set aside: ${x.id})` : x.measureId)));
    if (measures.length < 2) continue;
    counted++;
    const tally = new Map<string, number>();
    for (const m of measures) tally.set(m, (tally.get(m) ?? 0) + 1);
    const top = Math.max(...tally.values());
    onOne += top / measures.length;
    if (top === measures.length) converged++;
    else scattered.push({ quantity: q.id, measures });
    for (const m of tally.keys()) quantityOfMeasure.set(m, new Set([...(quantityOfMeasure.get(m) ?? []), q.id]));
  }
  return {
    byKind,
    missed,
    traps,
    fallen,
    disagreementFlags: disagreementFlags.length,
    unexplained: disagreementFlags.filter((f) => !explained.has(f)),
    singleSource: c.flags.filter((f) => f.kind === 'single-source' && f.claimIds.some((id) => extracted.some((x) => x.id === id))).length,
    figures: extracted.length,
    waiting: extracted.filter((x) => x.review === 'pending').length,
    setAside: extracted.filter((x) => x.review === 'set-aside').length,
    labelledFigures: labelledFigures.length,
    foundFigures,
    setAsideLabelled,
    scattered,
    quantities: { labelled: counted, converged, shareOnOneMeasure: counted ? onOne / counted : 0, mergedMeasures: [...quantityOfMeasure.values()].filter((s) => s.size > 1).length },
  };
}
