import { isCapitalised, STOPWORDS } from '../text/nouns';
import { datelinePlace, isAgencyWord } from '../text/dateline';

/*
 * The event an article is about, named as its copy names it: "the Kessel fire", "the ferry
 * strike", "the Dravo mine collapse". Articles about one event land in one topic; the topic is
 * created by the first article that names the event and found again by the next.
 */

export interface ArticleEvent {
  /** "kessel|fire": the modifiers, lower-case, and the event's common noun. */
  key: string;
  /** "Kessel fire" */
  title: string;
  /** The name's words and the words for the event ("kessel", "fire", "blaze"): not a figure's scope or deed. */
  words: Set<string>;
  /** The event's common noun: "fire". */
  noun: string;
  /** As copy names it: "Kessel fire", "ferry strike". */
  name: string;
}

export { CONSEQUENCE_EVENTS, EVENT_NOUNS, GENERIC_EVENTS } from '../text/event-nouns';
import { EVENT_NOUNS, GENERIC_EVENTS } from '../text/event-nouns';
import { NOT_NAMES, NOUNS_OF, tokens, type Candidates, type Tok } from './event-tokens';
import { closures, kindWords, toldEvents } from './event-told';

/** Nouns after an event word that make it a modifier: "fire crews", "strike action", "flood defences". */
const MODIFIED = new Set(
  'crews crew service services chief chiefs brigade department officials fighters fighter engine engines season station safety risk danger warning warnings ban line lines front zone weather tax action ballot pay leaders leader committee insurance protection defences defenses barriers plain plains water waters alarm alarms hazard hazards map maps response team teams fund funds talks threat exercise drill helpline hotline site sites post posts helicopters helicopter dogs centre center management plan cell meeting unit units group groups mode rate rates alert alerts'.split(' '),
);
/** Where a place's name stands: "in Kastovia", "off Greywater", "near Saska". */
const PLACE_LEADS = new Set(['in', 'at', 'near', 'off', 'from', 'across', 'around', 'outside']);

const DETERMINERS = new Set(['the', 'a', 'an', 'this', 'its', 'their', 'last', 'latest']);

const ADJECTIVE = /(?:able|ible|ical|ous|ive)$|^(?:national|nationwide|regional|local|global|provincial|initial|total|general|major|minor|severe|huge|big|large|small|serious|recent|current|new|possible|potential|indefinite|fresh|first|second|third|fourth|fifth|further|all-out|historic|volcanic|toxic|seismic|catastrophic|tragic|dramatic|latest|worst|biggest|largest)$/;
const OTHER_LEADS = new Set(['last', 'previous', 'earlier', 'similar', 'another', 'next']);

function candidates(ts: Tok[], weight: number, into: Candidates): void {
  for (let i = 0; i < ts.length; i++) {
    const noun = EVENT_NOUNS[ts[i].lower];
    if (noun === undefined || MODIFIED.has(ts[i + 1]?.lower ?? '') || /\d/.test(ts[i].lower)) continue;
    // Back from the noun: lower-case words first ("ferry"), then names ("Meravia"). A headline's
    // lower-case words are not read ("Navia Lines pay talks collapse": talks do not name it).
    const mods: Tok[] = [];
    for (let j = i - 1; j >= 0 && mods.length < 3; j--) {
      const t = ts[j];
      // "… in Europe and North America. Attacks on hospitals …": a name does not run across a sentence's end or a comma.
      if (ts[j + 1].opens || ts[j + 1].comma) break;
      // Not "three-week" or "2024": a span or a number qualifies the event, it does not name it.
      if (STOPWORDS.has(t.lower) || NOT_NAMES.has(t.lower) || /(?:ly|ing|ed|ful|ous|ive|est)$/.test(t.lower) || /\d|-(?:day|week|month|year)s?$/.test(t.lower) || EVENT_NOUNS[t.lower]) break;
      const named = isCapitalised(t.raw);
      // One lower-case word at most, next to the noun ("cholera outbreak"): "pay talks collapse" names no event.
      if (!named && mods.length > 0) break;
      // A capital at the start of a body sentence is no evidence of a name on its own.
      if (named && t.opens && weight === 1 && mods.length === 0) break;
      mods.unshift(t);
    }
    // "the ferry strike", "a deadly cholera outbreak": a lower-case name stands after a determiner.
    // In a headline, which drops its articles, only a name before it will do ("Lusenda cholera outbreak").
    const lead = ts[i - mods.length - 1]?.lower ?? '';
    if (mods.length > 0 && !isCapitalised(mods[0].raw) && (weight > 1 || (!DETERMINERS.has(lead) && !NOT_NAMES.has(lead)))) continue;
    // "the last comparable drought, in 1959", "a chemical fire": an adjective says what the event
    // was like, not which one; "the last", "a previous" one is another event.
    if (mods.length > 0 && !isCapitalised(mods[0].raw) && (ADJECTIVE.test(mods[0].lower) || OTHER_LEADS.has(lead))) continue;
    // "an outbreak of cholera", "an epidemic of measles": the disease after "of" names it.
    if (mods.length === 0 && (noun === 'outbreak' || noun === 'pandemic') && ts[i + 1]?.lower === 'of' && ts[i + 2] && !STOPWORDS.has(ts[i + 2].lower) && !isCapitalised(ts[i + 2].raw)) mods.push(ts[i + 2]);
    if (mods.length === 0) continue;
    const words = mods.map((m) => m.lower);
    const key = `${words.join(' ')}|${noun}`;
    const title = `${mods.map((m) => (isCapitalised(m.raw) ? m.raw : m.lower)).join(' ')} ${noun}`;
    const hit = into.get(key) ?? { title, score: 0, words };
    hit.score += weight + (mods.some((m) => isCapitalised(m.raw)) ? 0.5 : 0);
    into.set(key, hit);
  }
}

/**
 * The event an article names most, its headline counting thrice; null when it names none twice.
 * The outlet's own name is no name of the story ("Aldrava Today" on every post of its live blog).
 */
export function articleEvent(title: string, text: string, outlet = ''): ArticleEvent | null {
  const own = new Set(outlet.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean));
  const found: Candidates = new Map();
  // Each part read once; every reading of the event takes the same tokens.
  const head = tokens(title);
  const body = tokens(text.slice(0, 6000));
  const whole = tokens(`${title}\n${text.slice(0, 6000)}`);
  // Nouns first, then closures, then verbs, the headline before the body of each: ties go to the first found.
  for (const read of [candidates, closures, toldEvents]) {
    read(head, 3, found);
    read(body, 1, found);
  }
  let best: [string, { title: string; score: number; words: string[] }] | null = null;
  for (const e of found) if (best === null || e[1].score > best[1].score) best = e;
  if (best === null) return placedEvent(title, text, own);
  // Named once, it is the article's event only if the article keeps returning to that kind of event.
  const noun = best[0].split('|')[1];
  const mentions = whole.filter((t) => kindWords(noun).has(t.lower)).length;
  if (best[1].score < 2 && mentions < 2) return placedEvent(title, text, own);
  // A headline capitalises its first word: a modifier keeps the case the body writes it in.
  const inBody = body.filter((t) => !t.opens);
  // The event's own noun keeps the lower case it is named with ("Sundby warehouse fire", though a
  // list item opens with "Fire broke out").
  const parts = best[1].title.split(' ');
  best[1].title = parts.map((w, i) => (i === parts.length - 1 && w === noun ? w : (inBody.find((t) => t.lower === w.toLowerCase())?.raw ?? w))).join(' ');
  const name = best[1].title;
  // The places the article names most are kept with the name: a later article that calls the
  // event otherwise ("the Halvern wildfire") still finds it by where it happened.
  const also = namesOf(whole, text, own)
    .filter((w) => !best![1].words.includes(w))
    .slice(0, 4);
  const key = `${best[0]}|${also.join(' ')}`;
  return { key, name, title: name.charAt(0).toUpperCase() + name.slice(1), noun, words: eventWords(key) };
}

/**
 * The names an article uses most (places, companies, agencies: "Meravia", "Navia", "Alcasta"),
 * by their words, most first: what later articles on the same story will name too. The place of
 * its dateline counts as named twice; a name used once fills in when few are used more.
 */
function namesOf(ts: Tok[], text = '', outlet: Set<string> = new Set()): string[] {
  const n = new Map<string, number>();
  for (const w of datelinePlace(text)) n.set(w, 2);
  for (const t of ts) {
    if (outlet.has(t.lower) || t.opens || !isCapitalised(t.raw) || STOPWORDS.has(t.lower) || NOT_NAMES.has(t.lower) || t.lower.length < 3 || EVENT_NOUNS[t.lower] || isAgencyWord(t.lower)) continue;
    n.set(t.lower, (n.get(t.lower) ?? 0) + 1);
  }
  const ranked = [...n].sort((a, b) => b[1] - a[1]);
  const often = ranked.filter(([, k]) => k >= 2);
  return (often.length >= 3 ? often : ranked.slice(0, 3)).map(([w]) => w);
}

/** The places an article names most after "in", "off", "near", most first. */
function placesOf(ts: Tok[]): { lower: string; raw: string; n: number }[] {
  const places = new Map<string, { lower: string; raw: string; n: number }>();
  const named = (t: Tok | undefined) => !!t && isCapitalised(t.raw) && !STOPWORDS.has(t.lower) && !NOT_NAMES.has(t.lower) && t.lower.length > 2;
  for (let i = 1; i < ts.length; i++) {
    if (!PLACE_LEADS.has(ts[i - 1].lower) || !named(ts[i])) continue;
    // "in Port Alcasta": the whole name, not its first word.
    let j = i;
    while (j + 1 < ts.length && j - i < 2 && named(ts[j + 1]) && !ts[j + 1].opens && !ts[j + 1].comma) j++;
    const run = ts.slice(i, j + 1);
    const lower = run.map((t) => t.lower).join(' ');
    const hit = places.get(lower) ?? { lower, raw: run.map((t) => t.raw).join(' '), n: 0 };
    hit.n++;
    places.set(lower, hit);
  }
  return [...places.values()].sort((a, b) => b.n - a.n);
}

/**
 * An article that keeps returning to an event it never names ("the quake", "the spill") is about
 * that event where it happened: the place it names most after "in", "off", "near" ("Kastovia
 * earthquake"). Null when it does neither.
 */
function placedEvent(title: string, text: string, outlet: Set<string> = new Set()): ArticleEvent | null {
  const ts = tokens(`${title}\n${text.slice(0, 6000)}`);
  const kinds = new Map<string, number>();
  for (const t of ts) if (EVENT_NOUNS[t.lower]) kinds.set(EVENT_NOUNS[t.lower], (kinds.get(EVENT_NOUNS[t.lower]) ?? 0) + 1);
  const noun = [...kinds].sort((a, b) => b[1] - a[1])[0];
  if (!noun || noun[1] < 2) return null;
  const [place] = placesOf(ts);
  if (!place) return null;
  const others = namesOf(ts, text, outlet).filter((w) => !place.lower.split(' ').includes(w));
  const key = `${place.lower}|${noun[0]}|${others.slice(0, 4).join(' ')}`;
  const name = `${place.raw} ${noun[0]}`;
  return { key, name, title: name, noun: noun[0], words: eventWords(key) };
}

/**
 * The kinds of event an article returns to (named in its headline, or at least twice), other than
 * `noun`: a story is often one event told in several ("the derailment" and "the fire"; "the attack"
 * and "the outage"), and a figure about any of them is the story's, not another event's.
 */
export function ownEventKinds(title: string, text: string, noun: string): Set<string> {
  const n = new Map<string, number>();
  for (const [part, weight] of [[title, 2], [text.slice(0, 6000), 1]] as const) {
    for (const t of tokens(part)) {
      const kind = EVENT_NOUNS[t.lower];
      if (kind) n.set(kind, (n.get(kind) ?? 0) + weight);
    }
  }
  return new Set([...n].filter(([k, c]) => k !== noun && c >= 2 && !GENERIC_EVENTS.has(k)).map(([k]) => k));
}

/** The article's words, lower-cased, for finding the topics it speaks of. */
export function articleWords(title: string, text: string): Set<string> {
  return new Set(tokens(`${title}\n${text.slice(0, 6000)}`).map((t) => t.lower));
}

/**
 * How strongly an article speaks of an event named by `key`: how many of the name's words it
 * uses, 0 unless it also uses a word for that kind of event ("fire", "blaze", "wildfire").
 */
export function eventScore(key: string, words: Set<string>): number {
  const [mods, noun, also = ''] = key.split('|');
  const named = mods.split(' ').filter((w) => words.has(w)).length;
  const placed = also.split(' ').filter((w) => w && words.has(w)).length;
  // The event's own name counts most; two of the places where it happened will also do. An
  // article that never uses a word for that kind of event ("the storm" that grounded the tanker,
  // then "the spill") still joins it by names alone, more weakly.
  const score = named + (placed >= 2 ? 0.5 * placed : 0);
  for (const w of kindWords(noun)) if (words.has(w)) return score;
  return named + placed >= 2 ? 0.25 * score : 0;
}

/** The event's words: its name's and every word for its kind ("kessel", "fire", "blaze", …). */
export function eventWords(key: string): Set<string> {
  const [mods, noun] = key.split('|');
  return new Set([...mods.split(' '), ...(NOUNS_OF.get(noun) ?? [])]);
}
