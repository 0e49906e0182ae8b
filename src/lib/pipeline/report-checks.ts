/**
 * unified transform: the checks on the draft record. A file that holds nothing of a report
 * (`not-a-report`) is not checked further; otherwise every rule runs (src/lib/rules). A report
 * holding none of the three tables may not publish (`no-tables`) unless its front matter says
 * so; one without a year is flagged (`missing-year`), and one whose year disagrees with its statistics
 * period or file name (`year-mismatch`).
 */
import type { VFile } from 'vfile'
import { report } from '../diagnostics/report.ts'
import { runRules } from '../rules/index.ts'
import { fileNameYear } from '../structure/metadata/year-sources.ts'

/** Run the findings and the rules on `file.data.draft`. */
export function checkDraft(file: VFile): void {
  const draft = file.data.draft!
  const meta = file.data.metadata!
  const { proactive, requests, appeals } = draft.tables
  if (!draft.sections.length && !proactive && !requests && !appeals && !meta.title) {
    report(file, 'not-a-report', 'error', '未找到年度报告的标题、章节或统计表：这不像一份政府信息公开工作年度报告，请检查文件内容', {
      line: 1,
    })
  } else {
    runRules(draft, file)
    if (!proactive && !requests && !appeals && !file.data.frontNoTables) {
      const message =
        '表二、表三、表四一张也没有读出来，这份报告的统计数字不会出现在网站上，因此不能发布：请运行 npm run check 查看原因（网页或 PDF 的表格可能没有被识别）；如果报告确实没有统计表，请在文件头部（PDF、Word、网页文件则在旁边同名的 .yaml 文件中）写明 noTables: true'
      report(file, 'no-tables', 'error', message, { line: 1 })
    }
  }
  if (draft.year === null)
    report(file, 'missing-year', 'warning', '未能从标题中识别报告年度，请在文件头部写明 year 字段', { line: meta.line.title ?? null })
  else checkYear(draft.year, file)
}

/**
 * `year-mismatch`: the year the report is filed under against the year its statistics period
 * states and the year in its file name. A warning, or an info when the editor set the year in
 * the front matter (the front matter wins, but the disagreement is still shown).
 */
function checkYear(year: number, file: VFile): void {
  const front = file.data.frontYear ?? null
  const severity = front !== null ? 'info' : 'warning'
  const filed = front !== null ? `文件头写明的年度 ${year} ` : `按标题认定的年度 ${year} `
  const period = file.data.periodYear ?? null
  if (period && period.year !== year) {
    const advice = front !== null ? '' : '：如标题年度有误，请在文件头部写明 year 字段'
    report(file, 'year-mismatch', severity, `${filed}与正文所写的统计期限（${period.year} 年）不一致${advice}`, { line: period.line })
  }
  const named = fileNameYear(file.path)
  if (named !== null && named !== year)
    report(file, 'year-mismatch', severity, `${filed}与文件名中的年份（${named}）不一致：请核对，并改正文件名或年度`, { line: 1 })
}

/** The transform plugin. */
export function reportChecks() {
  return (_tree: unknown, file: VFile): void => checkDraft(file)
}
