/**
 * Saved report web pages → the same `LineNode[]` the text tokenizer produces: one
 * `paragraph` line per block of text, one `grid-row` line per `<tr>` (spans expanded).
 */
import type { Element, Nodes, Root } from 'hast'
import { fromHtml } from 'hast-util-from-html'
import type { Point } from 'unist'
import { type GridCell, type Grid, colspanOf, newGrid, placeRow, rowspanOf } from './grid.ts'
import { contains, elementsOf, isBlock, isCell, isLink, isNoise } from './elements.ts'
import { rowLine, safeTitle, sourceOrder, textLine, titleOf } from './page.ts'
import { type Piece, type Segment, isNavigation, pieceOf } from './text.ts'
import type { LineNode } from '../../types.ts'

/** What a saved web page yields: its lines, its `<title>`, and why reading stopped early (if it did). */
export interface HtmlLines {
  lines: LineNode[]
  title: string | null
  /** Set when the page could not be read completely (e.g. nesting too deep); lines read so far are kept. */
  problem?: string
  /** Source offset where the markup of each line begins: a row's `<tr>`, a paragraph's first text node. */
  anchors: Map<LineNode, number>
}

/** Walking state: the source, the lines so far and the text of the open block. */
interface Walk {
  source: string
  lines: LineNode[]
  segs: Segment[]
  anchors: Map<LineNode, number>
  /** How many `<a href>` the walk is inside. */
  links: number
  /** Drop lines that are only links (page navigation); cell text keeps them. */
  dropLinks: boolean
}

type Sink = (piece: Piece) => void

const ORIGIN: Point = { line: 1, column: 1, offset: 0 }

/** Parse an HTML page into report lines; never throws, malformed markup still yields lines. */
export function htmlLines(html: string): HtmlLines {
  const walk: Walk = { source: html, lines: [], segs: [], anchors: new Map(), links: 0, dropLinks: true }
  const sink: Sink = (p) => {
    const line = textLine(p)
    walk.lines.push(line)
    if (p.from !== undefined) walk.anchors.set(line, p.from)
  }
  let tree: Root | null = null
  try {
    tree = fromHtml(html)
    visit(tree, walk, sink)
    flush(walk, sink)
  } catch (error) {
    const problem = `页面无法完整读取（${error instanceof RangeError ? '标签嵌套过深' : String(error)}）`
    return { lines: sourceOrder(walk.lines), title: tree ? safeTitle(tree) : null, problem, anchors: walk.anchors }
  }
  return { lines: sourceOrder(walk.lines), title: titleOf(tree), anchors: walk.anchors }
}

/** Walk children in document order: text gathers into the open block, blocks and `<br>` end it. */
function visit(node: Root | Element, walk: Walk, sink: Sink): void {
  for (const child of node.children as Nodes[]) {
    if (child.type === 'text') walk.segs.push({ value: child.value, node: child, link: walk.links > 0 })
    if (child.type !== 'element' || isNoise(child)) continue
    if (child.tagName === 'br') flush(walk, sink)
    else if (child.tagName === 'table') {
      flush(walk, sink)
      table(child, walk, sink)
    } else {
      const block = isBlock(child)
      const link = isLink(child)
      if (block) flush(walk, sink)
      if (link) walk.links++
      visit(child, walk, sink)
      if (link) walk.links--
      if (block) flush(walk, sink)
    }
  }
}

/** Walk one element as a block of its own. */
function visitBlock(el: Element, walk: Walk, sink: Sink): void {
  flush(walk, sink)
  visit(el, walk, sink)
  flush(walk, sink)
}

/** End the open block: hand its text to `sink` if it has any and is not page navigation. */
function flush(walk: Walk, sink: Sink): void {
  if (walk.segs.length === 0) return
  const piece = pieceOf(walk.segs, walk.source, walk.segs[0].node.position?.start ?? ORIGIN)
  const navigation = walk.dropLinks && isNavigation(walk.segs)
  walk.segs = []
  if (piece && !navigation) sink(piece)
}

/** Emit a table's caption as text and its rows, one row group (thead/tbody/tfoot) per grid. */
function table(el: Element, walk: Walk, sink: Sink): void {
  let direct: Grid | null = null
  for (const part of elementsOf(el)) {
    if (isNoise(part)) continue
    if (part.tagName === 'tr') row(part, (direct ??= newGrid()), walk, sink)
    else if (['thead', 'tbody', 'tfoot'].includes(part.tagName)) {
      const grid = newGrid()
      for (const tr of elementsOf(part)) if (tr.tagName === 'tr' && !isNoise(tr)) row(tr, grid, walk, sink)
    } else visitBlock(part, walk, sink)
  }
  flush(walk, sink)
}

/** Emit one `<tr>` as an `grid-row` line, or walk it as page layout when a cell holds a table or an article. */
function row(tr: Element, grid: Grid, walk: Walk, sink: Sink): void {
  const tds = elementsOf(tr).filter((c) => isCell(c) && !isNoise(c))
  const nested = tds.some((td) => contains(td, 'table'))
  const pieces = nested ? [] : tds.map((td) => cellPieces(td, walk))
  if (nested || pieces.some((ps) => ps.length >= 2 && ps.reduce((n, p) => n + p.text.length, 0) > 200)) {
    for (const td of tds) visitBlock(td, walk, sink)
    return
  }
  const trStart = tr.position?.start ?? tds[0]?.position?.start ?? ORIGIN
  const cells: GridCell[] = tds.map((td, i) => {
    const at = td.position?.start ?? trStart
    const text = pieces[i].map((p) => p.text).join('')
    const point = pieces[i][0]?.start ?? at
    return { text, point, at, colspan: colspanOf(td.properties.colSpan), rowspan: rowspanOf(td.properties.rowSpan) }
  })
  const first = cells.find((c) => c.text !== '')
  const line = rowLine(placeRow(grid, cells, trStart), first?.point ?? trStart, tr.position?.end ?? trStart)
  walk.lines.push(line)
  if (tr.position?.start.offset !== undefined) walk.anchors.set(line, tr.position.start.offset)
}

/** The blocks of text inside one cell (several `<p>`s or `<br>`-separated runs). */
function cellPieces(td: Element, walk: Walk): Piece[] {
  const pieces: Piece[] = []
  const inner: Walk = { source: walk.source, lines: [], segs: [], anchors: new Map(), links: walk.links, dropLinks: false }
  const sink: Sink = (p) => pieces.push(p)
  visit(td, inner, sink)
  flush(inner, sink)
  return pieces
}
