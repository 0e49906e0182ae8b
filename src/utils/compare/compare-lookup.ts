/**
 * From the townships of a choice to the data files to fetch, and back to the townships that
 * were not found, named on the page ("未找到代码 640521999000：本站收录的中宁县报告中没有这个
 * 乡镇"). A 12-digit code names its county file itself; a stand-in key (`x-…`) is looked up in
 * the place index's `standIns`.
 */
import { countyKeyOfCode } from './compare-counties.ts'
import type { CompareData } from './compare-data.ts'

/** The data files of `townships` (each once, in order) and the townships no file can hold. */
export function countyFilesOf(
  townships: readonly string[],
  standIns: Readonly<Record<string, string>> | null,
): { files: string[]; unplaced: string[] } {
  const files = new Set<string>()
  const unplaced: string[] = []
  for (const t of townships) {
    const file = countyKeyOfCode(t) ?? (Object.hasOwn(standIns ?? {}, t) ? standIns![t]! : null)
    if (file) files.add(file)
    else unplaced.push(t)
  }
  return { files: [...files], unplaced }
}

/** Whether a township key needs the place index to find its file (a stand-in key). */
export function needsIndex(townships: readonly string[]): boolean {
  return townships.some((t) => countyKeyOfCode(t) === null && t.startsWith('x-'))
}

/** The townships of `townships` that have no report in `data`. */
export function missingTownships(townships: readonly string[], data: CompareData): string[] {
  const found = new Set(data.reports.map((r) => r.t))
  return townships.filter((t) => !found.has(t))
}

/** A key shown as typed: codes and stand-in keys only, so a URL cannot put arbitrary words on the page. */
const SHOWABLE = /^[0-9A-Za-z-]{1,40}$/

/** What the page says about the townships of a URL that were not found: one line each, and a hint. */
export interface MissingNotes {
  lines: string[]
  hint: string
}

/**
 * The notes naming the townships not found (null when there are none), each with what is known
 * about it: a 12-digit code names its county (`countyName`, from the place index, or null when
 * the site has no report of that county); a stand-in key (`x-…`, a township without a code) may
 * be out of date; anything else is not a township code. Words that are not codes are only counted.
 */
export function missingNotes(missing: readonly string[], countyName: (county: string) => string | null): MissingNotes | null {
  if (!missing.length) return null
  const lines: string[] = []
  let other = 0
  for (const key of missing) {
    if (!SHOWABLE.test(key)) other++
    else if (countyKeyOfCode(key)) {
      const county = countyName(countyKeyOfCode(key)!)
      lines.push(
        county
          ? `未找到代码 ${key}：本站收录的${county}报告中没有这个乡镇。`
          : `未找到代码 ${key}：本站没有县级代码 ${key.slice(0, 6)} 的乡镇报告。`,
      )
    } else if (key.startsWith('x-')) lines.push(`未找到代码 ${key}：本站现在没有这个乡镇（它没有统计用区划代码，网址中的代码可能已过时）。`)
    else lines.push(`未找到代码 ${key}：乡镇代码是 12 位统计用区划代码。`)
  }
  if (other) lines.push(`网址中另有 ${other} 个无法识别的乡镇代码。`)
  return { lines, hint: '请核对网址中的代码，或在上方按名称查找乡镇。' }
}
