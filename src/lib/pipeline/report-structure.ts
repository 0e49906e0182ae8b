/**
 * unified transform plugins that read the report: its sections and metadata, its place and
 * its tables. Results are kept on `file.data` for the compiler.
 */
import type { VFile } from 'vfile'
import { report, stamp } from '../diagnostics/report.ts'
import { findMetadata } from '../structure/metadata/index.ts'
import { resolvePlace, type PlaceRegistry } from '../places/index.ts'
import { requestClaim } from '../structure/narrative-claims.ts'
import { findSections } from '../structure/sections.ts'
import { yearFromText } from '../structure/metadata/year.ts'
import { recogniseTables } from '../tables/index.ts'
import type { ReportRoot } from '../types.ts'
import { statedPeriodYear } from '../structure/metadata/year-sources.ts'

/** Find the six sections and the title, organ, year, date and document number. */
export function reportStructure() {
  return (tree: ReportRoot, file: VFile): void => {
    const sections = findSections(tree.children)
    file.data.sections = sections
    const metadata = findMetadata(tree.children, sections)
    if (metadata.year === null && !tree.data?.front?.year) {
      const found = yearFromText(tree.children)
      if (found) {
        metadata.year = found.year
        metadata.line.year = found.line
        report(
          file,
          'year-from-text',
          'info',
          `标题中没有写明年度，按正文开头最常出现的「${found.year}年」认定报告年度为 ${found.year}；如有误，请在文件头部写明 year 字段`,
          { line: found.line },
        )
      }
    }
    file.data.metadata = metadata
    file.data.frontYear = tree.data?.front?.year ?? null
    file.data.frontNoTables = tree.data?.front?.noTables === 1
    file.data.periodYear = statedPeriodYear(tree.children)
  }
}

/** Recognise tables 二, 三 and 四 wherever they sit; section headings end a table. */
export function reportTables() {
  return (tree: ReportRoot, file: VFile): void => {
    const stops = new Set(file.data.sections!.map((s) => s.line))
    file.data.tables = recogniseTables(tree.children, stops, file)
    file.data.requestClaim = requestClaim(tree.children)
  }
}

/** Lines and characters of the report's head searched for county and province names (they stand near the title). */
const placeContextLines = 120
const placeContextChars = 3000

/** Resolve the township to its county, prefecture, province and division code. */
export function reportPlace(options: { registry?: PlaceRegistry } = {}) {
  return (tree: ReportRoot, file: VFile): void => {
    const meta = file.data.metadata!
    const front = tree.data?.front ?? null
    const hint = front
      ? { township: front.township, county: front.county, prefecture: front.prefecture, province: front.province, code: front.code }
      : undefined
    const title = meta.title ?? (file.data.htmlTitle as string | null | undefined) ?? null
    const text = tree.children
      .slice(0, placeContextLines)
      .map((l) => l.text)
      .join('\n')
      .slice(0, placeContextChars)
    const place = resolvePlace({ organName: front?.organ ?? meta.organName, title, text, hint }, options.registry)
    const line = meta.line.title ?? meta.line.organName ?? null
    for (const d of place.diagnostics) stamp(file, d.ruleId, d.severity, d.message, { line })
    file.data.place = place
  }
}
