/**
 * Tally's text-extraction engine: text -> figures -> everything a claim needs. Pure functions,
 * no I/O. Span rules are documented on `Figure` in ./types.
 */
export type { Figure, FigureKind } from './types';
export { extractFigures } from './figures';
export { splitSentences, splitParagraphs, type Span } from './sentences';
export { attribute, type Attribution } from './attribution/attribute';
export { citationOf } from './attribution/resolve';
export { resolveAsOf, type AsOf } from './asof';
export { proposeMeasure, type MeasureProposal } from './measure';
export { analyseArticle, type AnalysedFigure } from './analyse';
