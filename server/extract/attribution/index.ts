import type { Token } from '../types';
import { tokenAt, tokenize } from '../text/tokenize';
import { splitSentences, type Span } from '../text/sentences';
import { findQuotes, quoteAt, type Quote } from './quotes';
import { clauseAfter, clauseBefore, type Clause } from './clauses';
import { accordingTo, passiveBy, passiveRightAfter } from './agents';
import { PersonRegistry } from './registry';
import { NO_ATTRIBUTION, resolveClause, type Attribution } from './resolve';

export type { Attribution } from './resolve';
export { citationOf } from './resolve';

interface Article {
  text: string;
  tokens: Token[];
  sentences: Span[];
  /** Token index range [from, to) of each sentence. */
  ranges: Array<[number, number]>;
  quotes: Quote[];
  registry: PersonRegistry;
  /** The attribution each sentence carries on its own, used to resolve "it said" later on. */
  own: Attribution[];
}

/** Reporting verbs that say where a figure was counted rather than who states it. */
const COUNTING_VERBS = new Set(['recorded', 'counted', 'registered', 'found', 'finds', 'showed', 'shows', 'logged']);

/** Tokens either side of a figure that may hold its reporting clause. */
const REACH = 120;

function sentenceIndex(a: Article, pos: number): number {
  let lo = 0;
  let hi = a.sentences.length - 1;
  let best = 0;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (a.sentences[mid].start <= pos) {
      best = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return best;
}

function resolve(a: Article, c: Clause | null, si: number): Attribution {
  if (c === null) return NO_ATTRIBUTION;
  const clauseAt = c.subject.length > 0 ? tokenAt(a.tokens, c.subject[0].start) : a.ranges[si][0];
  return resolveClause(c, { tokens: a.tokens, registry: a.registry, previous: a.own, before: si, sentenceFrom: a.ranges[si][0], clauseAt });
}

/** The clause that attributes a quotation: after its closing mark, else before its opening one. */
function quoteClause(a: Article, q: Quote): { clause: Clause; si: number } | null {
  const t = a.tokens;
  if (q.closed) {
    const si = sentenceIndex(a, q.close);
    const after = clauseAfter(t, tokenAt(t, q.close), a.ranges[si][1]);
    if (after !== null) return { clause: after, si };
  }
  const si = sentenceIndex(a, q.open);
  const openTok = tokenAt(t, q.open);
  const before = clauseBefore(t, a.ranges[si][0], openTok, openTok);
  return before === null ? null : { clause: before, si };
}

function quoteAttribution(a: Article, q: Quote): Attribution {
  // A quote that names nobody continues the quote before it: the previous paragraph's, when it
  // opens its paragraph, or an earlier one in the same paragraph ("“…,” said X. “Another 5 …”").
  const MAX_CONTINUATIONS = 20;
  let i = quoteIndex(a.quotes, q);
  for (let hops = 0; i >= 0 && hops < MAX_CONTINUATIONS; hops++) {
    const cur = a.quotes[i];
    const found = quoteClause(a, cur);
    if (found !== null) return resolve(a, found.clause, found.si);
    if (i === 0 || (cur.open !== cur.paragraph && a.quotes[i - 1].paragraph !== cur.paragraph)) break;
    i--;
  }
  return NO_ATTRIBUTION;
}

function quoteIndex(quotes: Quote[], q: Quote): number {
  let lo = 0;
  let hi = quotes.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (quotes[mid].open < q.open) lo = mid + 1;
    else if (quotes[mid].open > q.open) hi = mid - 1;
    else return mid;
  }
  return -1;
}

function build(text: string): Article {
  const tokens = tokenize(text);
  const sentences = splitSentences(text);
  const ranges = sentences.map((s): [number, number] => [tokenAt(tokens, s.start), tokenAt(tokens, s.end)]);
  const registry = new PersonRegistry();
  for (const [from, to] of ranges) registry.scan(tokens, from, to);
  const a: Article = { text, tokens, sentences, ranges, quotes: findQuotes(text), registry, own: [] };
  sentences.forEach((s, si) => {
    const [from, to] = ranges[si];
    const q = quoteAt(a.quotes, s.start + 1) ?? quoteAt(a.quotes, s.end - 2);
    const own = q !== null ? quoteAttribution(a, q) : resolve(a, accordingTo(tokens, from, to) ?? clauseBefore(tokens, from, to, to) ?? passiveBy(tokens, from, to), si);
    a.own.push(own);
    if (own.speaker !== null) registry.add(own.speaker);
  });
  return a;
}

// Ingest attributes every figure of one article in turn: keep the last article's analysis.
let cache: Article | null = null;
function article(text: string): Article {
  if (cache === null || cache.text !== text) cache = build(text);
  return cache;
}

/**
 * Who states the figure at [start, end) of `text`: the speaker (or null for the outlet's own
 * voice), who passed it on, and whether the speaker asserts or denies it.
 */
export function attribute(text: string, figure: { start: number; end: number }): Attribution {
  const a = article(text);
  const q = quoteAt(a.quotes, figure.start);
  if (q !== null) return quoteAttribution(a, q);
  const si = sentenceIndex(a, figure.start);
  const t = a.tokens;
  const f = tokenAt(t, figure.start);
  const e = tokenAt(t, figure.end);
  // Who said it sits within a sentence's reach of the figure; a "sentence" that never ends (a
  // list, a scraped table) is read only that far either side, so each figure costs the same.
  const from = Math.max(a.ranges[si][0], f - REACH);
  const to = Math.min(a.ranges[si][1], e + REACH);
  const before = clauseBefore(t, from, f, to);
  // "Lusenda has recorded 8,400 cases ..., the health ministry said": a verb of counting before
  // the figure names where it was counted; a verb of saying after it names who says so.
  const after = before !== null && COUNTING_VERBS.has(before.verb) ? clauseAfter(t, e, to) : null;
  const said = after !== null && !COUNTING_VERBS.has(after.verb) ? after : null;
  // "the 31,400 hectares reported by the Wildfire Service": a passive's agent right after the figure is its source.
  const own = passiveRightAfter(t, e, to);
  const according = accordingTo(t, from, to) ?? own;
  if (according === null && said !== null) {
    const r = resolve(a, said, si);
    if (r.speaker !== null) return r;
  }
  const clause = according ?? before ?? passiveBy(t, from, to) ?? clauseAfter(t, e, to);
  const r = resolve(a, clause, si);
  // "The ministry said 340 cases ..., nearly three times the number reported ..., and that nine
  // deaths ...": a reporting verb whose subject names no one hands over to the clause before it.
  if (r.speaker === null && clause !== null && clause === before && before.subject.length > 0) {
    const at = tokenAt(t, before.subject[0].start);
    const earlier = at > from ? clauseBefore(t, from, at, to) : null;
    if (earlier !== null) {
      const r2 = resolve(a, earlier, si);
      if (r2.speaker !== null) return r2;
    }
  }
  return r;
}
