/**
 * A look-up table for words from the text, as a Map: a word like "constructor" or "__proto__" finds nothing
 * (as on an object without a prototype), and a token's fresh string is found by its hash, where an object
 * key costs V8 a search of its string table first (most tokens are looked up in several tables).
 */
export function dict<T>(entries: Record<string, T>): ReadonlyMap<string, T> {
  return new Map(Object.entries(entries));
}
