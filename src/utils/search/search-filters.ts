/**
 * The Pagefind filters of a report page (the search page relies on exactly these names):
 * province, county, township, year (2021) and format (2021年格式, from table 三, else 二).
 * A filter whose value is unknown is left out.
 */
import type { ReportRecord } from '../../lib/types.ts'
import { formatLabel, reportFormat } from '../report/report-title.ts'

/** One `<span hidden data-pagefind-filter="name">value</span>`. */
export interface SearchFilter {
  name: 'province' | 'county' | 'township' | 'year' | 'format'
  value: string
}

/** The filters of one report, in a fixed order. */
export function searchFilters(record: Pick<ReportRecord, 'organ' | 'year' | 'tables'>): SearchFilter[] {
  const format = reportFormat(record)
  const all: Array<[SearchFilter['name'], string | null]> = [
    ['province', record.organ.province],
    ['county', record.organ.county],
    ['township', record.organ.township],
    ['year', record.year === null ? null : String(record.year)],
    ['format', format ? formatLabel(format) : null],
  ]
  return all.flatMap(([name, value]) => (value ? [{ name, value }] : []))
}
