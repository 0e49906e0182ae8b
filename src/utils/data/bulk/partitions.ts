/**
 * The reports grouped by partition (province and year), in a fixed order: province code, then
 * year, unknowns last; reports by id inside a partition. Only references to the records are
 * kept, so grouping costs no copy of their data.
 */
import type { ReportRecord } from '../../../lib/types.ts'
import { partitionKeyOf, type PartitionKey } from './partition-key.ts'

/** A partition and its reports. */
export interface Partition extends PartitionKey {
  records: ReportRecord[]
}

/** Order of two partitions: known before unknown, then by code and by year. */
function byKey(a: PartitionKey, b: PartitionKey): number {
  const code = (k: PartitionKey): string => k.province.code ?? '~' // '~' sorts after every digit
  const year = (k: PartitionKey): number => k.year ?? Number.MAX_SAFE_INTEGER
  return code(a) < code(b) ? -1 : code(a) > code(b) ? 1 : year(a) - year(b)
}

/** Group records into partitions. */
export function groupPartitions(records: readonly ReportRecord[]): Partition[] {
  const byPath = new Map<string, Partition>()
  for (const record of records) {
    const key = partitionKeyOf(record)
    const partition = byPath.get(key.path)
    if (partition) partition.records.push(record)
    else byPath.set(key.path, { ...key, records: [record] })
  }
  const partitions = [...byPath.values()].sort(byKey)
  for (const p of partitions) p.records.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
  return partitions
}
