/**
 * Find the report title in the header lines (before the first section): the line naming a
 * 年度报告 / 工作报告, joined with the line before it when the title was split in two
 * ("吉尔格勒特郭楞蒙古民族乡" / "政府信息公开工作2020年度报告").
 */
import type { LineNode } from '../../types.ts'
import { chineseDigit } from '../../text/numerals.ts'

/** The title as found: its text and the first and last line it spans. */
export interface TitleMatch {
  text: string
  line: number
  endLine: number
}

/** Words that make a line a report title once whitespace is removed. */
const titleWords = /年度报告|工作报告|年报/

/** A covering notice "关于印发《…年度报告》的通知": the report title is the quoted one. */
const quotedTitle = /《([^》]*(?:年度报告|工作报告|年报)[^》]*)》/

/** A title line starting with these has lost its organ name to the line before. */
const headless = new RegExp(`^(?:政府信息公开|政务信息公开|政务公开|信息公开|年度|[0-9０-９]{4}|${chineseDigit}{4}年)`)

/** Header lines that are never part of a title: 文件/便函 mastheads, 签发人, document numbers, a web page's breadcrumbs and labels. */
const notTitle =
  /(?:文件|便函|公函|函)$|签发人|[〔\[［【（(]\s*\d{4}\s*[〕\]］】）)]|[>›»]|当前位置|所在的位置|所在位置|索引号|发布机构|发布日期|关键词|^(?:信息分类|分类|栏目|主题分类)[:：]/

/** Sentence punctuation: a line with it is narrative, not a title. */
const sentence = /[，,。；;！!？?]/

/** Drop markdown heading marks and collapse whitespace: spaces between two CJK characters (letter-spacing) go, others become one. */
export function tidyTitle(text: string): string {
  return text
    .replace(/^\s*#{1,6}\s*/, '')
    .trim()
    .replace(/\s+/g, ' ')
    .replace(/(?<=[\u3000-\u9fff\uff00-\uffef]) (?=[\u3000-\u9fff\uff00-\uffef])/g, '')
}

/** True when `text` could be one line of a title. */
function titleLike(text: string): boolean {
  const compact = text.replace(/\s+/g, '')
  return compact.length > 0 && compact.length <= 60 && !sentence.test(compact) && !notTitle.test(compact)
}

/** Find the report title among `header` (non-blank header lines in order), or null. */
export function findTitle(header: LineNode[]): TitleMatch | null {
  const candidates = header.filter((l) => titleWords.test(l.text.replace(/\s+/g, '')) && titleLike(l.text))
  // A saved web page repeats words like 年报 in menus and labels: prefer the line that names a year.
  const named = candidates.find((l) => /(?:19|20)\d{2}\s*年|年度报告|工作报告/.test(l.text)) ?? candidates[0]
  const at = named ? header.indexOf(named) : -1
  if (at < 0) return null
  const line = header[at]!
  const text = tidyTitle(quotedTitle.exec(line.text)?.[1] ?? line.text)
  const end = line.position.start.line
  const prev = header[at - 1]
  if (prev && headless.test(text.replace(/\s+/g, '')) && titleLike(prev.text) && prev.text.replace(/\s+/g, '').length <= 30) {
    return { text: tidyTitle(prev.text) + text, line: prev.position.start.line, endLine: end }
  }
  return { text, line: end, endLine: end }
}
