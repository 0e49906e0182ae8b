/**
 * Word's list number formats (`w:numFmt`): the text of the n-th item of a level, for the
 * formats reports use (一、 （一） 1. ① 甲 …). Unknown formats fall back to decimal.
 */

const digits = '零一二三四五六七八九'
const legalDigits = '零壹贰叁肆伍陆柒捌玖'
const tiangan = '甲乙丙丁戊己庚辛壬癸'
const dizhi = '子丑寅卯辰巳午未申酉戌亥'

/** Chinese counting (一 … 十 十一 … 二十 … 一百零一), as Word's chineseCounting writes it; `legal` uses 壹贰叁. */
export function chineseCounting(n: number, legal = false): string {
  const d = legal ? legalDigits : digits
  const units = legal ? ['', '拾', '佰', '仟'] : ['', '十', '百', '千']
  if (n <= 0 || n >= 10000) return String(n)
  const parts = String(n).split('').map(Number)
  let out = ''
  let zero = false
  parts.forEach((digit, i) => {
    const unit = units[parts.length - 1 - i]
    if (digit === 0) zero = out !== ''
    else {
      out += (zero ? d[0] : '') + d[digit] + unit
      zero = false
    }
  })
  return !legal && n >= 10 && n < 20 ? out.slice(1) : out
}

/** Letters A … Z, AA … ZZ as Word counts them (27 → AA). */
function letters(n: number, upper: boolean): string {
  const ch = String.fromCharCode((upper ? 65 : 97) + ((n - 1) % 26))
  return ch.repeat(Math.floor((n - 1) / 26) + 1)
}

/** Roman numerals (1 … 3999). */
function roman(n: number, upper: boolean): string {
  if (n <= 0 || n >= 4000) return String(n)
  const table: Array<[number, string]> = [
    [1000, 'm'],
    [900, 'cm'],
    [500, 'd'],
    [400, 'cd'],
    [100, 'c'],
    [90, 'xc'],
    [50, 'l'],
    [40, 'xl'],
    [10, 'x'],
    [9, 'ix'],
    [5, 'v'],
    [4, 'iv'],
    [1, 'i'],
  ]
  let out = ''
  for (const [value, text] of table) {
    while (n >= value) {
      out += text
      n -= value
    }
  }
  return upper ? out.toUpperCase() : out
}

/** A number in an enclosed form (① ⑴ ⒈) from `first` (the code point of 1) up to `last`, else decimal. */
function enclosed(n: number, first: number, last: number): string {
  return n >= 1 && n <= last ? String.fromCodePoint(first + n - 1) : String(n)
}

/** The text of item `n` in Word number format `format`; '' for bullets and `none`. */
export function formatNumber(n: number, format: string): string {
  switch (format) {
    case 'chineseCounting':
    case 'chineseCountingThousand':
    case 'japaneseCounting':
    case 'taiwaneseCounting':
    case 'taiwaneseCountingThousand':
    case 'ideographDigital':
      return format === 'ideographDigital'
        ? String(n)
            .split('')
            .map((c) => digits[Number(c)])
            .join('')
        : chineseCounting(n)
    case 'chineseLegalSimplified':
    case 'ideographLegalTraditional':
    case 'japaneseLegal':
      return chineseCounting(n, true)
    case 'ideographTraditional':
      return tiangan[(n - 1) % 10] ?? String(n)
    case 'ideographZodiac':
      return dizhi[(n - 1) % 12] ?? String(n)
    case 'decimalEnclosedCircle':
    case 'decimalEnclosedCircleChinese':
    case 'ideographEnclosedCircle':
      return n <= 20 ? enclosed(n, 0x2460, 20) : String(n)
    case 'decimalEnclosedParen':
      return enclosed(n, 0x2474, 20)
    case 'decimalEnclosedFullstop':
      return enclosed(n, 0x2488, 20)
    case 'decimalZero':
      return n < 10 ? `0${n}` : String(n)
    case 'upperLetter':
    case 'lowerLetter':
      return n >= 1 ? letters(n, format === 'upperLetter') : String(n)
    case 'upperRoman':
    case 'lowerRoman':
      return roman(n, format === 'upperRoman')
    case 'bullet':
    case 'none':
      return ''
    default:
      return String(n)
  }
}
