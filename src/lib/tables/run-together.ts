/**
 * Rows whose cell separators were lost (text copied or crawled from a web page):
 * "一、本年新收政府信息公开申请数量5000005" for seven cells, "行政规范性文件0011" for three. Such a
 * row is read only when its digits admit exactly one reading: one digit string per column, no
 * number written with a leading zero, and the table's own arithmetic for the row (表三: 总计 =
 * the six applicant columns) holding. Anything else stays unreadable; nothing is guessed.
 */
import type { CellToken } from '../types.ts'

/** At most this many readings are tried (a long digit run has too many to tell apart anyway). */
const readingLimit = 5000

/** Every way to cut `digits` into `parts` numbers, none with a leading zero; null past the limit. */
export function digitReadings(digits: string, parts: number): string[][] | null {
  const out: string[][] = []
  const cut = (from: number, left: number, acc: string[]): boolean => {
    if (left === 0) {
      if (from === digits.length) out.push([...acc])
      return out.length <= readingLimit
    }
    const maxLength = digits.length - from - (left - 1)
    for (let length = 1; length <= maxLength; length++) {
      const part = digits.slice(from, from + length)
      if (part.length > 1 && part.startsWith('0')) break
      acc.push(part)
      const ok = cut(from + length, left - 1, acc)
      acc.pop()
      if (!ok) return false
    }
    return true
  }
  return cut(0, parts, []) ? out : null
}

/**
 * The value cells of a run-together cell ("规章000", label part "规章") when exactly one reading
 * of its digits fits `columns` columns and `holds`; null otherwise.
 */
export function uniqueReading(cell: CellToken, label: string, columns: number, holds: (values: number[]) => boolean): CellToken[] | null {
  const rest = cell.text.slice(cell.text.indexOf(label) + label.length)
  const digits = rest.replace(/\s+/g, '')
  if (!/^\d+$/.test(digits) || digits.length < columns) return null
  const readings = digitReadings(digits, columns)?.filter((parts) => holds(parts.map(Number)))
  if (!readings || readings.length !== 1) return null
  const tokens: CellToken[] = []
  let at = cell.text.indexOf(label) + label.length
  for (const part of readings[0]!) {
    at = cell.text.indexOf(part[0]!, at)
    tokens.push({ text: part, line: cell.line, column: cell.column + at })
    at += part.length
  }
  return tokens
}
