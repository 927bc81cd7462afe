/** Adjectives of nationality and the country (or union) each stands for: "Ukrainian officials". */
export const DEMONYMS: Record<string, string> = Object.assign(Object.create(null) as Record<string, string>, {
  ukrainian: 'Ukraine', russian: 'Russia', iranian: 'Iran', american: 'US', british: 'Britain', chinese: 'China',
  israeli: 'Israel', turkish: 'Turkey', german: 'Germany', french: 'France', polish: 'Poland', belarusian: 'Belarus',
  syrian: 'Syria', iraqi: 'Iraq', japanese: 'Japan', indian: 'India', italian: 'Italy', canadian: 'Canada',
  georgian: 'Georgia', armenian: 'Armenia', saudi: 'Saudi Arabia', korean: 'Korea', european: 'EU',
});

const ADJECTIVE_OF = new Map(
  Object.entries(DEMONYMS)
    .filter(([, country]) => country !== 'US' && country !== 'EU')
    .map(([adj, country]) => [country, adj.charAt(0).toUpperCase() + adj.slice(1)]),
);

/**
 * The word to put before a role for a place: "Ukraine" -> "Ukrainian", "US" -> "US", "Western"
 * -> "Western"; null when the place does not read as an adjective.
 */
export function placeAdjective(place: string): string | null {
  const adj = ADJECTIVE_OF.get(place);
  if (adj !== undefined) return adj;
  if (/^[A-Z]{2,5}$/.test(place) || /^\p{Lu}\p{Ll}+(?:ern|ian|ese|ish|ean|an|i)$/u.test(place)) return place;
  return null;
}
