import { isCapitalised, isPluralNoun, STOPWORDS } from '../text/nouns';
import { EVENT_NOUNS } from '../text/event-nouns';
import { NOT_NAMES, NOUNS_OF, type Candidates, type Tok } from './event-tokens';

/*
 * Events told with a verb rather than named with a noun (./event.ts reads the nouns): a site
 * closed ("Hoshida to close Ostrel car plant") and a name before an event's verb ("Aune Bridge
 * collapses"). Copy tells an event with its verb as often as with its noun.
 */

/** Verbs that make a named site's closure the event ("Hoshida to close Ostrel car plant", "will shut its Brenholt mill"). */
const CLOSING = new Set(['close', 'closes', 'closing', 'closed', 'closure', 'shut', 'shuts', 'shutting', 'shutter', 'shutters', 'shuttering', 'mothball', 'mothballs', 'mothballing']);
/** Sites a company closes, by the name an event keeps ("plants" close as a "plant closure"). */
const SITES: Record<string, string> = {
  plant: 'plant', plants: 'plant', factory: 'factory', factories: 'factory', works: 'works', mill: 'mill', mills: 'mill', mine: 'mine', mines: 'mine',
  smelter: 'smelter', refinery: 'refinery', shipyard: 'shipyard', yard: 'yard', depot: 'depot', facility: 'facility',
};
/** Words between the verb and the site that do not name it: "close its Ostrel car plant", "the closure of the Ostrel plant". */
const SITE_LEADS = new Set(['its', 'the', 'their', 'his', 'her', 'of', 'down', 'a']);

/**
 * A named site closed ("to close Ostrel car plant", "the closure of the Ostrel plant") is the
 * event "Ostrel plant closure": a closure is told with its verb as often as with its noun.
 */
export function closures(ts: Tok[], weight: number, into: Candidates): void {
  for (let i = 0; i < ts.length; i++) {
    // "close to 3,000" stops at once: "to" is no lead to a site and no name.
    if (!CLOSING.has(ts[i].lower)) continue;
    const names: Tok[] = [];
    let lower = 0;
    for (let j = i + 1; j < Math.min(ts.length, i + 7); j++) {
      const t = ts[j];
      if (t.opens || t.comma) break;
      const site = Object.hasOwn(SITES, t.lower) ? SITES[t.lower] : undefined;
      if (site !== undefined) {
        if (names.length === 0) break;
        const words = [...names.map((n) => n.lower), site];
        const key = `${words.join(' ')}|closure`;
        const hit = into.get(key) ?? { title: `${names.map((n) => n.raw).join(' ')} ${words.at(-1)} closure`, score: 0, words };
        hit.score += weight + 0.5;
        into.set(key, hit);
        break;
      }
      if (names.length === 0 && SITE_LEADS.has(t.lower)) continue;
      if (isCapitalised(t.raw) && !t.opens && !STOPWORDS.has(t.lower)) names.push(t);
      // One plain word may stand before the site ("car plant", "steel works").
      else if (names.length > 0 && lower++ === 0 && !STOPWORDS.has(t.lower)) continue;
      else break;
    }
  }
}

/** Verbs that tell an event whose noun the copy may never use: "Aune Bridge collapses", "the Kessel mine exploded". */
const EVENT_VERBS: Record<string, string> = {
  collapsed: 'collapse', collapses: 'collapse', exploded: 'explosion', explodes: 'explosion', erupted: 'eruption', erupts: 'eruption',
  derailed: 'derailment', derails: 'derailment', sank: 'sinking', capsized: 'sinking', capsizes: 'sinking',
};

/**
 * A name right before an event's verb ("Aune Bridge collapses", "Mount Vaskor erupted") is the
 * event "Aune Bridge collapse": an event is told with its verb as often as with its noun.
 */
export function toldEvents(ts: Tok[], weight: number, into: Candidates): void {
  for (let i = 1; i < ts.length; i++) {
    const noun = Object.hasOwn(EVENT_VERBS, ts[i].lower) ? EVENT_VERBS[ts[i].lower] : undefined;
    if (noun === undefined) continue;
    const names: Tok[] = [];
    for (let j = i - 1; j >= 0 && names.length < 3; j--) {
      const t = ts[j];
      if (ts[j + 1].opens || ts[j + 1].comma || !isCapitalised(t.raw) || STOPWORDS.has(t.lower) || NOT_NAMES.has(t.lower) || EVENT_NOUNS[t.lower]) break;
      // A capital at the start of a body sentence is no evidence of a name on its own.
      if (t.opens && weight === 1 && names.length === 0) break;
      names.unshift(t);
    }
    // "Shares collapse", "Talks collapse": a headline's capital on a plain plural names nothing.
    if (names.length === 0 || (names.length === 1 && isPluralNoun(names[0].lower))) continue;
    const words = names.map((n) => n.lower);
    const key = `${words.join(' ')}|${noun}`;
    const hit = into.get(key) ?? { title: `${names.map((n) => n.raw).join(' ')} ${noun}`, score: 0, words };
    hit.score += weight + 0.5;
    into.set(key, hit);
  }
}

/**
 * Every word for a kind of event, its nouns and the verbs that tell it ("collapse", "collapsed";
 * "closure", "shut"): an article using one speaks of that kind of event.
 */
const KIND_WORDS: Map<string, Set<string>> = (() => {
  const out = new Map([...NOUNS_OF].map(([kind, ws]) => [kind, new Set(ws)]));
  const add = (kind: string, w: string) => out.set(kind, (out.get(kind) ?? new Set()).add(w));
  for (const w of CLOSING) add('closure', w);
  for (const [w, kind] of Object.entries(EVENT_VERBS)) add(kind, w);
  return out;
})();
const NONE = new Set<string>();
export const kindWords = (noun: string): Set<string> => KIND_WORDS.get(noun) ?? NONE;
