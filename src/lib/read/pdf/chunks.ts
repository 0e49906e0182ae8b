/**
 * A line of a table drawn without ruling lines, cut into chunks at wide gaps (one em or more):
 * each chunk is the text of one cell on that line. Chunks that are values (numbers, 无, -)
 * are told apart from label text.
 */
import type { Run } from './runs.ts'
import { type TextLine, joinRuns } from './text-lines.ts'

/** The text of one cell on one line, and its extent. */
export interface Chunk {
  text: string
  x0: number
  x1: number
  runs: Run[]
}

/** A gap this many ems wide or wider separates two cells. */
const CELL_GAP = 1

const VALUE = /^(?:[+-]?\d+(?:[.,]\d+)*\s*%?\s*(?:万元|亿元|元|件|个|条)?|无|[-—–/／])$/

/** Whether a chunk's text is a table value. */
export function isValue(text: string): boolean {
  return VALUE.test(text)
}

/**
 * Cut a line into chunks at its wide gaps, and at any visible gap where a run starts at one of
 * `starts` (where cells of the same column start on other lines).
 */
export function lineChunks(line: TextLine, starts: readonly number[] = []): Chunk[] {
  const chunks: Chunk[] = []
  let part: Run[] = []
  const flush = (): void => {
    if (part.length) chunks.push({ text: joinRuns(part), x0: part[0]!.x0, x1: Math.max(...part.map((r) => r.x1)), runs: part })
    part = []
  }
  for (const run of line.runs) {
    const prev = part.at(-1)
    const gap = prev ? (run.x0 - prev.x1) / Math.min(prev.size, run.size) : 0
    if (prev && (gap >= CELL_GAP || (gap > 0.15 && starts.some((x) => Math.abs(x - run.x0) <= 2)))) flush()
    part.push(run)
  }
  flush()
  return chunks
}

/** Where text starts (at a line start or after a visible gap) on at least two lines: the left edges of columns. */
export function columnStarts(lines: readonly TextLine[]): number[] {
  const xs: number[] = []
  for (const line of lines) {
    line.runs.forEach((run, k) => {
      const prev = line.runs[k - 1]
      if (!prev || run.x0 - prev.x1 > 0.15 * Math.min(prev.size, run.size)) xs.push(run.x0)
    })
  }
  xs.sort((a, b) => a - b)
  const starts: number[] = []
  for (let i = 0, j = 0; i < xs.length; i = j) {
    while (j < xs.length && xs[j]! - xs[i]! <= 2) j++
    if (j - i >= 2) starts.push(xs[i]!)
  }
  return starts
}

/** How many chunks at the end of a line are values (after at least one wide gap). */
export function valueCount(chunks: readonly Chunk[]): number {
  let n = 0
  while (n < chunks.length && isValue(chunks[chunks.length - 1 - n]!.text)) n++
  return chunks.length >= 2 || n === 0 ? n : 0
}
