/**
 * Radicals that stand in for ideographs. Many PDFs (Word, WPS, browsers printing to PDF) map some
 * glyphs to Kangxi radicals (U+2F00–U+2FD5: ⾏ for 行, ⼀ for 一) or to CJK radical supplements
 * (⺠ for 民): they look the same and read wrong ("⾏政许可" is not 行政许可). Unicode folds the
 * Kangxi radicals and compatibility ideographs (NFKC); the supplement ones are listed here.
 * Text copied out of such PDFs into .txt files carries them too, so every reader folds them
 * (src/lib/read/decode.ts `normaliseText`).
 */

/** CJK Radicals Supplement characters used for a whole ideograph, and that ideograph. */
const SUPPLEMENT: Record<string, string> = {
  '⺟': '母',
  '⺠': '民',
  '⺼': '月',
  '⻄': '西',
  '⻅': '见',
  '⻆': '角',
  '⻉': '贝',
  '⻋': '车',
  '⻓': '长',
  '⻔': '门',
  '⻛': '风',
  '⻜': '飞',
  '⻢': '马',
  '⻣': '骨',
  '⻤': '鬼',
  '⻥': '鱼',
  '⻦': '鸟',
  '⻧': '卤',
  '⻨': '麦',
  '⻩': '黄',
  '⻪': '黾',
  '⻰': '龙',
  '⻳': '龟',
}

const RADICAL = /[\u2e80-\u2fdf\uf900-\ufaff]/

/** Replace radicals standing for ideographs by the ideographs (one UTF-16 unit for one, so columns stay put). */
export function foldRadicals(text: string): string {
  if (!RADICAL.test(text)) return text
  return text.replace(/[\u2e80-\u2fdf\uf900-\ufaff]/g, (ch) => {
    const folded = SUPPLEMENT[ch] ?? ch.normalize('NFKC')
    return folded.length === 1 ? folded : ch
  })
}
