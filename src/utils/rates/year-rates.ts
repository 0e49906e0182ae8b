/** The rates a year page summarises over its scope, pooled (src/utils/rates/pooled-rate.ts). */
import type { ReportRecord } from '../../lib/types.ts'
import { pooledRate, type PooledRate } from './pooled-rate.ts'
import { rateDefinition, yearRateIds } from './rate-definitions.ts'

/** The year-page rates over `records`, in `yearRateIds` order. */
export function yearRates(records: readonly Pick<ReportRecord, 'tables'>[]): PooledRate[] {
  return yearRateIds.map((id) => pooledRate(records, rateDefinition(id)))
}
