/**
 * Read one table cell: a number, zero ("无"), not reported (blank, "-", "/", "—"), or text.
 * The engine never invents a number: `value` is always the number written in `raw` (in digits,
 * or in Chinese numerals such as 十二, which a cell must never lose as 未填报).
 */
import { chineseInteger } from '../text/numerals.ts'

/** What a cell's text turned out to be. */
export interface CellValue {
  kind: 'number' | 'blank' | 'text'
  value: number | null
  unit: string | null
}

const notReported = /^(?:[-－—–─_／/\\、*×xX]+|—+|空|不适用)$/
const zeroWords = /^(?:无|无。|零|〇|没有)$/
const numberWithUnit = /^([+\-±]?)\s*(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?\s*(万元|亿元|元|万|件|个|项|条|次|宗|人次|份)?$/

/** A count written in Chinese numerals: 十二, 二十, 三十一 (10–99), or one digit with its unit (三件). */
const chineseCount = /^(?:([一二三四五六七八九]?十[一二三四五六七八九]?)(件|个|项|条|次)?|([一二三四五六七八九两])(件|个|项|条|次))$/

const memo = new Map<string, CellValue>()

/** Digits only, few enough to stay an exact integer. */
const plainDigits = /^\d{1,15}$/

/** The readings of the counts below `smallCount`, made once (callers never change a reading). */
const smallCount = 1000
const smallNumbers: CellValue[] = []

/** Parse the text of one cell (memoised for short cells: the same few values recur). */
export function parseCellValue(raw: string): CellValue {
  // Plain digits, the most frequent cell, need no look-up: "12" reads as 12 with no unit.
  if (plainDigits.test(raw)) {
    const value = Number(raw)
    if (value >= smallCount) return { kind: 'number', value, unit: null }
    return (smallNumbers[value] ??= { kind: 'number', value, unit: null })
  }
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
  if (!m) return chineseValue(text)
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

/** A cell written in Chinese numerals read as its number (raw keeps the writing), else text. */
function chineseValue(text: string): CellValue {
  const m = chineseCount.exec(text)
  const numeral = m ? (m[1] ?? m[3]!).replace('两', '二') : null
  const value = numeral ? chineseInteger(numeral) : null
  return value === null ? { kind: 'text', value: null, unit: null } : { kind: 'number', value, unit: null }
}
