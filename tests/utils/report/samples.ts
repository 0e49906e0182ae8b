/** Shared fixtures of the site tests: the five sample reports, parsed once. */
import { parseCollection, registryOf } from '../../../src/lib/collection/parse-collection.ts'
import type { ReportRecord } from '../../../src/lib/types.ts'

/** The records of content/reports (parsed with the place registry, like the site), parsed once when the tests load. */
const cache: ReportRecord[] = await parseCollection(['content/reports'], registryOf('content').registry)

/** The records of content/reports. */
export function sampleRecords(): ReportRecord[] {
  return cache
}

/** The record of one sample report by id. */
export function sampleRecord(id: string): ReportRecord {
  const record = sampleRecords().find((r) => r.id === id)
  if (!record) throw new Error(`no sample record ${id}`)
  return record
}
