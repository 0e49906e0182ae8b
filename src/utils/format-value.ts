/**
 * How numbers read on the site: grouped digits, the unit as written, "—" for a blank cell
 * (未填报, never 0), and signed differences with a sentence for screen readers.
 */

const numberFormat = new Intl.NumberFormat('zh-CN', { maximumFractionDigits: 6 })

/** The mark shown for a value that was not reported. */
const NOT_REPORTED = '—'

/** A number with grouped digits: 251000 → "251,000". */
export function groupedNumber(value: number): string {
  return numberFormat.format(value)
}

/** A cell value with its unit, or "—" when not reported. */
export function formatValue(value: number | null, unit: string | null = null): string {
  if (value === null) return NOT_REPORTED
  return unit ? `${groupedNumber(value)} ${unit}` : groupedNumber(value)
}

/** A difference without floating-point dust: 3.3 − 3.2 → 0.1. */
export function difference(current: number, previous: number): number {
  return Math.round((current - previous) * 1e6) / 1e6
}

/** The visible mark of a difference: "▲3", "▼2", "=". */
export function deltaMark(delta: number): string {
  if (delta > 0) return `▲${groupedNumber(delta)}`
  if (delta < 0) return `▼${groupedNumber(-delta)}`
  return '='
}

/** The spoken form of a difference: "较2020年增加3", "较2020年减少2", "与2020年持平". */
export function deltaText(delta: number, from: string): string {
  if (delta > 0) return `较${from}增加${groupedNumber(delta)}`
  if (delta < 0) return `较${from}减少${groupedNumber(-delta)}`
  return `与${from}持平`
}
