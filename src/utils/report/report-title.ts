/**
 * Names and labels of a report for its pages: the title, a short name for accessible labels,
 * the template format and the publication date in Chinese.
 */
import { isDemoRecord } from './demo.ts'
import type { ReportRecord, TableFormat } from '../../lib/types.ts'

/** The page title: 中宁县徐套乡人民政府2021年政府信息公开工作年度报告. */
export function reportTitle(record: Pick<ReportRecord, 'organ' | 'year'> & { source?: Pick<ReportRecord['source'], 'path'> }): string {
  const o = record.organ
  const organ = o.name ?? o.township ?? o.county ?? '未知机关'
  return `${organ}${record.year === null ? '' : `${record.year}年`}政府信息公开工作年度报告${isDemoRecord(record) ? '（示例）' : ''}`
}

/** The short name used in cell labels: the township, else the organ. */
export function shortName(record: Pick<ReportRecord, 'organ'>): string {
  return record.organ.township ?? record.organ.name ?? '本报告'
}

/** 2019年格式 / 2021年格式. */
export function formatLabel(format: TableFormat): string {
  return `${format}年格式`
}

/** The report's format for search: table 三's, else table 二's; null when neither was found. */
export function reportFormat(record: Pick<ReportRecord, 'tables'>): TableFormat | null {
  return record.tables.requests?.format ?? record.tables.proactive?.format ?? null
}

/** 2022-01-04 → 2022年1月4日; anything else as written. */
export function dateLabel(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso)
  return m ? `${m[1]}年${Number(m[2])}月${Number(m[3])}日` : iso
}
