/**
 * A township's rates by year: one row per rate (src/utils/rates/rate-definitions.ts), one
 * column per report (the columns of the township's series, oldest first). Each side of a
 * fraction links to its cells: one source line when its cells stand on one line, else the
 * report page's table, where every cell links to its own line.
 */
import type { Cell, ReportRecord } from '../../lib/types.ts'
import { seriesColumns, type SeriesColumn } from '../place/township-series.ts'
import { reportPath, sourcePath } from '../paths.ts'
import { anchors } from '../report/report-contents.ts'
import { rateDefinitions, type RateDefinition } from './rate-definitions.ts'
import { rateOf, type RateStatus } from './rate-value.ts'

/** One side of a shown fraction. */
export interface RateLink {
  value: number
  href: string
}

/** One rate of one report, ready to show. */
export interface TownshipRateValue {
  status: RateStatus
  ratio: number | null
  /** Both sides when both are known (also when there is no rate, e.g. 0/0). */
  numerator: RateLink | null
  denominator: RateLink | null
  /** Why there is no rate; a 0 base says only what it means (本年没有行政复议案件: the 0/0 beside it says the rest). */
  reason: string | null
}

/** One rate across the township's reports. */
export interface TownshipRateRow {
  definition: RateDefinition
  values: TownshipRateValue[]
}

/** The rates of a township. */
export interface TownshipRates {
  columns: SeriesColumn[]
  rows: TownshipRateRow[]
}

/** Where a side's cells can be checked: their one source line, or the report's table. */
function sideHref(id: string, cells: Cell[], table: keyof typeof anchors): string | null {
  if (cells.length === 0) return null
  const lines = new Set(cells.map((c) => c.line))
  return lines.size === 1 ? sourcePath(id, cells[0]!.line) : `${reportPath(id)}#${anchors[table]}`
}

/** Build the rates of a township's reports (any order). */
export function townshipRates(reports: readonly ReportRecord[]): TownshipRates {
  const { sorted, columns } = seriesColumns(reports)
  const rows = rateDefinitions.map((definition) => ({
    definition,
    values: sorted.map((record): TownshipRateValue => {
      const rate = rateOf(record, definition)
      const link = (value: number | null, cells: Cell[], table: keyof typeof anchors): RateLink | null => {
        const href = sideHref(record.id, cells, table)
        return value === null || href === null ? null : { value, href }
      }
      const numerator = link(rate.numerator.value, rate.numerator.cells, definition.numerator[0]!.table)
      const denominator = link(rate.denominator.value, rate.denominator.cells, definition.denominator[0]!.table)
      const reason = rate.problem === 'zero-base' && numerator && denominator ? definition.zeroBase : rate.reason
      return { status: rate.status, ratio: rate.ratio, numerator, denominator, reason }
    }),
  }))
  return { columns, rows }
}
