/**
 * Read one table cell: a number, zero ("无"), not reported (blank, "-", "/", "—"), or text.
 * The engine never invents a number: `value` is always the number written in `raw`.
 */

/** What a cell's text turned out to be. */
export interface CellValue {
  kind: 'number' | 'blank' | 'text'
  value: number | null
  unit: string | null
}

const notReported = /^(?:[-－—–─_／/\\、*×xX]+|—+|空|不适用)$/
const zeroWords = /^(?:无|无。|零|〇|没有)$/
const numberWithUnit = /^([+\-±]?)\s*(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?\s*(万元|亿元|元|万|件|个|项|条|次|宗|人次|份)?$/

const memo = new Map<string, CellValue>()

/** Parse the text of one cell (memoised for short cells: the same few values recur). */
export function parseCellValue(raw: string): CellValue {
  const known = memo.get(raw)
  if (known) return known
  const result = readCellValue(raw)
  if (raw.length <= 24) {
    if (memo.size >= 20_000) memo.clear()
    memo.set(raw, result)
  }
  return result
}

/** Parse the text of one cell without the memo. */
function readCellValue(raw: string): CellValue {
  const text = raw.replace(/\s+/g, ' ').trim()
  if (text === '') return { kind: 'blank', value: null, unit: null }
  if (notReported.test(text)) return { kind: 'blank', value: null, unit: null }
  if (zeroWords.test(text)) return { kind: 'number', value: 0, unit: null }
  const m = numberWithUnit.exec(text)
  if (!m) return { kind: 'text', value: null, unit: null }
  if (m[1] === '±') return { kind: 'text', value: null, unit: null }
  const digits = m[2]!.replace(/,/g, '') + (m[3] ? '.' + m[3] : '')
  const value = Number((m[1] === '-' ? '-' : '') + digits)
  if (!Number.isFinite(value)) return { kind: 'text', value: null, unit: null }
  const unit = m[4] === '万元' || m[4] === '元' || m[4] === '亿元' || m[4] === '万' ? m[4] : null
  return { kind: 'number', value: Object.is(value, -0) ? 0 : value, unit }
}

/** Split a cell holding several space-separated values ("0 0 0") into its values, or null. */
export function splitValueRun(raw: string): string[] | null {
  const parts = raw.trim().split(/\s+/)
  if (parts.length < 2) return null
  const joined: string[] = []
  for (const p of parts) {
    if (/^(万元|亿元|元)$/.test(p) && joined.length) joined[joined.length - 1] += ' ' + p
    else joined.push(p)
  }
  if (joined.length < 2 || !joined.every((p) => parseCellValue(p).kind !== 'text')) return null
  return joined
}
