/**
 * Page-level helpers of the HTML reader: the `<title>`, `paragraph` line nodes and source order.
 */
import type { Element, Root } from 'hast'
import { elementsOf } from './elements.ts'
import { type Piece, cleanText } from './text.ts'
import type { Point } from 'unist'
import type { CellToken, LineNode } from '../../types.ts'

/** The page `<title>` text, normalised; null when absent or empty. */
export function titleOf(node: Root | Element): string | null {
  for (const child of elementsOf(node)) {
    if (child.tagName === 'title') return cleanText(child.children.map((c) => (c.type === 'text' ? c.value : '')).join('')) || null
    const found = titleOf(child)
    if (found) return found
  }
  return null
}

/** The title, or null if even finding it fails. */
export function safeTitle(tree: Root): string | null {
  try {
    return titleOf(tree)
  } catch {
    return null
  }
}

/** An `paragraph` line holding one piece as its single cell. */
export function textLine(p: Piece): LineNode {
  const cell = { text: p.text, line: p.start.line, column: p.start.column }
  return { type: 'line', text: p.text, cells: [cell], layout: 'paragraph', blank: false, position: { start: p.start, end: p.end } }
}

/** An `grid-row` line: expanded cells joined by tabs, starting where its first text starts. */
export function rowLine(cells: CellToken[], start: Point, end: Point): LineNode {
  const text = cells.map((c) => c.text).join('\t')
  return {
    type: 'line',
    text,
    cells,
    layout: 'grid-row',
    blank: cells.every((c) => c.text === ''),
    position: { start: { ...start }, end: { ...end } },
  }
}

/** Sort lines by where they start in the source (the parser moves foster-parented text before its table). */
export function sourceOrder(lines: LineNode[]): LineNode[] {
  const key = (l: LineNode): number => l.position.start.offset ?? Number.POSITIVE_INFINITY
  return lines.every((l, i) => i === 0 || key(lines[i - 1]) <= key(l))
    ? lines
    : [...lines].sort((a, b) => (key(a) === key(b) ? 0 : key(a) < key(b) ? -1 : 1))
}
