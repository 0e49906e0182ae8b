/**
 * What the last content sync understood, kept for the end of the build: the loader fills it,
 * the build-summary integration prints it after the pages and the search index are written,
 * so the editor's last screen says what was published and what to look at.
 * Kept on `globalThis` because Astro loads the loader through Vite and the integration
 * directly: two module instances in the same process.
 */
import { formatReading, summarise, type ReportRecord } from '../lib/index.ts'

const slot = Symbol.for('gov-disclosure-portal.build-summary')

type Holder = { [slot]?: string[] }

/** Files shown one line each before the rest are counted; keeps a province's build log readable. */
export const listedProblemFiles = 200

/**
 * The summary lines: one per file with a problem (what was read and understood, counts), a count of
 * the files without any, and the totals line of `npm run check`.
 */
export function buildSummary(records: readonly ReportRecord[]): string[] {
  const withProblems = records.filter((r) => r.diagnostics.some((d) => d.severity !== 'info'))
  const listed = withProblems.slice(0, listedProblemFiles)
  const lines = ['本次构建读取的报告（有问题的文件逐个列出；每条问题见 npm run check 或报告页面“需要注意的问题”）：']
  lines.push(...listed.map((r) => `  ${formatReading(r)}`))
  if (withProblems.length > listed.length)
    lines.push(`  …另有 ${withProblems.length - listed.length} 个文件有警告，未逐个列出（npm run check 可看全部）`)
  const clean = records.length - withProblems.length
  if (clean) lines.push(`  其余 ${clean} 个文件没有错误和警告`)
  lines.push(summarise(records).text)
  return lines
}

/** Keep the summary of this sync for the end of the build. */
export function keepBuildSummary(lines: string[]): void {
  ;(globalThis as Holder)[slot] = lines
}

/** The kept summary (and forget it), or null when no sync ran. */
export function takeBuildSummary(): string[] | null {
  const holder = globalThis as Holder
  const lines = holder[slot] ?? null
  delete holder[slot]
  return lines
}
