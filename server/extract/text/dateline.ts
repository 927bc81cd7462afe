import { STOPWORDS } from './nouns';

/*
 * What a wire story's dateline says: where it was filed ("PORTAVERA —") and which agency's copy
 * it is ("BRACKWATER, Halvern, Aug 3 (Reuters) -"). Topics keep the place; origins the agency.
 */

/** News agencies by the names a dateline credits them with. */
const WIRES: Record<string, string> = {
  reuters: 'Reuters', ap: 'AP', 'associated press': 'AP', afp: 'AFP', 'agence france-presse': 'AFP', dpa: 'dpa', bloomberg: 'Bloomberg', upi: 'UPI',
  pa: 'PA', aap: 'AAP', efe: 'EFE', ansa: 'ANSA', xinhua: 'Xinhua', kyodo: 'Kyodo', tass: 'TASS', interfax: 'Interfax', anadolu: 'Anadolu',
};

/** An agency's one-word name ("reuters", "afp"): a credit, never a name of a story's place or party. */
export const isAgencyWord = (lower: string): boolean => lower in WIRES;

/** The place a dateline names, lower-case words: "PORTAVERA —" gives ["portavera"]. */
export function datelinePlace(text: string): string[] {
  const m = text.trimStart().match(/^([A-Z][A-Z'’. -]{2,40}?)(?:,[^\n—–(]{0,40})?\s*(?:\([^)\n]{1,30}\)\s*)?[—–-]\s/);
  return m ? m[1].toLowerCase().split(/\s+/).filter((w) => w.length > 2 && !STOPWORDS.has(w)) : [];
}

/** The agency an article is credited to in its dateline, unless the page is the agency's own. */
export function wireCredit(text: string, outlet: string): string | null {
  // The dateline opens the story, which may stand under a line or two of page furniture ("WORLD | EUROPE").
  const lines = text.trimStart().slice(0, 400).split('\n').filter((l) => l.trim() !== '').slice(0, 3);
  const m = lines.map((l) => l.trimStart().match(/^[^\n]{0,80}?\(([A-Za-z .-]{2,30})\)\s*[—–-]/)).find((x) => x !== null);
  const wire = m ? WIRES[m[1].trim().toLowerCase()] : undefined;
  if (!wire) return null;
  const own = outlet.toLowerCase();
  return own === wire.toLowerCase() || WIRES[own] === wire ? null : wire;
}
