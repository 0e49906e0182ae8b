/** Records for the bulk-data tests: the five samples, the corrected fixture, and made-up edge cases. */
import { readFileSync } from 'node:fs'
import type { ReportRecord } from '../../../../src/lib/types.ts'
import { sampleRecords } from '../../report/samples.ts'

/** The engine fixture whose cells carry corrections (one from a number, one from a blank); its diagnostics are kept apart. */
export function correctedRecord(): ReportRecord {
  const record = JSON.parse(readFileSync('tests/fixtures/corrections/expected.json', 'utf8')) as Omit<ReportRecord, 'diagnostics'>
  return { ...record, diagnostics: [] }
}

/** A copy of a sample record with its organ and year changed. */
export function variant(id: string, organ: Partial<ReportRecord['organ']>, year: number | null = 2021): ReportRecord {
  const base = structuredClone(sampleRecords().find((r) => r.id === '640521205000-2021')!)
  return { ...base, id, year, organ: { ...base.organ, ...organ } }
}

/** A report whose place is unknown and that has no tables: no cells at all. */
export function placelessRecord(): ReportRecord {
  const r = variant(
    'x1a2b3c-2022',
    { name: '某某人民政府', township: null, county: null, prefecture: null, province: null, code: null },
    2022,
  )
  return { ...r, tables: { proactive: null, requests: null, appeals: null } }
}

/** The records the bulk tests write: samples, the corrected fixture and a placeless report. */
export function bulkTestRecords(): ReportRecord[] {
  return [...sampleRecords(), correctedRecord(), placelessRecord()]
}
