/**
 * Web pages as CMSs publish them often hold the whole article on one line. The engine and the
 * site know a line of the report by its line number (section stops, header and tail, every
 * number's link into the source view), so a long source line holding several blocks is broken
 * before the markup of each block: a line break between tags changes nothing the page shows.
 * The source view shows the page with those breaks; lines a reader takes in at a glance stay.
 */
import type { LineNode } from '../../types.ts'
import { type HtmlLines, htmlLines } from './lines.ts'

/** A source line longer than this that holds several blocks is broken between them. */
const longLine = 200

/** A start tag (not `<br>`, which ends the line before it), as a whole. */
const startTag = /^<(?!br\b)[a-z][a-z0-9]*\b[^<>]*>$/i

/** The page's lines and the text the source view shows: the page, with long shared lines broken. */
export interface PageLines extends HtmlLines {
  source: string
}

/** Read a page into lines, breaking long lines that hold several blocks; falls back to the page as written. */
export function pageLines(html: string): PageLines {
  const first = htmlLines(html)
  const broken = first.problem ? null : brokenSource(html, first)
  if (broken === null) return { ...first, source: html }
  const again = htmlLines(broken)
  return !again.problem && sameLines(first.lines, again.lines) ? { ...again, source: broken } : { ...first, source: html }
}

/** Where a block's markup begins: back from its first text over the start tags that open it. */
function markupStart(source: string, from: number): number {
  let at = from
  for (;;) {
    let end = at
    while (end > 0 && (source[end - 1] === ' ' || source[end - 1] === '\t')) end--
    if (source[end - 1] !== '>') return at
    const open = source.lastIndexOf('<', end - 1)
    if (open < 0 || !startTag.test(source.slice(open, end))) return at
    at = open
  }
}

/** Offsets where each source line starts. */
function lineStarts(source: string): number[] {
  const starts = [0]
  for (const m of source.matchAll(/\r\n|\r|\n/g)) starts.push(m.index + m[0].length)
  return starts
}

/** The page with a line break before each block of its long shared lines, or null when none needs one. */
function brokenSource(source: string, page: HtmlLines): string | null {
  const byLine = new Map<number, LineNode[]>()
  for (const node of page.lines) byLine.set(node.position.start.line, [...(byLine.get(node.position.start.line) ?? []), node])
  const starts = lineStarts(source)
  const breaks = new Set<number>()
  for (const [line, nodes] of byLine) {
    const begin = starts[line - 1] ?? 0
    const end = starts[line] ?? source.length
    if (nodes.length < 2 || end - begin <= longLine) continue
    for (const node of nodes) {
      const anchor = page.anchors.get(node)
      if (anchor === undefined) continue
      const at = markupStart(source, anchor)
      if (at > begin && source.slice(begin, at).trim() !== '') breaks.add(at)
    }
  }
  if (breaks.size === 0) return null
  const cuts = [...breaks].sort((a, b) => a - b)
  return cuts.map((at, i) => source.slice(i === 0 ? 0 : cuts[i - 1], at)).join('\n') + '\n' + source.slice(cuts.at(-1))
}

/** Whether two readings of a page give the same lines (text, layout and cells), positions aside. */
function sameLines(a: LineNode[], b: LineNode[]): boolean {
  const key = (l: LineNode): string => `${l.layout}\u0000${l.cells.map((c) => c.text).join('\u0001')}`
  return a.length === b.length && a.every((l, i) => key(l) === key(b[i]!))
}
