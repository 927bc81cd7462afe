import { CONCEPTS, isPeople, type Concept } from './concepts';
import { isCapitalised } from '../text/nouns';
import type { Word } from './words';

/*
 * Verbs of motion say how something moved, not what happened to it. "2,500 exhausted people
 * stumbled across the frontier" crossed it, as "crossed" would say, and people who "left Dunmore"
 * fled it; "rescuers stumbled across 12 survivors" and "divers came upon three more bodies" found
 * them. Read as deeds of their own, "stumbled" and "came" would each found a quantity no other
 * article shares.
 */

/** Verbs of how people or things moved, which say nothing of what happened to them. */
const MOTION = new Set(
  'stumbled staggered trudged streamed straggled trekked walked waded scrambled limped swarmed flocked surged flooded poured flowed came made struggled ran hurried rushed filed marched drove rode sailed swam paddled clambered crept slipped trickled happened'.split(' '),
);
/** Verbs of leaving whose object is the place left: "5,000 people had left Velna", "fled Dunmore". */
const LEAVING = new Set(['left', 'fled', 'escaped', 'quit']);
/** A way through or over something: "across the frontier", "into Velna", "over the mountains". */
const PATHS = new Set(['across', 'over', 'into', 'through', 'past', 'towards', 'toward', 'onto']);
/** What a verb of motion finds when its object is the figure: "stumbled across 12", "came upon three", "stumbled on 40". */
const FINDING = new Set(['across', 'upon', 'on']);
/** Verbs that find by themselves: "police found 40 survivors", "searchers located six more". */
const FINDS = new Set(['found', 'discovered', 'located', 'uncovered', 'unearthed', 'spotted']);
/** Words between the particle and the figure that leave it the object: "came upon another 12". */
const MORE = new Set(['another', 'further']);

/** What a crossing is into or over: a border, a country, a camp, or a named place ("poured across the frontier", "streamed into Velna"). */
const REFUGES = new Set(['border', 'borders', 'frontier', 'country', 'camp', 'camps', 'mountains', 'river', 'sea', 'channel', 'crossing', 'checkpoint']);
/** Does the path at word `j` lead somewhere people cross to? "walked into the city centre after the match" does not. */
function toRefuge(ws: Word[], j: number): boolean {
  for (let k = j; k < Math.min(ws.length, j + 3); k++) {
    if (REFUGES.has(ws[k].lower)) return true;
    if (isCapitalised(ws[k].raw) && ws[k].lower !== 'the') return true;
  }
  return false;
}

const CROSSED = CONCEPTS.find((c) => c.id === 'evacuated')!;
/** Things found are counted by what they are: found bodies are the dead ("bodies" says so), found survivors are found. */
const FOUND: Concept = { id: 'found', family: 'found', label: 'found', prep: 'in', words: [] };

/** "stumbled across 12 survivors", "found 40 survivors": the deed of finding, with the verb's word index; null when the figure is no verb's find. */
export function foundBy(ws: Word[], first: number): { concept: Concept; at: number } | null {
  const before = MORE.has(ws[first - 1]?.lower ?? '') ? first - 2 : first - 1;
  if (FINDS.has(ws[before]?.lower ?? '')) return { concept: FOUND, at: before };
  // "stumbled on 40", but not "ran on 12 generators": "on" finds only after a verb of stumbling.
  const particle = ws[before]?.lower ?? '';
  const verb = ws[before - 1]?.lower ?? '';
  const finds = particle === 'on' ? verb === 'stumbled' : FINDING.has(particle) && MOTION.has(verb);
  return finds ? { concept: FOUND, at: before - 1 } : null;
}

/** "people stumbled across the frontier", "had left Velna": people moving across, into or out of somewhere crossed, the verb at word `i`. */
export function crossedBy(ws: Word[], i: number, thing: Word | undefined): Concept | null {
  const next = ws[i + 1];
  const moved = (MOTION.has(ws[i].lower) && PATHS.has(next?.lower ?? '') && toRefuge(ws, i + 2)) || (LEAVING.has(ws[i].lower) && !!next && isCapitalised(next.raw));
  return moved && !!thing && isPeople(thing.raw) ? CROSSED : null;
}
