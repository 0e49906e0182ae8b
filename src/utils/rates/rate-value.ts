/**
 * One rate of one report (src/utils/rates/rate-definitions.ts): both sums from the report's
 * cells, the ratio, or null with the reason it cannot be computed: the table is missing, a cell
 * is blank (未填报, never 0) or unreadable, the denominator is 0, or the numerator exceeds it.
 * A denominator under `smallBase` marks the rate small: pages show the fraction, not a percentage.
 */
import { cellLookup } from '../../lib/tables/cell-lookup.ts'
import { tableNames } from '../../lib/template/tables.ts'
import type { Cell, ReportRecord } from '../../lib/types.ts'
import { smallBase, type RateDefinition, type RateTerm } from './rate-definitions.ts'

/**
 * rate: a percentage can be shown; small: the denominator is under `smallBase` (show the
 * fraction); none: no rate (see `reason`).
 */
export type RateStatus = 'rate' | 'small' | 'none'

/** Why a rate is null: no such table, a blank or unreadable cell, a 0 denominator, numerator > denominator. */
export type RateProblem = 'no-table' | 'blank' | 'zero-base' | 'inconsistent'

/** One side of the fraction. */
export interface RateSide {
  /** The sum of the cells, or null when one is missing, blank or unreadable. */
  value: number | null
  /** The cells found, in term order (a blank one included). */
  cells: Cell[]
}

/** A rate of one report. */
export interface RateValue {
  id: string
  status: RateStatus
  numerator: RateSide
  denominator: RateSide
  /** numerator ÷ denominator (also when small); null when status is none. */
  ratio: number | null
  problem: RateProblem | null
  /** Why there is no rate, in Chinese; null when there is one. */
  reason: string | null
}

/** How a term is named in a reason: 表三「部分公开」总计栏, 表四「行政复议」结果纠正栏. */
export function termLabel(term: RateTerm): string {
  const row = term.table === 'requests' && term.row === '总计' ? '（七）总计' : term.row
  return `${tableNames[term.table].short}「${row}」${term.column}栏`
}

/** Sum the terms over a record; the first term that is missing, blank or unreadable, if any. */
function sideOf(record: Pick<ReportRecord, 'tables'>, terms: readonly RateTerm[]): RateSide & { gaps: { term: RateTerm; cell?: Cell }[] } {
  const cells: Cell[] = []
  const gaps: { term: RateTerm; cell?: Cell }[] = []
  let sum = 0
  for (const term of terms) {
    const table = record.tables[term.table]
    const cell = table ? cellLookup(table.cells)(term.row, term.column) : undefined
    if (cell) cells.push(cell)
    if (!cell || cell.value === null) gaps.push({ term, cell })
    else sum += cell.value
  }
  return { value: gaps.length ? null : sum, cells, gaps }
}

/** The reason for blank or unreadable cells: the first named, the rest counted. */
function blankReason(gaps: { term: RateTerm; cell?: Cell }[]): string {
  const first = gaps[0]!
  const more = gaps.length > 1 ? `等 ${gaps.length} 项` : ''
  return `${termLabel(first.term)}${more}${first.cell?.uncertain ? '无法读取' : '未填报'}`
}

/** Compute `definition` over one record. */
export function rateOf(record: Pick<ReportRecord, 'tables'>, definition: RateDefinition): RateValue {
  const numerator = sideOf(record, definition.numerator)
  const denominator = sideOf(record, definition.denominator)
  const none = (problem: RateProblem, reason: string): RateValue => ({
    id: definition.id,
    status: 'none',
    numerator: { value: numerator.value, cells: numerator.cells },
    denominator: { value: denominator.value, cells: denominator.cells },
    ratio: null,
    problem,
    reason,
  })
  const absent = [...definition.numerator, ...definition.denominator].find((t) => !record.tables[t.table])
  if (absent) return none('no-table', `报告没有${tableNames[absent.table].short}`)
  if (denominator.value === null) return none('blank', blankReason(denominator.gaps))
  if (denominator.value === 0) return none('zero-base', `${definition.zeroBase}（分母为 0）`)
  if (numerator.value === null) return none('blank', blankReason(numerator.gaps))
  if (numerator.value < 0 || denominator.value < 0 || numerator.value > denominator.value)
    return none('inconsistent', '分子大于分母，表内数字不一致')
  return {
    id: definition.id,
    status: denominator.value < smallBase ? 'small' : 'rate',
    numerator: { value: numerator.value, cells: numerator.cells },
    denominator: { value: denominator.value, cells: denominator.cells },
    ratio: numerator.value / denominator.value,
    problem: null,
    reason: null,
  }
}
