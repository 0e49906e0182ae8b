/**
 * The reader of Markdown files (`.md`, `.markdown`), with remark. The text reader reads the file
 * first (decoding, front matter and its diagnostics, one line node per source line); remark then
 * upgrades the blocks it really understands, block by block:
 * - a GFM table (it has a `|---|` delimiter row) becomes `grid-row` lines;
 * - a paragraph or heading becomes `paragraph` lines, one per source line, without markup —
 *   unless one of its lines is a table row as text (tabs, `|` cells, space-aligned columns): such
 *   a block is text exported as .md (from PDF or Word, or `|` rows without a delimiter row, or
 *   one cell per line between `|` lines), and the text reader's cells are the right reading;
 * - any other block (lists, quotes, code) keeps the text reader's lines: a list marker such as
 *   "1." is part of a label ("1. 属于国家秘密"), and an indented code block is usually
 *   space-aligned pdftotext output.
 */
import type { Nodes, Root } from 'mdast'
import type { LineNode } from '../../types.ts'
import { normaliseText } from '../decode.ts'
import { splitFrontMatter } from '../front-matter.ts'
import type { Reader } from '../reader.ts'
import { textReader } from '../text-reader.ts'
import { proseLines, tableLines } from './block-lines.ts'
import { markdownTree } from './tree.ts'

/** Text-reader layouts that mean a line is a table row written as text. */
const tabular = new Set(['tab', 'pipe', 'spaces'])

export const markdownReader: Reader = {
  name: 'markdown',
  extensions: ['.md', '.markdown'],
  async read(bytes, file) {
    const root = await textReader.read(bytes, file)
    if (!root) return null
    const text = normaliseText(String(file.value))
    const { bodyStartLine } = splitFrontMatter(text)
    return { ...root, children: upgraded(root.children, markdownTree(text), text.split('\n'), bodyStartLine) }
  },
}

/** The text reader's lines with the lines of every block remark understands replaced. */
function upgraded(lines: LineNode[], tree: Root, rows: readonly string[], bodyStartLine: number): LineNode[] {
  // A source line's new line node; lines without one (a table's |---| row) keep the text reader's.
  const byLine = new Map<number, LineNode>()
  const replace = (nodes: LineNode[]): void => nodes.forEach((node) => byLine.set(node.position.start.line, node))
  const visit = (node: Nodes, top: boolean): void => {
    const at = node.position
    if (!at || at.start.line < bodyStartLine) return
    if (node.type === 'table') replace(tableLines(node, rows))
    else if (top && (node.type === 'paragraph' || node.type === 'heading') && !hasTextTable(lines, at.start.line, at.end.line))
      replace(proseLines(node, rows))
    else if ('children' in node) for (const child of node.children) visit(child as Nodes, false)
  }
  for (const child of tree.children) visit(child, true)
  return lines.map((line) => byLine.get(line.position.start.line) ?? line)
}

/** Whether any source line from `from` to `to` is a table row as the text reader reads it (its lines are one per source line). */
function hasTextTable(lines: readonly LineNode[], from: number, to: number): boolean {
  return lines.slice(from - 1, to).some((l) => tabular.has(l.layout))
}
