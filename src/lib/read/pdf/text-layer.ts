/**
 * Whether a PDF's text layer can be trusted. A scan has no text (or a few stray characters);
 * a font without a Unicode map gives private-use code points, U+FFFD or Latin-1 mojibake. In
 * both cases the numbers cannot be read, and no number is better than a wrong one.
 */
import type { PageContent } from './page-content.ts'

/** A problem with the whole text layer: the rule and the message. */
export interface TextLayerProblem {
  ruleId: 'pdf-no-text' | 'pdf-garbled' | 'pdf-unreadable'
  message: string
}

/** Fewer characters than this per page (on average) is no text layer. */
const MIN_CHARS_PER_PAGE = 10

/** Characters that no real text layer is made of. */
const UNMAPPED = /[\uFFFD\uE000-\uF8FF\u0000-\u0008\u000E-\u001F\u007F-\u009F\u{F0000}-\u{10FFFF}]/gu

/** Count the matches of a global regular expression. */
function count(text: string, re: RegExp): number {
  return text.match(re)?.length ?? 0
}

/** A few of the unreadable characters, as code points (they do not print). */
function sampleOf(chars: string): string {
  const odd = new Set([...chars].filter((c) => count(c, UNMAPPED) > 0 || /[\u00C0-\u024F]/.test(c)))
  return [...odd]
    .slice(0, 4)
    .map((c) => `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`)
    .join('、')
}

/** The problem with the text layer of `pages`, or null when it reads as text. */
export function textLayerProblem(pages: readonly PageContent[]): TextLayerProblem | null {
  const broken = pages.find((p) => p.problem)
  if (broken && pages.every((p) => p.problem)) {
    return {
      ruleId: 'pdf-unreadable',
      message: `PDF 无法读取：所有页面都无法解析（pdf.js 报告：${broken.problem}）（建议：重新下载，或向发布单位索取原件）`,
    }
  }
  const chars = pages.map((p) => p.chars).join('')
  const total = [...chars].length
  if (total < MIN_CHARS_PER_PAGE * Math.max(1, pages.length) && count(chars, /[\u4e00-\u9fff]/g) < 20) {
    return {
      ruleId: 'pdf-no-text',
      message: `PDF 是扫描件，没有文字层：${pages.length} 页中只读到 ${total} 个字符，无法读取报告内容（建议：向发布单位索取可复制文字的 PDF 或 Word 原件）`,
    }
  }
  const unmapped = count(chars, UNMAPPED)
  const cjk = count(chars, /[\u3400-\u9fff]/g)
  const latin1 = count(chars, /[\u00C0-\u024F]/g)
  if (unmapped > 0.05 * total || (cjk < 0.05 * total && latin1 > 0.2 * total)) {
    return {
      ruleId: 'pdf-garbled',
      message: `PDF 的文字层是乱码（字体缺少字符映射，${unmapped + latin1} / ${total} 个字符无法识别，如 ${sampleOf(chars)}），不能从中读取数字（建议：向发布单位索取可复制文字的 PDF 或 Word 原件）`,
    }
  }
  return null
}

/** Share of a page's characters that may be unmapped before the page counts as garbled. */
const GARBLED_PAGE = 0.2

/** Pages of an otherwise readable PDF that say nothing: no text (a scan, a blank page), garbled text, or a read error. */
export function silentPages(pages: readonly PageContent[]): { blank: number[]; garbled: number[]; broken: number[] } {
  const garbled = (p: PageContent): boolean => p.chars.length >= 20 && count(p.chars, UNMAPPED) > GARBLED_PAGE * p.chars.length
  return {
    blank: pages.filter((p) => p.runs.length === 0 && !p.problem).map((p) => p.number),
    garbled: pages.filter(garbled).map((p) => p.number),
    broken: pages.filter((p) => p.problem).map((p) => p.number),
  }
}
