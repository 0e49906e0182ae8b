/**
 * A rate over many reports (a year page's scope): the numerators and denominators of the reports
 * where both are known and consistent are added up, and the others are counted by why they were
 * left out, so a reader sees what the pooled figure stands on. Small pooled bases are marked as
 * for one report.
 */
import type { ReportRecord } from '../../lib/types.ts'
import { smallBase, type RateDefinition } from './rate-definitions.ts'
import { rateOf, type RateStatus } from './rate-value.ts'

/** A rate pooled over reports. */
export interface PooledRate {
  definition: RateDefinition
  status: RateStatus
  /** Sums over the reports counted. */
  numerator: number
  denominator: number
  ratio: number | null
  /** Why there is no rate (nothing counted, or a 0 pooled denominator). */
  reason: string | null
  /** Reports counted (a report whose denominator is 0 counts, adding nothing, even with a blank numerator). */
  counted: number
  /** Reports left out: without the table; with a blank or unreadable cell; numerator above denominator. */
  noTable: number
  blank: number
  inconsistent: number
}

/** Pool `definition` over `records`. */
export function pooledRate(records: readonly Pick<ReportRecord, 'tables'>[], definition: RateDefinition): PooledRate {
  const pooled = { numerator: 0, denominator: 0, counted: 0, noTable: 0, blank: 0, inconsistent: 0 }
  for (const record of records) {
    const rate = rateOf(record, definition)
    const n = rate.numerator.value
    const d = rate.denominator.value
    if (rate.problem === 'no-table') pooled.noTable++
    else if (d === null || (d > 0 && n === null)) pooled.blank++
    else if (rate.problem === 'inconsistent' || (d === 0 && n !== null && n !== 0)) pooled.inconsistent++
    else {
      pooled.numerator += n ?? 0
      pooled.denominator += d
      pooled.counted++
    }
  }
  const reason = pooled.counted === 0 ? '没有可计入的报告' : pooled.denominator === 0 ? `${definition.zeroBase}（分母为 0）` : null
  return {
    definition,
    status: reason ? 'none' : pooled.denominator < smallBase ? 'small' : 'rate',
    ratio: reason ? null : pooled.numerator / pooled.denominator,
    reason,
    ...pooled,
  }
}
