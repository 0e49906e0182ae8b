/**
 * Split the text of a .txt/.md report into `LineNode`s, one per source line, with cells
 * split by tabs, pipes or runs of spaces (pdftotext -layout). Line numbers are 1-based and
 * match the source file exactly.
 */
import type { CellToken, LineLayout, LineNode } from '../types.ts'

/**
 * Markdown artefacts that wrap text: `**一是**` (as a pair around text only) and `<http://…>`
 * autolinks. Underscores are left alone: fill-in blanks (`____年`) and names with `__` are text.
 */
const markdownNoise = /\*\*(?=\S)(.+?)(?<=\S)\*\*|<(https?:\/\/[^>\s]+)>/gu

/** Remove markdown emphasis markers and autolink brackets, keeping the text length-free positions approximate. */
export function stripMarkdown(line: string): string {
  if (!line.includes('*') && !line.includes('<')) return line
  return line.replace(markdownNoise, (_m, strong?: string, url?: string) => strong ?? url ?? '')
}

/** A markdown table separator row such as `|---|:--:|`. */
const pipeRule = /^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$/

/** Split one line at `separator`, recording each cell's 1-based column. */
function splitCells(line: string, lineNumber: number, separator: RegExp): CellToken[] {
  const cells: CellToken[] = []
  let start = 0
  separator.lastIndex = 0
  for (let m = separator.exec(line); m; m = separator.exec(line)) {
    cells.push(cellAt(line, start, m.index, lineNumber))
    start = m.index + m[0].length
    if (m[0].length === 0) separator.lastIndex++
  }
  cells.push(cellAt(line, start, line.length, lineNumber))
  return cells
}

/** The cell between `from` and `to` of a line, trimmed, with the column of its first character. */
function cellAt(line: string, from: number, to: number, lineNumber: number): CellToken {
  const piece = line.slice(from, to)
  const lead = piece.length - piece.trimStart().length
  return { text: piece.trim(), line: lineNumber, column: from + lead + 1 }
}

/** Whether a code point is wide on a fixed-width layout (CJK, full-width): it counts as two. */
function isWide(c: number): boolean {
  return (
    (c >= 0x1100 && c <= 0x115f) ||
    (c >= 0x2e80 && c <= 0xa4cf) ||
    (c >= 0xac00 && c <= 0xd7a3) ||
    (c >= 0xf900 && c <= 0xfaff) ||
    (c >= 0xfe30 && c <= 0xfe4f) ||
    (c >= 0xff00 && c <= 0xff60) ||
    (c >= 0xffe0 && c <= 0xffe6) ||
    (c >= 0x20000 && c <= 0x3fffd)
  )
}

/** Width of text on a fixed-width layout: wide (CJK, full-width) characters count as two. */
export function displayWidth(text: string): number {
  return widthsAt(text, [text.length])[0]!
}

/**
 * The display width of `text.slice(0, end)` for each of `ends` (ascending), in one pass instead
 * of one per cell. A cut inside a surrogate pair leaves its first half alone, which counts as one.
 */
function widthsAt(text: string, ends: readonly number[]): number[] {
  const out: number[] = []
  let width = 0
  let i = 0
  for (const end of ends) {
    while (i < end && i < text.length) {
      const c = text.codePointAt(i)!
      if (c > 0xffff && end === i + 1) break
      width += isWide(c) ? 2 : 1
      i += c > 0xffff ? 2 : 1
    }
    out.push(i < end && i < text.length ? width + 1 : width)
  }
  return out
}

/** Decide how a line is laid out and split it into cells. */
export function lineCells(line: string, lineNumber: number): { layout: LineLayout; cells: CellToken[] } {
  if (line.includes('\t')) return { layout: 'tab', cells: splitCells(line, lineNumber, /\t/g) }
  const trimmed = line.trim()
  if (trimmed.includes('-') && pipeRule.test(trimmed)) return { layout: 'pipe', cells: [] }
  const pipes = trimmed.includes('|') ? trimmed.split('|').length - 1 : 0
  if (pipes >= 2 || trimmed.startsWith('|') || trimmed.endsWith('|')) {
    const cells = splitCells(line, lineNumber, /\|/g)
    if (cells.length && cells[0]!.text === '' && trimmed.startsWith('|')) cells.shift()
    if (cells.length && cells.at(-1)!.text === '' && trimmed.endsWith('|')) cells.pop()
    return { layout: 'pipe', cells }
  }
  if (/\S {2,}\S/.test(trimmed)) {
    const cells = splitCells(line, lineNumber, / {2,}/g).filter((c, i, all) => c.text !== '' || (i > 0 && i < all.length - 1))
    const widths = widthsAt(
      line,
      cells.map((c) => c.column - 1 + c.text.length),
    )
    cells.forEach((c, i) => (c.x = widths[i]))
    return { layout: 'spaces', cells }
  }
  return { layout: 'plain', cells: trimmed ? [{ text: trimmed, line: lineNumber, column: line.indexOf(trimmed[0]!) + 1 }] : [] }
}

/** Turn normalised report text into one LineNode per line. */
export function textToLines(text: string, firstLine = 1): LineNode[] {
  const rows = text.split('\n')
  const lines: LineNode[] = []
  for (let i = 0; i < rows.length; i++) {
    const number = firstLine + i
    const raw = stripMarkdown(rows[i]!)
    const { layout, cells } = lineCells(raw, number)
    const blank = cells.every((c) => c.text === '')
    lines.push({
      type: 'line',
      text: raw.trim(),
      cells,
      layout,
      blank,
      position: { start: { line: number, column: 1 }, end: { line: number, column: raw.length + 1 } },
    })
  }
  return lines
}
