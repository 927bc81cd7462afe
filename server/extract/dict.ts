/**
 * Lexicon tables are looked up with words taken from arbitrary text, so they must not inherit
 * from Object.prototype: "constructor" or "__proto__" in an article is just a word.
 */
export function dict<T>(entries: Record<string, T>): Record<string, T> {
  return Object.assign(Object.create(null) as Record<string, T>, entries);
}
