/** Test helper: turn plain text into LineNodes (one per line; cells split on tabs, else on runs of 2+ spaces). */
import type { CellToken, LineLayout, LineNode } from '../../../src/lib/types.ts'

/** Split one line at `separator` into cells with their 1-based columns. */
function split(raw: string, line: number, separator: RegExp): CellToken[] {
  const cells: CellToken[] = []
  let start = 0
  for (const m of [...raw.matchAll(separator), null]) {
    const end = m ? m.index : raw.length
    const piece = raw.slice(start, end)
    cells.push({ text: piece.trim(), line, column: start + piece.length - piece.trimStart().length + 1 })
    if (m) start = m.index + m[0].length
  }
  return cells
}

/** Split one line into cells and say how it was split. */
function cellsOf(raw: string, line: number): { layout: LineLayout; cells: CellToken[] } {
  if (raw.includes('\t')) return { layout: 'tab', cells: split(raw, line, /\t/g) }
  if (/\S {2,}\S/.test(raw.trim())) return { layout: 'spaces', cells: split(raw, line, / {2,}/g).filter((c) => c.text !== '') }
  const text = raw.trim()
  return { layout: 'plain', cells: text ? [{ text, line, column: raw.indexOf(text) + 1 }] : [] }
}

/** One LineNode per line of `text`, numbered from 1. */
export function linesOf(text: string): LineNode[] {
  return text.split('\n').map((raw, i) => {
    const { layout, cells } = cellsOf(raw.replace(/\r$/, ''), i + 1)
    return {
      type: 'line',
      text: raw.trim(),
      cells,
      layout,
      blank: cells.every((c) => c.text === ''),
      position: { start: { line: i + 1, column: 1 }, end: { line: i + 1, column: raw.length + 1 } },
    }
  })
}
