/**
 * The JSON of one county data file (/data/compare/<county>.json): the compact reports of
 * compare-data.ts with the metric keys written once, each report's cells as a list in that
 * order (null: the report has no such cell). Half the size of repeating the keys in every report,
 * raw and gzipped; the keys travel with the file, so a cached file never misreads a newer page.
 *
 * Example: {"m":["2b.4.1","3.1.7"],"reports":[{"id":"640521205000-2021",…,"v":[[51,51],null]}]}
 */
import { compactMetrics } from './compare-metrics.ts'
import type { CompareData, CompareReport, CompareValue } from './compare-data.ts'

/** One report of a county file. */
export type CountyFileReport = Omit<CompareReport, 'v'> & { v: (CompareValue | null)[] }

/** A county file: metric keys, then the reports. */
export interface CountyFile {
  /** Compact metric keys present in any report of the file, in template order. */
  m: string[]
  reports: CountyFileReport[]
}

/** The file of a county's compact reports. */
export function countyFile(data: CompareData): CountyFile {
  const present = new Set(data.reports.flatMap((r) => Object.keys(r.v)))
  const m = compactMetrics.map((x) => x.compact).filter((k) => present.has(k))
  return { m, reports: data.reports.map((r) => ({ ...r, v: m.map((k) => r.v[k] ?? null) })) }
}

/** The compact reports of a county file. */
export function readCountyFile(file: CountyFile): CompareData {
  return {
    reports: file.reports.map((r) => {
      const v: Record<string, CompareValue> = {}
      file.m.forEach((k, i) => {
        const cell = r.v[i]
        if (cell) v[k] = cell
      })
      return { ...r, v }
    }),
  }
}
