/** Function words: never a counted thing, and they end the search for one. */
export const STOPWORDS = new Set(
  (
    'a an the this that these those it its they them their he she him her his we us our you your i me my ' +
    'is are was were be been being am has have had having do does did will would can could should may might must shall ' +
    'to of in on at by for from with into onto than as and or but nor if while since until after before over under ' +
    'about per via within without between among against during through across toward towards upon off out up down ' +
    'not no also only just each every all more less most least very so too ago later earlier then there here ' +
    'which who whom whose what when where why how some any such own same other another both either neither ' +
    'said says say told according including include includes included plus minus whereas thus yes perhaps always ' +
    'besides unless afterwards news analysis alas has various several many much few lot lots'
  ).split(' '),
);

/** Plurals that do not end in "s", and mass nouns news counts. */
const IRREGULAR = new Set([
  'people', 'persons', 'children', 'men', 'women', 'police', 'personnel', 'staff', 'troops', 'cattle', 'sheep',
  'fish', 'aircraft', 'livestock', 'deer', 'geese', 'mice', 'teeth', 'feet', 'data', 'media', 'crew', 'infantry',
  'militia', 'youth', 'offspring', 'spacecraft', 'hovercraft', 'swine', 'poultry', 'clergy', 'folk', 'kin',
]);
const NOT_PLURAL_ENDINGS = /(?:ss|us|is|ous|ics|ness)$/;
/** Verbs in the third person that look like plurals: "the ministry puts the number at 40,000". */
const VERBS_IN_S = new Set(['puts', 'gets', 'stands', 'gives', 'seems', 'takes', 'reaches', 'brings', 'keeps', 'reckons', 'believes', 'insists', 'suggests', 'warns']);
const WORDLIKE = /^[\p{L}][\p{L}\p{M}'’-]*$/u;

/** Does the word look like a plural noun ("drones", "UAVs", "Shaheds", "people")? */
export function isPluralNoun(word: string): boolean {
  const lower = word.toLowerCase();
  if (IRREGULAR.has(lower)) return true;
  if (lower.length < 3 || STOPWORDS.has(lower) || VERBS_IN_S.has(lower) || !WORDLIKE.test(word)) return false;
  if (!lower.endsWith('s') || lower.endsWith('’s') || lower.endsWith("'s")) return false;
  if (lower.endsWith('ly')) return false;
  return !NOT_PLURAL_ENDINGS.test(lower) || /[A-Z]s$/.test(word);
}

/** Words that qualify a noun without being it: adverbs, and a few adjectives that fill news prose. */
export function isModifier(word: string): boolean {
  const lower = word.toLowerCase();
  if (STOPWORDS.has(lower)) return false;
  return WORDLIKE.test(word);
}

/** Capitalised (first letter upper-case)? */
export function isCapitalised(word: string): boolean {
  const c = word.charAt(0);
  return c !== c.toLowerCase() && c === c.toUpperCase();
}
