import type { FlagKind } from './schemas';
import type { IntervalPoint } from './series';

/*
 * One colour system for every chart Tally draws (the site's Recharts charts, the embed's SVG and
 * PNG): a mark's colour says what the value is, never which outlet gave it — sources are labelled
 * beside their values. A plain figure is the series colour; a figure a disagreement names takes
 * that disagreement's colour, as its flag badge does; a denial the denial colour.
 */

/**
 * Kinds that are notes about the evidence (one origin only; related but different measures), not
 * disagreements between sources: counted and listed apart from them everywhere.
 */
export const NOTE_KINDS: readonly FlagKind[] = ['single-source', 'different-measures'];
export const isNote = (kind: FlagKind) => NOTE_KINDS.includes(kind);

/** The disagreements that colour a mark, strongest first (notes such as single-source do not). */
export const DISAGREEMENT_KINDS = ['conflict', 'within-source', 'off-calendar'] as const satisfies readonly FlagKind[];

export type MarkMeaning = 'value' | 'denial' | (typeof DISAGREEMENT_KINDS)[number];

export function meaningOf(p: Pick<IntervalPoint, 'stance' | 'flagKinds'>): MarkMeaning {
  if (p.stance === 'denies') return 'denial';
  return DISAGREEMENT_KINDS.find((k) => p.flagKinds.includes(k)) ?? 'value';
}

/** How a chart's key words each meaning of colour. */
export const MEANING_WORDS: Record<MarkMeaning, string> = {
  value: 'a figure',
  denial: 'a denial: no figure, so off the value axis',
  conflict: 'figures sources disagree on',
  'within-source': 'one article gives both',
  'off-calendar': 'does not fit the calendar',
};

/** An open end ("more than 400") is a short arrow from its bound, this long in px: its length says nothing, so it never sets the axis. */
export const OPEN_END_ARROW = 34;
/** Figures accepted automatically and not yet reviewed are drawn at this opacity and say so in their label. */
export const UNREVIEWED_OPACITY = 0.55;

/** What a chart's key can say, in the order it says it (the site's ChartKey and the embed's SVG key). */
export type KeyKind = 'exact' | 'range' | 'open' | 'vague' | Exclude<MarkMeaning, 'value'> | 'auto' | 'flag';

export const KEY_WORDS: Record<KeyKind, string> = {
  exact: MEANING_WORDS.value,
  range: 'a range, from its low to its high',
  open: 'open end (“more than”, “up to”): only the bound is known',
  vague: 'vague wording (“hundreds”)',
  conflict: MEANING_WORDS.conflict,
  'within-source': MEANING_WORDS['within-source'],
  'off-calendar': MEANING_WORDS['off-calendar'],
  denial: MEANING_WORDS.denial,
  auto: 'fainter: not reviewed yet',
  flag: 'a flag below names it',
};

type KeyPoint = Pick<IntervalPoint, 'stance' | 'flagKinds' | 'low' | 'high' | 'lowOpen' | 'highOpen' | 'qualifier' | 'review'>;

/**
 * The key's entries for these points, only for what they draw: colour says what a value is, shape
 * how sure its wording is. `flagged`: whether some value carries a flag mark (⚑ or a reference).
 */
export function keyKinds(points: KeyPoint[], flagged = points.some((p) => p.flagKinds.length > 0)): KeyKind[] {
  const asserted = points.filter((p) => p.stance !== 'denies');
  const has = (f: (p: KeyPoint) => boolean) => asserted.some(f);
  const meanings = new Set(points.map(meaningOf));
  const out: KeyKind[] = [];
  if (has((p) => p.low === p.high && !p.lowOpen && !p.highOpen)) out.push('exact');
  if (has((p) => p.low !== p.high && !p.lowOpen && !p.highOpen && p.qualifier !== 'vague')) out.push('range');
  if (has((p) => p.lowOpen !== p.highOpen)) out.push('open');
  if (has((p) => p.qualifier === 'vague')) out.push('vague');
  for (const m of DISAGREEMENT_KINDS) if (meanings.has(m)) out.push(m);
  if (meanings.has('denial')) out.push('denial');
  if (points.some((p) => p.review === 'auto')) out.push('auto');
  if (flagged) out.push('flag');
  return out;
}
