/**
 * Demo reports (示例): made-up reports kept in demo/content/ to show the checks across years, never
 * published by the default build. A demo report's file name starts with 示例; every title built
 * from it says （示例）, and its pages carry a notice.
 */
import type { ReportRecord } from '../../lib/types.ts'

/** The mark of a demo report's file name. */
export const demoMark = '示例'

/** Whether a record comes from a demo file (its file name starts with 示例). */
export function isDemoRecord(record: { source?: Pick<ReportRecord['source'], 'path'> }): boolean {
  const path = record.source?.path
  return !!path && (path.split('/').at(-1) ?? '').startsWith(demoMark)
}
