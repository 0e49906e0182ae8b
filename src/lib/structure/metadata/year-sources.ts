/**
 * The other places a report's year is written, to catch a report filed under the wrong year:
 * the statistics period the text states ("统计期限为 2021 年 1 月 1 日至 2021 年 12 月 31 日") and the
 * year in the file name ("中宁县徐套乡-2020.txt"). Compared with the title's year by the checks.
 */
import { basename } from 'node:path'
import type { LineNode } from '../../types.ts'

/** A year and the line it is written on. */
export interface YearAt {
  year: number
  line: number
}

/** A whole calendar year written as a period: 2021年1月1日(起)至2021年12月31日, 2021.1.1—2021.12.31. */
const period =
  /(20\d{2})\s*[年.\-/]\s*0?1\s*[月.\-/]\s*0?1\s*日?\s*(?:起)?\s*(?:至|到|—|－|-|~|～)\s*(20\d{2})\s*[年.\-/]\s*12\s*[月.\-/]\s*31/

/** The year of the statistics period the text states, or null (or when the period spans two years). */
export function statedPeriodYear(lines: readonly LineNode[]): YearAt | null {
  for (const line of lines) {
    if (line.blank || line.layout === 'grid-row') continue
    const m = period.exec(line.text)
    if (m && m[1] === m[2]) return { year: Number(m[1]), line: line.position.start.line }
  }
  return null
}

/** The one 20xx year in a file's name (not its folders), or null when it names none or several. */
export function fileNameYear(path: string): number | null {
  const years = [...basename(path).matchAll(/(?<!\d)(20\d{2})(?!\d)/g)].map((m) => Number(m[1]))
  return new Set(years).size === 1 ? years[0]! : null
}
