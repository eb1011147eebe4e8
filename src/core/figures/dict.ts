/**
 * A lookup table without a prototype, so words from the text like "constructor" or "__proto__"
 * never find Object's own properties.
 */
export function dict<T>(entries: Record<string, T>): Readonly<Record<string, T>> {
  return Object.assign(Object.create(null) as Record<string, T>, entries);
}
