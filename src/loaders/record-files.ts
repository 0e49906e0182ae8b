/**
 * Report records kept as files beside Astro's data store (see src/schemas/report-entry.ts for
 * why): one JSON file per parse, named by the digest of its input, in `<cacheDir>/report-records/`;
 * and the light records of the national build, read from the shard summaries they came in.
 */
import { createHash } from 'node:crypto'
import { readFileSync, writeFileSync } from 'node:fs'
import { join, relative, resolve } from 'node:path'
import type { ReportRecord } from '../lib/types.ts'
import { reportSchema } from '../schemas/report.ts'
import type { ReportEntryData } from '../schemas/report-entry.ts'
import { readShardSummary } from '../utils/shard/shard-summary.ts'

/** The file of the record parsed from input with `digest`. */
export function recordFileOf(dir: string, digest: string): string {
  return join(dir, `${digest}.json`)
}

/** A file's path as records and messages show it: relative to the project root (the working folder of a build). */
export function recordPath(path: string): string {
  return relative(process.cwd(), resolve(path))
}

/**
 * The text of a record's file: the record checked against its schema (which also orders its
 * fields). The shard runner's early summary (scripts/shards/early-summary.ts) reads new records
 * through it too, so they equal what a build stores.
 */
export function recordFileText(record: ReportRecord): string {
  return JSON.stringify(reportSchema.parse(record))
}

/** Write `record` to `file`, checked against its schema. */
export function writeRecordFile(file: string, record: ReportRecord): void {
  writeFileSync(file, recordFileText(record))
}

/** Read the record of one entry (a whole file; a shard summary is read once per call: see `readRecords`). */
export function readRecordFile(file: string): ReportRecord {
  return JSON.parse(readFileSync(file, 'utf8')) as ReportRecord
}

/** A record and a hash of its whole content (src/data/cache-key.ts keys pages by it). */
export interface StoredRecord {
  record: ReportRecord
  hash: string
}

const hashOf = (text: string): string => createHash('sha1').update(text).digest('base64url')

/**
 * The records of `entries`, in order, each with the file of its source text (the entry's body,
 * '' when none): a record file gives its record, a shard summary all of its reports.
 */
export function readRecords(
  entries: readonly { data: ReportEntryData; body?: string | undefined }[],
): Array<StoredRecord & { sourceFile: string }> {
  return entries.flatMap(({ data, body }) => {
    const text = readFileSync(data.recordFile, 'utf8')
    if (!data.summary) return [{ record: JSON.parse(text) as ReportRecord, hash: hashOf(text), sourceFile: body ?? '' }]
    return readShardSummary(text, data.recordFile).reports.map((record) => ({
      record,
      hash: hashOf(JSON.stringify(record)),
      sourceFile: '',
    }))
  })
}
