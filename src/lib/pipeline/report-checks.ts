/**
 * unified transform: the checks on the draft record. A file that holds nothing of a report
 * (`not-a-report`) is not checked further; otherwise every rule runs (src/lib/rules). A report
 * without a year is flagged (`missing-year`).
 */
import type { VFile } from 'vfile'
import { report } from '../diagnostics/report.ts'
import { runRules } from '../rules/index.ts'

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
  }
  if (draft.year === null)
    report(file, 'missing-year', 'warning', '未能从标题中识别报告年度，请在文件头部写明 year 字段', { line: meta.line.title ?? null })
}

/** The transform plugin. */
export function reportChecks() {
  return (_tree: unknown, file: VFile): void => checkDraft(file)
}
