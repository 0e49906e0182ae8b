/**
 * unified compiler plugin: everything found on `file.data` → the public `ReportRecord`.
 * Front matter overrides what was inferred; the rules run last, on the finished record.
 */
import type { Processor } from 'unified'
import type { VFile } from 'vfile'
import { diagnosticsOf, report } from '../diagnostics/report.ts'
import { runRules } from '../rules/index.ts'
import type { ReportRecord, ReportRoot } from '../types.ts'
import { reportId } from './report-id.ts'

/** Assemble the record of one report. */
export function compileRecord(tree: ReportRoot, file: VFile): ReportRecord {
  const front = tree.data?.front ?? null
  const meta = file.data.metadata!
  const place = file.data.place!
  const tables = file.data.tables!
  const sections = file.data.sections!
  const year = front?.year ?? meta.year
  const code = front?.code ?? place.code
  const draft: Omit<ReportRecord, 'diagnostics'> = {
    id: front?.id ?? reportId(code, year, file.data.sha256!),
    source: { path: file.path, encoding: file.data.encoding ?? null, sha256: file.data.sha256! },
    organ: {
      name: front?.organ ?? meta.organName,
      township: front?.township ?? place.township,
      county: front?.county ?? place.county,
      prefecture: front?.prefecture ?? place.prefecture,
      province: front?.province ?? place.province,
      code,
    },
    year,
    publishedOn: front?.publishedOn ?? meta.publishedOn,
    documentNumber: front?.documentNumber ?? meta.documentNumber,
    sections,
    tables,
  }
  if (!sections.length && !tables.proactive && !tables.requests && !tables.appeals && !meta.title) {
    report(file, 'not-a-report', 'error', '未找到年度报告的标题、章节或统计表：这不像一份政府信息公开工作年度报告，请检查文件内容', { line: 1 })
  } else {
    runRules(draft, file)
  }
  if (year === null) report(file, 'missing-year', 'warning', '未能从标题中识别报告年度，请在文件头部写明 year 字段', { line: meta.line.title ?? null })
  return { ...draft, diagnostics: diagnosticsOf(file) }
}

/** The compiler plugin. */
export function reportRecord(this: Processor): void {
  this.compiler = ((tree: ReportRoot, file: VFile) => compileRecord(tree, file)) as never
}
