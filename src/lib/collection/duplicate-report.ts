/**
 * Collection rule `duplicate-report` (error): two files that are the same report — the same
 * bytes, or the same id (same township and year) — would make two pages or hide one. Each
 * copy points at its twin.
 *
 * Fails: content/reports/a.txt and content/reports/b.txt both 徐套乡 2021 →
 * `content/reports/b.txt:1:1  错误  与另一文件是同一份报告（同一乡镇、同一年度：640521205000-2021）而内容不同：如果其中一份是更正版（修订版），请删除旧文件…  duplicate-report  （见 content/reports/a.txt:1）`
 */
import { basename } from 'node:path'
import { declarations } from '../diagnostics/catalog.ts'
import type { ReportRecord } from '../types.ts'

/** Errors that mean the file's content was never read: such records cannot be anyone's twin. */
const unread = new Set([
  'encoding',
  'empty-file',
  'read-error',
  'unsupported-file',
  'file-too-large',
  'text-too-long',
  'symlink-outside',
  'symlink-loop',
  'sidecar-orphan',
  'sidecar-ambiguous',
])

/** Add a `duplicate-report` error to every record whose id or bytes repeat an earlier one. */
export function duplicateReports(records: ReportRecord[]): void {
  const byId = new Map<string, ReportRecord>()
  const byHash = new Map<string, ReportRecord>()
  for (const record of records) {
    if (record.diagnostics.some((d) => d.severity === 'error' && unread.has(d.ruleId))) continue
    const twin = byHash.get(record.source.sha256)
    const idTwin = byId.get(record.id)
    if (twin) {
      add(record, twin, '与另一文件内容完全相同（重复文件），请删除其中一份')
    } else if (idTwin) {
      add(
        record,
        idTwin,
        `与另一文件是同一份报告（同一乡镇、同一年度：${record.id}）而内容不同：如为更正版（修订版），请删除旧文件，或在更正版的文件头写明 supersedes 和旧文件名（本文件是更正版时写 supersedes: ${basename(idTwin.source.path)}，另一文件是更正版时在它的文件头写 supersedes: ${basename(record.source.path)}；旧文件保留但不发布）；只有确为两份不同的报告时，才在其中一份的文件头写明不同的 id`,
      )
    }
    if (!twin) byHash.set(record.source.sha256, record)
    if (!idTwin) byId.set(record.id, record)
  }
}

/** Append the error to a record, pointing at its twin. */
function add(record: ReportRecord, twin: ReportRecord, message: string): void {
  record.diagnostics.push({
    ruleId: 'duplicate-report',
    severity: declarations['duplicate-report'].severity,
    message,
    line: 1,
    column: 1,
    cause: { path: twin.source.path, line: 1 },
  })
}
