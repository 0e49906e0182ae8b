/**
 * The page flow → blocks. Lines of running text are joined into paragraphs where the text
 * wraps: the line before reaches the right margin and the line after starts at the left one,
 * in the same font, with no gap, and is not a heading (一、… （一）…) or a table row standing alone
 * (a label and two or more values cut apart by wide gaps: the last row of a page whose table goes
 * on overleaf, too short to be found as a table here). A paragraph may wrap onto the next page;
 * its page marker then follows it. Titles in a larger font join their wraps.
 */
import type { Block } from '../blocks.ts'
import { lineChunks, valueCount } from './chunks.ts'
import { isWide } from './runs.ts'
import type { TextLine } from './text-lines.ts'

/** A line with the page it is on and the margins of the text there. */
export interface FlowLine {
  kind: 'line'
  line: TextLine
  page: number
  left: number
  right: number
}

/** What a page holds, in reading order: its start, lines and table rows. */
export type FlowItem = { kind: 'page'; number: number } | FlowLine | { kind: 'rows'; rows: Block[] }

const HEADING =
  /^(?:[一二三四五六七八九十]{1,3}\s*[、.．]|[（(]\s*[一二三四五六七八九十]{1,3}\s*[)）]|第[一二三四五六七八九十]{1,3}[章节部分])/

/** Whether a line opens a section or subsection. */
export function isHeading(text: string): boolean {
  return HEADING.test(text.trim())
}

/** Whether `next` continues the paragraph whose last line is `prev` (`body`: the body font size). */
export function continues(prev: FlowLine, next: FlowLine, body: number): boolean {
  const a = prev.line
  const b = next.line
  if (isHeading(b.text) || isTableRow(a) || isTableRow(b)) return false
  const size = Math.max(a.size, b.size)
  const samePage = prev.page === next.page
  if (samePage && b.base - a.base > 2.3 * size) return false
  if (Math.abs(a.size - b.size) > 0.15 * size) return false
  // A title in a larger font wraps onto centred lines.
  if (samePage && a.size >= 1.15 * body) return true
  return a.x1 >= prev.right - 1.5 * a.size && b.x0 <= next.left + 0.8 * b.size
}

/** Whether a line is a table row: text cut by wide gaps, ending in two or more values. */
function isTableRow(line: FlowLine['line']): boolean {
  return valueCount(lineChunks(line)) >= 2
}

/** Join a paragraph and its next line: no space where either side is CJK. */
export function joinWrapped(text: string, line: string): string {
  return isWide(text.at(-1)) || isWide(line[0]) ? text + line : `${text} ${line}`
}

/** Turn the flow into blocks, joining wrapped lines into paragraphs. */
export function flowBlocks(items: readonly FlowItem[], body: number): Block[] {
  const blocks: Block[] = []
  let open: { text: string; last: FlowLine } | null = null
  let held: Block[] = []
  const close = (): void => {
    if (open) blocks.push({ kind: 'paragraph', text: open.text })
    open = null
    blocks.push(...held)
    held = []
  }
  for (const item of items) {
    if (item.kind === 'page') {
      if (open) held.push(item)
      else blocks.push(item)
    } else if (item.kind === 'rows') {
      close()
      blocks.push(...item.rows)
    } else if (open && continues(open.last, item, body)) {
      open = { text: joinWrapped(open.text, item.line.text), last: item }
    } else {
      close()
      open = { text: item.line.text, last: item }
    }
  }
  close()
  return blocks
}
