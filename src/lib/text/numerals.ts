/**
 * Numerals as reports write them: full-width digits (２０２１), positional Chinese years
 * (二〇二一, 二○二一, 二零二一, 二O二一) and Chinese counts with 十 (十二, 二十二, 三十一).
 */

/** Value of each Chinese digit character, zero look-alikes included. */
const digitValue: Readonly<Record<string, number>> = {
  〇: 0,
  '○': 0,
  零: 0,
  O: 0,
  Ｏ: 0,
  '0': 0,
  '０': 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
}

/** Character class source for a Chinese digit, zero look-alikes included ("二0二一"), for building patterns. */
export const chineseDigit = '[〇○零OＯ0０一二两三四五六七八九]'

/** Character class source for a Chinese count up to 99 (for building patterns). */
export const chineseCount = '[一二两三四五六七八九十]{1,3}'

/** Fold full-width digits (０–９) to ASCII; the length of the text is unchanged. */
export function foldDigits(text: string): string {
  return text.replace(/[０-９]/g, (d) => String(d.charCodeAt(0) - 0xff10))
}

/** Value of a positional digit string ("二〇二一" → 2021), or null when a character is not a digit. */
function positional(text: string): number | null {
  let value = 0
  for (const ch of text) {
    const d = digitValue[ch]
    if (d === undefined) return null
    value = value * 10 + d
  }
  return value
}

/** Value of a Chinese numeral ("二〇二一", "十", "二十二", "三十一"), or null when it is not one. */
export function chineseInteger(text: string): number | null {
  if (text === '') return null
  const ten = text.indexOf('十')
  if (ten < 0) return positional(text)
  if (text.indexOf('十', ten + 1) >= 0) return null
  const tens = ten === 0 ? 1 : positional(text.slice(0, ten))
  const units = ten === text.length - 1 ? 0 : positional(text.slice(ten + 1))
  if (tens === null || units === null || tens > 9 || units > 9) return null
  return tens * 10 + units
}

/** Value of a number written with ASCII, full-width or Chinese digits, or null. */
export function numberOf(text: string): number | null {
  const folded = foldDigits(text.trim())
  if (/^\d+$/.test(folded)) return Number(folded)
  return chineseInteger(folded)
}
