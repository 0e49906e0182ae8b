/**
 * Stable ASCII URLs of the site's pages, computed in one place. Reports are addressed by
 * their record id (`<12-digit code>-<year>`), places by their division codes.
 */
import type { ReportRecord } from '../lib/types.ts'

/** The report page. */
export const reportPath = (id: string): string => `/reports/${id}/`
/** The source text page; `line` adds the anchor of one line. */
export const sourcePath = (id: string, line?: number | null): string => `/reports/${id}/source/${line ? `#L${line}` : ''}`
/** The file ending of a report's original file, lower-cased (`.pdf`, `.docx`, `.txt` …). */
export function originalExtension(record: Pick<ReportRecord, 'source'>): string {
  const m = /\.[A-Za-z0-9]{1,6}$/.exec(record.source.path)
  return m ? m[0].toLowerCase() : '.bin'
}
/** The original file as the editor dropped it; `page` (PDF) opens it at that page. */
export const originalPath = (record: Pick<ReportRecord, 'id' | 'source'>, page?: number): string =>
  `/reports/${record.id}/original${originalExtension(record)}${page ? `#page=${page}` : ''}`
/** Downloads of one record. */
export const reportJsonPath = (id: string): string => `/data/reports/${id}.json`
export const reportCsvPath = (id: string): string => `/data/reports/${id}.csv`
/** The year page. */
export const yearPath = (year: number): string => `/years/${year}/`
/** Place pages: a province, prefecture or county by code prefix; a township by its code. */
export const placePath = (code: string): string => `/places/${code}/`

/** The code of a report's township, or a stable stand-in for townships without one. */
export function townshipKey(record: Pick<ReportRecord, 'organ'>): string {
  const o = record.organ
  if (o.code) return o.code
  return `x-${asciiHash(`${o.province ?? ''}/${o.county ?? ''}/${o.township ?? o.name ?? ''}`)}`
}

/** A short stable ASCII hash of a string (FNV-1a, base 36). */
export function asciiHash(text: string): string {
  let h = 0x811c9dc5
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i)
    h = Math.imul(h, 0x01000193) >>> 0
  }
  return h.toString(36)
}

/** County, prefecture and province code prefixes of a 12-digit township code. */
export function parentCodes(code: string): { county: string; prefecture: string; province: string } | null {
  if (!/^\d{12}$/.test(code)) return null
  return { county: code.slice(0, 6), prefecture: code.slice(0, 4), province: code.slice(0, 2) }
}
