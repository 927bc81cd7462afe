import type { Concept } from './concepts';
import { isCapitalised, STOPWORDS } from '../text/nouns';
import { ONES, TENS } from '../numbers/lexicon/numbers';
import type { Word } from './words';
import { crossedBy, foundBy } from './motion';

/*
 * A deed no concept lists, read from the verb that governs the counted noun: "Hospitals treated
 * more than 31,000 people", "312 flights were diverted", "4,000 households have been rehoused".
 * The concept lexicon cannot know every story's verbs; a past participle standing right by the
 * figure says what happened as plainly as a listed one. Each verb is its own quantity (its own
 * family), so the same verb in the next article joins it and no other verb is ever compared with it.
 */

/** Past forms that report, estimate or relate a figure rather than say what happened to what it counts. */
const NOT_DEEDS = new Set(
  (
    'said estimated reported expected needed required counted numbered totalled totaled aged named based listed ' +
    'included involved exceeded surpassed topped reached recorded confirmed suspected believed thought feared ' +
    'claimed described considered compared related registered called titled dated scheduled planned proposed ' +
    'announced added noted stated quoted cited revised updated adjusted projected forecast predicted calculated ' +
    'assumed alleged presumed put placed ranked rated owned used combined mixed hundred kindred sacred ' +
    'gathered surveyed polled asked interviewed sampled observed tallied logged documented identified ' +
    'passed neared approached remained stayed seemed appeared became'
  ).split(' '),
);
/** Words that may stand between a counted noun and its verb: "312 flights were diverted", "have now been rehoused". */
const AUXILIARIES = new Set(['have', 'has', 'had', 'were', 'was', 'are', 'is', 'been', 'being', 'be', 'now', 'already', 'also', 'reportedly', 'since', 'so', 'far', 'all']);
const IRREGULAR_PAST = new Set(['built', 'sold', 'taught', 'fed', 'housed', 'struck', 'caught', 'bought', 'sent', 'kept', 'left', 'brought', 'shut', 'sunk', 'sank', 'stolen', 'taken', 'seized', 'given', 'drawn', 'thrown', 'shot', 'bitten', 'stung', 'swept', 'spread', 'felled', 'freed']);

/** Is the word a past form that can say what happened to a counted thing? */
export function isDeedVerb(w: Word): boolean {
  const x = w.lower;
  if (isCapitalised(w.raw) || STOPWORDS.has(x) || NOT_DEEDS.has(x) || x in ONES || x in TENS) return false;
  if (IRREGULAR_PAST.has(x)) return true;
  return x.length >= 5 && x.endsWith('ed') && !x.endsWith('eed');
}

/**
 * The verb next to a counted figure, as a concept of its own: the word just before the figure
 * ("treated 31,000 people") or after its noun past at most three auxiliaries ("flights were
 * diverted"). Null when no such verb stands within the figure's clause.
 */
export function openDeed(ws: Word[], first: number, thingAt: number, to: number): { concept: Concept; at: number } | null {
  const found = foundBy(ws, first);
  if (found !== null) return found;
  const before = ws[first - 1];
  // "the affected 300": an article before the verb makes it an adjective of the figure.
  if (before && isDeedVerb(before) && !['the', 'a', 'an', 'its', 'their'].includes(ws[first - 2]?.lower ?? '')) return { concept: conceptOf(before), at: first - 1 };
  if (thingAt < 0) return null;
  for (let i = thingAt + 1, aux = 0; i < Math.min(to, ws.length) && aux <= 3; i++) {
    if (AUXILIARIES.has(ws[i].lower)) {
      aux++;
      continue;
    }
    const crossed = crossedBy(ws, i, ws[thingAt]);
    if (crossed !== null) return { concept: crossed, at: i };
    if (!isDeedVerb(ws[i])) return null;
    // "Dozens of municipalities have imposed restrictions": an active verb with an object says what
    // the counted things did, and the object is part of it ("municipalities that imposed restrictions").
    const active = ['have', 'has', 'had'].includes(ws[i - 1].lower);
    const object = active && i + 1 < Math.min(to, ws.length) && !STOPWORDS.has(ws[i + 1].lower) && !isCapitalised(ws[i + 1].raw) && !/^\d/.test(ws[i + 1].raw) && !/(?:ing|ly)$/.test(ws[i + 1].lower) ? ws[i + 1] : null;
    return { concept: conceptOf(ws[i], object), at: i };
  }
  return null;
}

function conceptOf(w: Word, object: Word | null = null): Concept {
  const id = object ? `deed:${w.stem}:${object.stem}` : `deed:${w.stem}`;
  return { id, family: id, label: object ? `that ${w.lower} ${object.lower}` : w.lower, prep: 'in', words: [] };
}
