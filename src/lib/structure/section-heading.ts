/**
 * Read one line as a possible section heading: its numeral, the section its words name, the
 * title as written, and how sure the shape makes us. Choosing among candidates is `sections.ts`.
 */
import type { LineNode } from '../types.ts'
import { chineseInteger } from '../text/numerals.ts'
import { isSpaceCode } from '../text/whitespace.ts'
import { mayNameSection, sectionOfExactTitle, sectionOfWords, titleLength, type SectionNumber } from '../template/section-words.ts'

/** A line that may be the heading of one of the six sections. */
export interface HeadingCandidate {
  number: SectionNumber
  /** The outline numeral written before the words (一 → 1), or null when none. */
  numeral: number | null
  /** True when the words are a complete heading ("存在的主要问题及改进情况"), not just a keyword. */
  exact: boolean
  /** True when the heading shares its row with a narrative cell. */
  inRow: boolean
  title: string
  line: number
}

/** Outline numeral prefix: 一、 一． 一. 第一部分 — or a bare 一 directly followed by the words. */
const numeralPrefix = /^(?:第([一二三四五六七八九十])部分|([一二三四五六七八九十])(?![一二三四五六七八九十]))([、､,，.．:：·]?)/

/** Where the narrative after a heading starts. */
const sentenceBreak = /[。；;：:，,！!？?]/

/** How much of a line is read to find a heading in it (headings are far shorter). */
const headWindow = 160

/** Longest heading text (numeral excluded, whitespace removed) we still call a heading. */
const maxTitleLength = 30

/** Offset in `text` just past its `count`-th non-whitespace character. */
function offsetAfter(text: string, count: number): number {
  let seen = 0
  for (let i = 0; i < text.length; i++) {
    if (isSpaceCode(text.charCodeAt(i))) continue
    if (++seen === count) return i + 1
  }
  return text.length
}

/** The text to read as a heading and whether it shares its row, or null for a table row. */
function headingText(line: LineNode): { text: string; inRow: boolean } | null {
  let filled = 0
  let first = line.text
  let second = ''
  let short = true
  for (const c of line.cells) {
    if (c.text === '') continue
    if (filled === 0) first = c.text
    else if (filled === 1) second = c.text
    if (c.text.length > 3) short = false
    filled++
  }
  if (filled <= 1) return { text: first, inRow: false }
  if (line.layout === 'spaces' && short) return { text: line.text, inRow: false }
  if (filled === 2 && second.length >= 8) return { text: first, inRow: true }
  return null
}

/** Read `line` as a section heading candidate, or null when it cannot be one. */
export function headingCandidate(line: LineNode): HeadingCandidate | null {
  if (line.blank) return null
  const source = headingText(line)
  if (!source || !mayNameSection(source.text)) return null
  if (!/[\u4e00-\u9fff].{0,3}[\u4e00-\u9fff]/.test(source.text)) return null
  const written = source.text.replace(/^\s*#{1,6}\s*/, '').trim()
  // Without an outline numeral a heading is its words alone, far shorter than this: skip prose fast.
  if (written.length > 60 && !/^[一二三四五六七八九十第]/.test(written)) return null
  // A heading is short: only the start of a long line (a paragraph) needs reading.
  const truncated = written.length > headWindow
  const compact = (truncated ? written.slice(0, headWindow) : written).replace(/\s+/g, '')
  if (/^[（(【\[]/.test(compact)) return null
  const m = numeralPrefix.exec(compact)
  const numeral = m ? chineseInteger(m[1] ?? m[2]!) : null
  const prefix = m ? m[0].length : 0
  const rest = compact.slice(prefix)
  const cut = rest.search(sentenceBreak)
  const head = cut < 0 ? rest : rest.slice(0, cut)
  const words = sectionOfWords(head)
  if (!words || words.number === null) return null
  const length = titleLength(head, words.end)
  const exact = sectionOfExactTitle(head.slice(0, length)) === words.number
  const bare = !m || m[3] === ''
  if (length > maxTitleLength || (bare && !exact)) return null
  if (!m && (source.inRow || !['plain', 'spaces', 'paragraph'].includes(line.layout))) return null
  if (!m && (truncated || rest.length !== length)) return null
  const title = written.slice(0, offsetAfter(written, prefix + length)).trim()
  return { number: words.number, numeral, exact, inRow: source.inRow, title, line: line.position.start.line }
}
