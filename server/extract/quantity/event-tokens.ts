import { EVENT_NOUNS } from '../text/event-nouns';

/*
 * The words an article's event is found by (./event.ts, ./event-told.ts): the text as word
 * tokens that know where a sentence or a comma stands, and the words that never name an event.
 */

/** Adjectives news puts before an event that do not name it. */
export const NOT_NAMES = new Set(
  ('criminal suspected alleged apparent possible heart deadly massive huge major devastating ongoing latest worst biggest largest new current week-long month-long weeks-long months-long first second third fourth fifth recent last this that the a an its their nationwide national regional local general indefinite wildcat fierce raging deadliest catastrophic ' +
    'strong powerful big small minor moderate violent severe shallow deep magnitude tremor monday tuesday wednesday thursday friday saturday sunday yesterday ' +
    'january february march april may june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec weekend overnight')
    .split(' '),
);

export interface Tok {
  raw: string;
  lower: string;
  /** Starts a sentence or a line: its capital says nothing. */
  opens: boolean;
  /** A comma stands before it: a name does not run across it ("Port Alcasta, Santa Ines"). */
  comma?: boolean;
}

export function tokens(text: string): Tok[] {
  const out: Tok[] = [];
  let opens = true;
  let comma = false;
  // "25-day" is one token: its "day" is no word of a name ("the 25-day strike" is no "Day strike").
  for (const m of text.matchAll(/[\p{L}\p{N}][\p{L}\p{N}'’-]*|[.!?\n,;:—–]/gu)) {
    if (/^[.!?\n]$/.test(m[0])) {
      opens = true;
      continue;
    }
    if (/^[,;:—–]$/.test(m[0])) {
      comma = true;
      continue;
    }
    out.push({ raw: m[0].replace(/['’]s$/, ''), lower: m[0].toLowerCase().replace(/['’]s$/, ''), opens, comma });
    opens = false;
    comma = false;
  }
  return out;
}

/** Events an article may be about, by key ("kessel|fire"), with how strongly it names each. */
export type Candidates = Map<string, { title: string; score: number; words: string[] }>;

/** The event nouns of each kind ("fire": fire, fires, wildfire, blaze, …), gathered once. */
export const NOUNS_OF: Map<string, string[]> = (() => {
  const out = new Map<string, string[]>();
  for (const [w, kind] of Object.entries(EVENT_NOUNS)) out.set(kind, [...(out.get(kind) ?? []), w]);
  return out;
})();
