/**
 * The download files of one report, which the report page links to: its record as JSON
 * (/data/reports/<id>.json, byte for byte the loader's record file and a newline), its tables as
 * an Excel-friendly CSV (/data/tables/<id>.csv, wide-csv.ts) and its original file as the editor
 * dropped it (/reports/<id>/original.<ext>). They are files, not pages: the build writes them
 * beside the pages from the loader's record files (src/integrations/report-downloads.ts), and
 * `astro dev` serves them from the same files. Paths are relative to the site's root, without
 * the base.
 */
import { readFileSync } from 'node:fs'
import { extname, resolve } from 'node:path'
import type { ReportRecord } from '../../lib/types.ts'
import { originalExtension } from '../paths.ts'
import { wideCsv } from './wide-csv.ts'

/** One file of a report's downloads: where it goes in the site, and its content. */
export interface DownloadFile {
  path: string
  content: string | Uint8Array
}

/** The site paths of a report's downloads (relative, no base): JSON, CSV, original. */
export function downloadPaths(record: Pick<ReportRecord, 'id' | 'source'>): { json: string; csv: string; original: string } {
  return {
    json: `data/reports/${record.id}.json`,
    csv: `data/tables/${record.id}.csv`,
    original: `reports/${record.id}/original${originalExtension(record)}`,
  }
}

/** The line end the JSON download adds to the record file. */
const NEWLINE = new Uint8Array([0x0a])

/**
 * The downloads of the report whose record file holds `recordBytes` (its original is read from
 * `record.source.path`, relative to `root`, the project folder a build runs in). Throws when the
 * original cannot be read.
 */
export function reportDownloads(recordBytes: Uint8Array, root: string): DownloadFile[] {
  const record = JSON.parse(
    Buffer.from(recordBytes.buffer, recordBytes.byteOffset, recordBytes.byteLength).toString('utf8'),
  ) as ReportRecord
  const paths = downloadPaths(record)
  return [
    { path: paths.json, content: Buffer.concat([recordBytes, NEWLINE]) },
    { path: paths.csv, content: wideCsv(record) },
    { path: paths.original, content: readFileSync(resolve(root, record.source.path)) },
  ]
}

/** Served types: browsers open PDFs in place; everything else downloads (a web page's original is `.html.txt`: text). */
const types: Record<string, string> = {
  '.json': 'application/json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.pdf': 'application/pdf',
  '.docx': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  '.doc': 'application/msword',
  '.txt': 'text/plain; charset=utf-8',
}

/** The media type `astro dev` serves a download file with, by its last ending. */
export function downloadType(path: string): string {
  return types[extname(path).toLowerCase()] ?? 'application/octet-stream'
}
