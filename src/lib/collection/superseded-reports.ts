/**
 * A 更正版 (corrected edition) replaces its earlier version: its front matter names the old file
 * (`supersedes: 中宁县徐套乡-2021.txt`). The old file stays in content/ (the record of what was
 * first published) but is not published; both say so. A `supersedes` that names another report
 * (other township or year) or a file already replaced is an error; one that names no file
 * in content/ is a warning (the old file was deleted: the line can go).
 *
 * Fails: 徐套乡-2021-更正版.txt supersedes 兑镇镇-2021.txt →
 * `徐套乡-2021-更正版.txt:1:1  错误  文件头 supersedes 写的「兑镇镇-2021.txt」是另一份报告（141181100000-2021）…  supersedes-invalid`
 */
import { basename, relative } from 'node:path'
import { declarations } from '../diagnostics/catalog.ts'
import type { Diagnostic, ReportRecord } from '../types.ts'
import type { SkippedFile } from './report-files.ts'

/** The file named by `name`: same relative path, or same file name. */
function named(records: readonly ReportRecord[], from: ReportRecord, name: string): ReportRecord | undefined {
  const wanted = name.replace(/\\/g, '/').replace(/^\.\//, '')
  return records.find(
    (r) => r !== from && (r.source.path.endsWith(`/${wanted}`) || r.source.path === wanted || basename(r.source.path) === wanted),
  )
}

/** A collection diagnostic on a record. */
function add(record: ReportRecord, d: Omit<Diagnostic, 'line' | 'column'>): void {
  record.diagnostics.push({ ...d, line: 1, column: 1 })
}

/**
 * Take the records replaced by a 更正版 out of `records` (returned as skipped, with why) and
 * check every `supersedes`.
 */
export function supersededReports(records: ReportRecord[]): { kept: ReportRecord[]; skipped: SkippedFile[] } {
  const replaced = new Map<ReportRecord, ReportRecord>()
  for (const record of records) {
    // A 更正版 with an error of its own still claims its old file: the build fails on that error, not on a duplicate.
    if (!record.supersedes) continue
    const old = named(records, record, record.supersedes)
    const invalid = (severity: 'error' | 'warning', message: string): void =>
      add(record, { ruleId: 'supersedes-invalid', severity, message, ...(old ? { cause: { path: old.source.path, line: 1 } } : {}) })
    if (!old) {
      invalid('warning', `文件头 supersedes 写的「${record.supersedes}」不在 content/ 中：旧文件已删除时，可去掉这一行`)
    } else if (old.id !== record.id) {
      invalid(
        'error',
        `文件头 supersedes 写的「${record.supersedes}」是另一份报告（${old.id}），不是本报告（${record.id}）的旧版：请核对文件名`,
      )
    } else if (replaced.has(old)) {
      invalid('error', `「${record.supersedes}」已被 ${replaced.get(old)!.source.path} 取代：同一旧文件只能有一个更正版，请删除多余的一份`)
    } else replaced.set(old, record)
  }
  for (const [old, by] of replaced) {
    const severity = declarations.superseded.severity
    add(by, {
      ruleId: 'superseded',
      severity,
      message: `本文件是更正版，取代 ${old.source.path}（旧文件不发布）`,
      cause: { path: old.source.path, line: 1 },
    })
  }
  const skipped = [...replaced].map(([old, by]) => ({
    path: old.source.path,
    ruleId: 'superseded' as const,
    reason: `已被更正版 ${relative('.', by.source.path) || by.source.path} 取代（文件头 supersedes），不发布`,
  }))
  return { kept: records.filter((r) => !replaced.has(r)), skipped }
}
