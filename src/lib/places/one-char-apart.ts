/**
 * Whether two names are one character apart, on its own (no place data): the engine's resolver
 * (./variants.ts re-exports it) and the search page in the browser (src/utils/search/name-match.ts)
 * use the same test.
 */

/** Whether two names have the same length and differ in exactly one character. */
export function oneCharApart(a: string, b: string): boolean {
  const x = [...a]
  const y = [...b]
  if (x.length !== y.length) return false
  let diff = 0
  for (let i = 0; i < x.length && diff < 2; i++) if (x[i] !== y[i]) diff++
  return diff === 1
}
