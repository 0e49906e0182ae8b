/**
 * A report's corrections for people: what was corrected (table cell or field), the original
 * reading, the corrected value, the reason, where the correction is written, and the source
 * line of a corrected number. The record keeps them in `corrections` (front matter, src/lib).
 */
import { tableNames } from '../../lib/template/tables.ts'
import type { CorrectableField, Correction, ReportRecord } from '../../lib/types.ts'
import { sourceLineHere } from '../paths.ts'

/** Field names in Chinese, as the report page labels them. */
const fieldLabels: Record<CorrectableField, string> = {
  organ: '发布机关',
  township: '乡镇',
  county: '县（市、区）',
  prefecture: '市（州）',
  province: '省（区、市）',
  code: '区划代码',
  year: '报告年度',
  publishedOn: '发布日期',
  documentNumber: '文号',
}

/** One correction as shown. */
export interface CorrectionItem {
  /** 表二「行政处罚」「本年处理决定数量」 or 发布日期. */
  what: string
  /** The original reading in words (空（未填报） for null). */
  from: string
  to: string
  reason: string
  /** The corrected number's source line, for cells. */
  href: string | null
  line: number | null
  /** Where the correction is written: the file name and line. */
  writtenIn: string
}

/** A value in words. */
const shown = (v: Correction['from']): string => (v === null ? '空（未填报）' : String(v))

/** The corrections of a record, in the order the editor wrote them. */
export function correctionItems(record: Pick<ReportRecord, 'id' | 'tables' | 'corrections'>): CorrectionItem[] {
  return record.corrections.map((c) => {
    const t = c.target
    const cell = 'table' in t ? record.tables[t.table]?.cells.find((x) => x.row === t.row && x.column === t.column) : undefined
    return {
      what: 'table' in t ? `${tableNames[t.table].short}「${t.row}」「${t.column}」` : fieldLabels[t.field],
      from: shown(c.from),
      to: shown(c.to),
      reason: c.reason,
      href: cell ? sourceLineHere(cell.line) : null,
      line: cell?.line ?? null,
      writtenIn: `${c.at.path.split('/').at(-1)} 第 ${c.at.line} 行`,
    }
  })
}

/** True when the editor corrected this record field. */
export function fieldCorrected(record: Pick<ReportRecord, 'corrections'>, field: CorrectableField): boolean {
  return record.corrections.some((c) => 'field' in c.target && c.target.field === field)
}
