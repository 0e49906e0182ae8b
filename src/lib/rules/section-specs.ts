/**
 * The six sections of the template, their canonical titles, and which table each one holds
 * (section 2 ↔ table 二, 3 ↔ 三, 4 ↔ 四).
 */
import { tableNames, type TableKey } from '../template/tables.ts'
import type { SectionRecord } from '../types.ts'
import type { CheckedReport } from './rule.ts'

/** A section of the template as the rules name it. */
export interface SectionSpec {
  number: SectionRecord['number']
  /** Chinese ordinal used in messages: 第三部分. */
  ordinal: string
  title: string
  /** The table the section holds, if any. */
  table?: { key: TableKey; name: string }
}

/** The six sections in template order. */
export const sectionSpecs: readonly SectionSpec[] = [
  { number: 1, ordinal: '一', title: '总体情况' },
  { number: 2, ordinal: '二', title: '主动公开政府信息情况', table: { key: 'proactive', name: tableNames.proactive.short } },
  { number: 3, ordinal: '三', title: '收到和处理政府信息公开申请情况', table: { key: 'requests', name: tableNames.requests.short } },
  { number: 4, ordinal: '四', title: '政府信息公开行政复议、行政诉讼情况', table: { key: 'appeals', name: tableNames.appeals.short } },
  { number: 5, ordinal: '五', title: '存在的主要问题及改进情况' },
  { number: 6, ordinal: '六', title: '其他需要报告的事项' },
]

/** The first heading found for section `number`, if any. */
export function sectionOf(report: CheckedReport, number: SectionSpec['number']): SectionRecord | undefined {
  return report.sections.find((section) => section.number === number)
}
