/**
 * Dates as reports write them: 2022年1月4日, 2022 年 1 月 4 日, 二〇二二年一月四日, 2022-01-04,
 * 2022.1.4, 2022/1/4, full-width digits. Only real calendar dates are returned.
 */
import { chineseCount, chineseDigit, foldDigits, numberOf } from '../../text/numerals.ts'
import { isoDate } from '../../text/iso-date.ts'

/** A date found in a text: ISO form and where it was written. */
export interface DateMatch {
  iso: string
  index: number
  length: number
}

/** Date patterns; groups are year, month, day. */
const datePatterns: readonly RegExp[] = [
  /(?<!\d)(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]/g,
  new RegExp(`(${chineseDigit}{4})\\s*年\\s*(${chineseCount})\\s*月\\s*(${chineseCount})\\s*[日号]`, 'g'),
  /(?<![\d.])(\d{4})\s*([-./／])\s*(\d{1,2})\s*\2\s*(\d{1,2})(?![\d.])/g,
]

/** Words around a date that still make the line a date line: 日期：… / …印发. */
const dateLabel = /^(?:(?:发布|印发|成文|签发|报告)?(?:日期|时间)[:：]?)?$/
const dateSuffix = /^(?:印发|发布|制发|签发|制)?$/

/** An organ signing on the date line itself ("某某镇人民政府  2022年1月4日"). */
const signature = /^[^\s。，,；;：:《》“”]{2,30}(?:人民政府|政府|办事处|委员会|管委会|办公室|局)$/

/** Every real date written in `text`, in order of position. */
export function findDates(text: string): DateMatch[] {
  const folded = foldDigits(text)
  const found: DateMatch[] = []
  for (const pattern of datePatterns) {
    for (const m of folded.matchAll(pattern)) {
      const parts = m.length === 5 ? [m[1], m[3], m[4]] : [m[1], m[2], m[3]]
      const [y, mo, d] = parts.map((p) => numberOf(p!))
      const iso = y !== null && mo !== null && d !== null ? isoDate(y!, mo!, d!) : null
      if (iso) found.push({ iso, index: m.index, length: m[0].length })
    }
  }
  return found.sort((a, b) => a.index - b.index)
}

/** A line that is a date (optionally labelled, bracketed, signed, or "…印发"): the date and the signing organ, if any. */
export function dateLine(text: string): { iso: string; lead: string } | null {
  const compact = text.replace(/\s+/g, '')
  const dates = findDates(compact)
  if (dates.length !== 1) return null
  const { iso, index, length } = dates[0]!
  const lead = compact.slice(0, index).replace(/[（(]$/, '')
  const tail = compact
    .slice(index + length)
    .replace(/^[）)]/, '')
    .replace(/[。.]$/, '')
  if (!dateSuffix.test(tail)) return null
  if (dateLabel.test(lead)) return { iso, lead: '' }
  return signature.test(lead) ? { iso, lead } : null
}

/** A date given by a web page's label anywhere in a line: "发布日期: 2021-01-29  来源:…", "发布时间：2021-01-25 11:06:31". */
export function labelledDate(text: string): string | null {
  const m = /(?:发布|发文|成文|印发)(?:日期|时间)\s*(?:[:：]\s*|\s+)/.exec(text)
  if (!m) return null
  // A time after the date ("2021-01-25 11:06:31") must not run into its day once spaces go.
  const rest = text
    .slice(m.index + m[0].length)
    .replace(/(\d)\s+\d{1,2}:\d{2}(?::\d{2})?/, '$1')
    .replace(/\s+/g, '')
  const first = findDates(rest)[0]
  return first && first.index === 0 ? first.iso : null
}
