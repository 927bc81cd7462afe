import type { Figure, Token } from '../types';
import { dict } from '../text/util';
import { tokenAt } from '../text/tokenize';

/*
 * Marks several countries share: "kr" is the krona of Sweden (and Iceland) and the krone of
 * Norway and Denmark, and "kroner" either of the last two; "¥" is both yen and yuan; "pesos" are
 * Mexico's and the Philippines', Argentina's, Colombia's, Chile's; "Rs" and "rupees" India's,
 * Pakistan's, Sri Lanka's, Nepal's; "riyals" Saudi Arabia's, Qatar's, Oman's; "pounds" Britain's
 * and Egypt's; "dirhams" the Emirates' and Morocco's; "francs" Switzerland's and Central
 * Africa's; "dinars" and "shillings" many countries'. The country the text names nearest to the
 * figure decides. Without one, "kr", "dinars" and "shillings" keep no ISO code (the unit as
 * written, currency null) rather than a silent guess; the others keep their usual reading.
 */

type Mark = 'kr' | 'yen' | 'peso' | 'rupee' | 'riyal' | 'pound' | 'dirham' | 'franc' | 'dinar' | 'shilling';

/** Country, nation, capital and central-bank words (lower case), by the mark they settle and to what. */
const HINTS: Record<Mark, Record<string, string>> = {
  kr: dict({
    sweden: 'SEK', swedish: 'SEK', swede: 'SEK', swedes: 'SEK', stockholm: 'SEK', gothenburg: 'SEK', malmö: 'SEK', riksbank: 'SEK',
    norway: 'NOK', norwegian: 'NOK', norwegians: 'NOK', oslo: 'NOK', bergen: 'NOK', 'norges': 'NOK',
    denmark: 'DKK', danish: 'DKK', dane: 'DKK', danes: 'DKK', copenhagen: 'DKK', aarhus: 'DKK',
    iceland: 'ISK', icelandic: 'ISK', reykjavik: 'ISK', reykjavík: 'ISK',
  }),
  yen: dict({
    china: 'CNY', chinese: 'CNY', beijing: 'CNY', shanghai: 'CNY', shenzhen: 'CNY', guangzhou: 'CNY', pboc: 'CNY',
    japan: 'JPY', japanese: 'JPY', tokyo: 'JPY', osaka: 'JPY', boj: 'JPY',
  }),
  peso: dict({
    mexico: 'MXN', mexican: 'MXN', mexicans: 'MXN',
    philippines: 'PHP', philippine: 'PHP', filipino: 'PHP', filipinos: 'PHP', manila: 'PHP',
    argentina: 'ARS', argentine: 'ARS', argentinian: 'ARS', argentines: 'ARS', buenos: 'ARS',
    colombia: 'COP', colombian: 'COP', bogotá: 'COP', bogota: 'COP',
    chile: 'CLP', chilean: 'CLP', santiago: 'CLP',
    uruguay: 'UYU', uruguayan: 'UYU', montevideo: 'UYU',
    cuba: 'CUP', cuban: 'CUP', havana: 'CUP', dominican: 'DOP',
  }),
  rupee: dict({
    india: 'INR', indian: 'INR', indians: 'INR', delhi: 'INR', mumbai: 'INR', bengaluru: 'INR', kolkata: 'INR', chennai: 'INR', rbi: 'INR',
    pakistan: 'PKR', pakistani: 'PKR', pakistanis: 'PKR', islamabad: 'PKR', karachi: 'PKR', lahore: 'PKR',
    lanka: 'LKR', lankan: 'LKR', colombo: 'LKR',
    nepal: 'NPR', nepali: 'NPR', nepalese: 'NPR', kathmandu: 'NPR',
    mauritius: 'MUR', mauritian: 'MUR',
  }),
  riyal: dict({
    saudi: 'SAR', saudis: 'SAR', riyadh: 'SAR', jeddah: 'SAR', aramco: 'SAR',
    qatar: 'QAR', qatari: 'QAR', doha: 'QAR',
    oman: 'OMR', omani: 'OMR', muscat: 'OMR',
    yemen: 'YER', yemeni: 'YER', sanaa: 'YER', aden: 'YER',
    iran: 'IRR', iranian: 'IRR', iranians: 'IRR', tehran: 'IRR',
  }),
  pound: dict({
    britain: 'GBP', british: 'GBP', uk: 'GBP', england: 'GBP', english: 'GBP', scotland: 'GBP', wales: 'GBP', london: 'GBP', whitehall: 'GBP',
    egypt: 'EGP', egyptian: 'EGP', egyptians: 'EGP', cairo: 'EGP',
    lebanon: 'LBP', lebanese: 'LBP', beirut: 'LBP',
    syria: 'SYP', syrian: 'SYP', damascus: 'SYP',
    sudan: 'SDG', sudanese: 'SDG', khartoum: 'SDG',
  }),
  dirham: dict({
    uae: 'AED', emirates: 'AED', emirati: 'AED', dubai: 'AED', dhabi: 'AED', sharjah: 'AED',
    morocco: 'MAD', moroccan: 'MAD', moroccans: 'MAD', rabat: 'MAD', casablanca: 'MAD',
  }),
  franc: dict({
    switzerland: 'CHF', swiss: 'CHF', zurich: 'CHF', geneva: 'CHF', bern: 'CHF', basel: 'CHF', snb: 'CHF',
    congo: 'CDF', congolese: 'CDF', kinshasa: 'CDF',
    rwanda: 'RWF', rwandan: 'RWF', kigali: 'RWF',
    senegal: 'XOF', ivory: 'XOF', ivorian: 'XOF', mali: 'XOF', dakar: 'XOF', abidjan: 'XOF',
    cameroon: 'XAF', gabon: 'XAF', chad: 'XAF',
  }),
  dinar: dict({
    iraq: 'IQD', iraqi: 'IQD', iraqis: 'IQD', baghdad: 'IQD', kuwait: 'KWD', kuwaiti: 'KWD',
    jordan: 'JOD', jordanian: 'JOD', amman: 'JOD', bahrain: 'BHD', bahraini: 'BHD', manama: 'BHD',
    libya: 'LYD', libyan: 'LYD', tripoli: 'LYD', algeria: 'DZD', algerian: 'DZD', algiers: 'DZD',
    tunisia: 'TND', tunisian: 'TND', tunis: 'TND', serbia: 'RSD', serbian: 'RSD', belgrade: 'RSD',
  }),
  shilling: dict({
    kenya: 'KES', kenyan: 'KES', kenyans: 'KES', nairobi: 'KES', mombasa: 'KES',
    uganda: 'UGX', ugandan: 'UGX', kampala: 'UGX',
    tanzania: 'TZS', tanzanian: 'TZS', dodoma: 'TZS', dar: 'TZS',
    somalia: 'SOS', somali: 'SOS', mogadishu: 'SOS',
  }),
};
const MARKS = Object.keys(HINTS) as Mark[];

/** A currency word ending the figure's text, after its number or multiplier: "500 pesos", "2 million pesos". */
const worded = (word: string) => new RegExp(`(?:\\d|\\b(?:hundred|thousand|million|billion|trillion|crore|lakh|bn|m))\\s*${word}$`, 'i');
const KRONER = worded('kron(?:er|e|or|a)');
const PESOS = worded('pesos?');
const RUPEES = worded('rupees?');
const RIYALS = worded('(?:riyals?|rials?)');
const POUNDS = worded('pounds?');
const DIRHAMS = worded('dirhams?');
const FRANCS = worded('francs?');

/** Which shared mark a money figure was read from, if any (its text as written). */
function markOf(f: Figure): Mark | null {
  if (f.kind !== 'money') return null;
  if (f.currency === null) {
    if (f.unit === 'kr') return 'kr';
    if (f.unit === 'dinars') return 'dinar';
    if (f.unit === 'shillings') return 'shilling';
    return null;
  }
  switch (f.currency) {
    // "500 kroner" is Norway's or Denmark's, "kronor" Sweden's: a nation named nearby decides.
    case 'NOK':
    case 'SEK':
      return KRONER.test(f.text) ? 'kr' : null;
    // A bare "¥" (not "CN¥", "JP¥"): the sign is the first or last character, no letters glued on.
    case 'JPY':
      return /(?:^|[^A-Za-z])¥/.test(f.text) && !/円/.test(f.text) ? 'yen' : null;
    // "500 pesos", "2 million pesos": no national word inside the span.
    case 'MXN':
      return PESOS.test(f.text) ? 'peso' : null;
    // "Rs 500 crore", "Rs. 40 billion", "300 rupees" (not "₹", "INR", "Indian rupees").
    case 'INR':
      return /^Rs\b/.test(f.text) || RUPEES.test(f.text) ? 'rupee' : null;
    case 'SAR':
    case 'IRR':
      return RIYALS.test(f.text) ? 'riyal' : null;
    // "3 billion pounds" (not "£", "GBP", "pounds sterling").
    case 'GBP':
      return POUNDS.test(f.text) ? 'pound' : null;
    case 'AED':
      return DIRHAMS.test(f.text) || /^Dhs?\b/.test(f.text) ? 'dirham' : null;
    case 'CHF':
      return FRANCS.test(f.text) ? 'franc' : null;
    default:
      return null;
  }
}

/** Settles each figure written with a shared mark by the nearest country word in the text (in place). */
export function settleSharedMarks(t: Token[], figures: Figure[]): void {
  let hints: { at: number; mark: Mark; code: string }[] | null = null;
  for (const f of figures) {
    const mark = markOf(f);
    if (mark === null) continue;
    hints ??= t.flatMap((tok, at) => {
      if (tok.kind !== 'word') return [];
      const out: { at: number; mark: Mark; code: string }[] = [];
      // "Pakistan’s budget": the possessive names the country too.
      const word = tok.lower.endsWith('’s') || tok.lower.endsWith("'s") ? tok.lower.slice(0, -2) : tok.lower;
      for (const m of MARKS) {
        const code = HINTS[m][word];
        if (code !== undefined) out.push({ at, mark: m, code });
      }
      return out;
    });
    const k = tokenAt(t, f.start);
    let best: { at: number; code: string } | null = null;
    for (const h of hints) if (h.mark === mark && (best === null || Math.abs(h.at - k) < Math.abs(best.at - k))) best = h;
    if (best === null) continue;
    f.currency = best.code;
    f.unit = best.code;
  }
}
