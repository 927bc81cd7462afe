import { dict } from '../text/util';
import { DEMONYMS } from '../../domain/nations';

/** Adjectives of nationality, read as the country when a role follows ("Ukrainian officials"). */
export { DEMONYMS };

/*
 * Small gazetteers for telling a one-word speaker apart: "Kyiv said" is a government speaking
 * through its capital, "Zelensky said" is a person. Capitalisation cannot tell them apart, so
 * the words a wire story most often uses are listed; anything else falls back on the registry of
 * full names seen earlier in the article and on the shape of the word.
 */

/** Countries, capitals and seats of power that stand for a government ("Tehran denied"). */
export const PLACES = new Set(
  (
    'afghanistan albania algeria armenia australia austria azerbaijan bahrain belarus belgium brazil britain ' +
    'bulgaria canada china croatia cuba cyprus czechia denmark egypt england estonia ethiopia europe finland ' +
    'france georgia germany greece hungary india indonesia iran iraq ireland israel italy japan jordan ' +
    'kazakhstan korea kuwait kyrgyzstan latvia lebanon libya lithuania moldova mongolia netherlands norway ' +
    'oman pakistan palestine poland portugal qatar romania russia scotland serbia slovakia slovenia somalia ' +
    'spain sudan sweden switzerland syria taiwan tajikistan turkey türkiye turkmenistan uk ukraine us usa ' +
    'uzbekistan venezuela vietnam wales yemen west nato un eu ' +
    'kyiv kiev moscow tehran washington london paris berlin beijing brussels ankara minsk warsaw ' +
    'tbilisi yerevan baku riyadh damascus baghdad jerusalem pyongyang seoul tokyo delhi rome madrid ' +
    'kremlin pentagon whitehall westminster'
  ).split(' '),
);



/**
 * People quoted over and over in news of this war, by surname, so a bare "Peskov said" is a
 * person even when the article never gives the full name.
 */
export const KNOWN_PEOPLE = new Set(
  (
    'putin zelensky zelenskyy zelenskiy biden blinken kirby sullivan austin harris trump rubio hegseth vance ' +
    'witkoff peskov lavrov shoigu belousov gerasimov medvedev zakharova nebenzya prigozhin kadyrov lukashenko ' +
    'raisi khamenei pezeshkian amirabdollahian araghchi kanaani baghaei bagheri salami reznikov umerov kuleba ' +
    'sybiha podolyak yermak budanov zaluzhnyi zaluzhny syrskyi shmyhal svyrydenko ihnat klitschko ' +
    'stoltenberg rutte sunak starmer wallace shapps healey scholz macron meloni erdogan netanyahu guterres ' +
    'grossi borrell kallas'
  ).split(' '),
);

/** Endings common in Slavic, Georgian, Armenian and Persian surnames ("Shoigu" aside). */
const SURNAME_SHAPE = /(?:[oe]v|[oe]va|sk[yi]y?|ski|enko|chuk|[iy]uk|vich|yan|adze|shvili|zadeh)$/;

/** Is a single capitalised word most likely a person's surname? */
export function looksLikeSurname(word: string): boolean {
  const w = word.toLowerCase().replace(/['’]s$/, '');
  if (PLACES.has(w) || w in DEMONYMS) return false;
  return KNOWN_PEOPLE.has(w) || (w.length >= 5 && SURNAME_SHAPE.test(w));
}

export function isPlace(word: string): boolean {
  return PLACES.has(word.toLowerCase().replace(/['’]s$/, ''));
}
