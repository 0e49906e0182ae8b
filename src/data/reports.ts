/**
 * The reports collection as plain records, loaded once per build and shared by every page.
 * Pages render; everything they compute comes from src/utils (plain TypeScript).
 */
import { getCollection } from 'astro:content'
import type { ReportRecord } from '../lib/types.ts'

/** A report record with its source text (for the source page and the narrative sections). */
export interface ReportEntry {
  record: ReportRecord
  /** The decoded source text, lines as in the source file. */
  source: string
}

let cache: Promise<ReportEntry[]> | null = null

/** Every report, newest year first, then by province, county and township name. */
export function getReports(): Promise<ReportEntry[]> {
  cache ??= getCollection('reports').then((entries) =>
    entries
      .map((e) => ({ record: e.data satisfies ReportRecord, source: e.body ?? '' }))
      .sort((a, b) => (b.record.year ?? 0) - (a.record.year ?? 0) || placeName(a.record).localeCompare(placeName(b.record), 'zh-CN')),
  )
  return cache
}

/** Province + county + township, for sorting and titles. */
export function placeName(r: ReportRecord): string {
  const o = r.organ
  return [o.province, o.county, o.township ?? o.name].filter(Boolean).join('')
}
