/**
 * The reports collection as plain records, loaded once per build and shared by every page.
 * Pages render; everything they compute comes from src/utils (plain TypeScript).
 */
import { readFileSync } from 'node:fs'
import { getCollection } from 'astro:content'
import type { ReportRecord } from '../lib/types.ts'
import { readRecords } from '../loaders/record-files.ts'
import { rendersNational, rendersReports } from '../utils/build-role.ts'
import { keepRecordHash } from './cache-key.ts'

/** A report record and where its source text is kept (read only by the page that shows it). */
export interface ReportEntry {
  record: ReportRecord
  /** The file holding the decoded source text (written by the loader, src/loaders/report-loader.ts). */
  sourceFile: string
}

/** The decoded source text of a report, lines as in the source file. */
export function sourceText(entry: Pick<ReportEntry, 'sourceFile'>): string {
  return entry.sourceFile ? readFileSync(entry.sourceFile, 'utf8') : ''
}

let cache: Promise<ReportEntry[]> | null = null

/** Every report, newest year first, then by province, county and township name. */
export function getReports(): Promise<ReportEntry[]> {
  cache ??= getCollection('reports').then((entries) => {
    // The store holds where each record is (src/schemas/report-entry.ts), not the record.
    const stored = readRecords(entries)
    for (const { record, hash } of stored) keepRecordHash(record, hash)
    const collator = new Intl.Collator('zh-CN')
    return stored
      .map(({ record, sourceFile }) => ({ record, sourceFile, place: placeName(record) }))
      .sort((a, b) => (b.record.year ?? 0) - (a.record.year ?? 0) || collator.compare(a.place, b.place))
      .map(({ record, sourceFile }) => ({ record, sourceFile }))
  })
  return cache
}

/**
 * The reports whose own pages (report, source, downloads, place pages) this build renders: all of
 * them, except in the national build of a sharded site, which has light records only and leaves
 * those pages to the shards (src/utils/build-role.ts).
 */
export async function getReportPages(): Promise<ReportEntry[]> {
  return rendersReports() ? getReports() : []
}

/**
 * The reports the year pages list: all of them, except in a shard build, whose year pages the
 * national build makes for every shard at once.
 */
export async function getYearPageReports(): Promise<ReportEntry[]> {
  return rendersNational() ? getReports() : []
}

/** Province + county + township, for sorting and titles. */
export function placeName(r: ReportRecord): string {
  const o = r.organ
  return [o.province, o.county, o.township ?? o.name].filter(Boolean).join('')
}
