import type { Figure, Token } from '../types';
import { dict } from '../text/util';
import { tokenAt } from '../text/tokenize';

/*
 * Marks several countries share: "kr" is the krona of Sweden (and Iceland) and the krone of
 * Norway and Denmark, and "kroner" either of the last two; "¥" is both yen and yuan; "pesos" are Mexico's and the Philippines',
 * Argentina's, Colombia's, Chile's. The country the text names nearest to the figure decides.
 * Without one, "kr" keeps no ISO code (unit "kr", currency null) rather than a silent guess;
 * "¥", "pesos" and "kroner" keep their usual reading (JPY, MXN, NOK).
 */

type Mark = 'kr' | 'yen' | 'peso';

/** Country, nation and capital words (lower case), by the mark they settle and to what. */
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
};

/** Which shared mark a money figure was read from, if any (its text as written). */
function markOf(f: Figure): Mark | null {
  if (f.kind !== 'money') return null;
  if (f.currency === null && f.unit === 'kr') return 'kr';
  // "500 kroner" is Norway's or Denmark's, "kronor" Sweden's: a nation named nearby decides.
  if ((f.currency === 'NOK' || f.currency === 'SEK') && /(?:\d|\b(?:hundred|thousand|million|billion|trillion|bn|m))\s*kron(?:er|e|or|a)$/i.test(f.text)) return 'kr';
  // A bare "¥" (not "CN¥", "JP¥"): the sign is the first or last character, no letters glued on.
  if (f.currency === 'JPY' && /(?:^|[^A-Za-z])¥/.test(f.text) && !/円/.test(f.text)) return 'yen';
  // "500 pesos", "2 million pesos": no national word inside the span.
  if (f.currency === 'MXN' && /(?:\d|\b(?:hundred|thousand|million|billion|trillion|bn|m))\s*pesos?$/i.test(f.text)) return 'peso';
  return null;
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
      for (const m of ['kr', 'yen', 'peso'] as const) {
        const code = HINTS[m][tok.lower];
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
