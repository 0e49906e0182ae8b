/**
 * From the townships of a choice to the data files to fetch, and back to the townships that
 * were not found, named on the page ("未找到代码为 … 的乡镇"). A 12-digit code names its county
 * file itself; a stand-in key (`x-…`) is looked up in the place index's `standIns`.
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

/** The message naming the townships that were not found, '' when there are none. */
export function missingMessage(missing: readonly string[]): string {
  if (!missing.length) return ''
  const named = missing.filter((k) => SHOWABLE.test(k))
  const other = missing.length - named.length
  const parts: string[] = []
  if (named.length) parts.push(`未找到代码为 ${named.join('、')} 的乡镇。`)
  if (other) parts.push(`网址中另有 ${other} 个无法识别的乡镇代码。`)
  return `${parts.join('')}请核对网址，或在上方重新选择。`
}
