/**
 * The report year when the title does not name one: the year written most often near the start
 * of the text ("2021年，我乡…", "统计期限自2021年1月1日起…"). Reported as an inference.
 */
import type { LineNode } from '../../types.ts'

/** How many non-blank lines from the top are read. */
const window = 40

/** The most frequent 20xx year in the first lines, or null when none (ties go to the earlier year). */
export function yearFromText(lines: readonly LineNode[]): { year: number; line: number } | null {
  const counts = new Map<number, { n: number; line: number }>()
  let seen = 0
  for (const line of lines) {
    if (line.blank) continue
    if (++seen > window) break
    for (const m of line.text.matchAll(/(?<!\d)(20\d{2})\s*年/g)) {
      const year = Number(m[1])
      const entry = counts.get(year) ?? { n: 0, line: line.position.start.line }
      entry.n++
      counts.set(year, entry)
    }
  }
  let best: { year: number; line: number; n: number } | null = null
  for (const [year, { n, line }] of counts) if (!best || n > best.n || (n === best.n && year < best.year)) best = { year, line, n }
  return best ? { year: best.year, line: best.line } : null
}
