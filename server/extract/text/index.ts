/**
 * The text stage's entry: tokens, sentences and paragraphs, page furniture, datelines. Light and
 * pure, so a page component may import it without pulling in the rest of extraction.
 */
export { tokenize, tokenAt } from './tokenize';
export { splitSentences, splitParagraphs, spanAt, type Span } from './sentences';
export { furnitureLines, furnitureRanges, inRanges } from './furniture';
export { isAgencyWord, datelinePlace, wireCredit } from './dateline';
