/**
 * Runs → lines of text in reading order: runs on one baseline (within a third of the font
 * size) form a line, sorted left to right, and are joined with a space only where the gap
 * between them is one (CJK text has no spaces).
 */
import { type Run, isWide } from './runs.ts'

/** One line of text: its runs left to right, its baseline and its extent. */
export interface TextLine {
  runs: Run[]
  text: string
  base: number
  size: number
  x0: number
  x1: number
}

/**
 * The gap (in ems) above which two runs are separate words, by how many of the two sides are
 * wide: Latin words, Latin next to CJK (word processors add about a fifth of an em there on
 * their own), CJK next to CJK (only a gap wider than a character is a space).
 */
const SPACE_GAP = [0.2, 0.28, 1.2]

/** The text of runs on one line, joined where their gaps call for it. */
export function joinRuns(runs: readonly Run[]): string {
  let text = ''
  let prev: Run | null = null
  for (const run of runs) {
    if (prev) {
      const gap = run.x0 - prev.x1
      const em = Math.min(prev.size, run.size)
      const wide = Number(isWide(prev.text.at(-1))) + Number(isWide(run.text[0]))
      if (gap > SPACE_GAP[wide]! * em) text += ' '
    }
    text += run.text
    prev = run
  }
  return text
}

/** Group runs into lines, top to bottom. */
export function textLines(runs: readonly Run[]): TextLine[] {
  const sorted = [...runs].sort((a, b) => a.base - b.base || a.x0 - b.x0)
  const groups: Run[][] = []
  let base = Number.NEGATIVE_INFINITY
  for (const run of sorted) {
    const group = groups.at(-1)
    if (group && run.base - base <= 0.35 * Math.max(run.size, group[0]!.size)) group.push(run)
    else {
      groups.push([run])
      base = run.base
    }
  }
  return groups.map((group) => lineOf(group.sort((a, b) => a.x0 - b.x0)))
}

/** A line from its runs, already in order. */
function lineOf(runs: Run[]): TextLine {
  const sizes = runs.map((r) => r.size).sort((a, b) => a - b)
  return {
    runs,
    text: joinRuns(runs),
    base: runs.reduce((s, r) => s + r.base, 0) / runs.length,
    size: sizes[sizes.length >> 1]!,
    x0: runs[0]!.x0,
    x1: Math.max(...runs.map((r) => r.x1)),
  }
}

/**
 * Join the lines of one block (a table cell): no space between CJK, nor between digits (a number
 * wrapped in a narrow column: "1" over "5" is 15), one between other words.
 */
export function joinLines(lines: readonly string[]): string {
  let text = ''
  for (const line of lines) {
    if (!line) continue
    const last = text.at(-1)
    const digits = isDigit(last) && isDigit(line[0])
    text += text && !digits && !isWide(last) && !isWide(line[0]) ? ' ' + line : line
  }
  return text
}

/** Whether a character is an ASCII digit. */
const isDigit = (ch: string | undefined): boolean => ch !== undefined && ch >= '0' && ch <= '9'
