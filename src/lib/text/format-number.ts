/** Numbers as people read them in messages and on pages. */

/** A number with at most 12 significant digits, so float noise never shows (0.1 + 0.2 → "0.3"). */
export function formatNumber(value: number): string {
  return String(Number(value.toPrecision(12)))
}
