/**
 * A shard's summary and bulk-data manifest made by the shard runner itself, while the shard's
 * Astro build runs (docs/shards.md): the national build needs only these two files, so it can
 * start at once instead of waiting for the shard's pages, and the two builds share the two cores.
 *
 * The records are the ones the shard's last build stored (its loader's index of record files by
 * input, src/loaders/record-index.ts); only files added or changed since are parsed, by the same
 * engine call the loader makes (`collectContent`). Where that is not possible (no earlier build,
 * other engine code or place registry, a file with errors) it gives a reason instead and the
 * national build waits for the shard's own summary. The runner compares both files with what the
 * shard build wrote before it uses the national pages (`earlyOutputMismatch`).
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { collectContent, registryOf, type ReportRecord } from '../../src/lib/index.ts'
import { readRecordFile, recordFileText, recordPath } from '../../src/loaders/record-files.ts'
import { inputHash, readRecordIndex, recordIndexFile, recordSalt } from '../../src/loaders/record-index.ts'
import { bulkManifestText } from '../../src/utils/data/bulk/bulk-manifest.ts'
import { writeBulkFiles } from '../../src/utils/data/bulk/write-bulk-files.ts'
import { shardSummary, shardSummaryText } from '../../src/utils/shard/shard-summary.ts'

/** Where a shard's early outputs are written. */
export interface EarlyFiles {
  summary: string
  bulkManifest: string
}

export type EarlySummary = ({ made: true; reports: number; parsed: number } & EarlyFiles) | { made: false; reason: string }

/**
 * Make the summary and bulk manifest of shard `name` (report files in `<root>/content/<name>/`,
 * last built with cache folder `cacheDir`) into `files`. Paths in records are relative to the
 * working folder, as the Astro build (run in `root`) writes them, so `root` must be that folder.
 */
export async function earlySummary(root: string, name: string, cacheDir: string, files: EarlyFiles): Promise<EarlySummary> {
  if (path.resolve(root) !== process.cwd()) return { made: false, reason: '不在项目文件夹中运行' }
  const index = readRecordIndex(recordIndexFile(cacheDir), recordSalt('content'))
  if (!index) return { made: false, reason: '没有上一次构建的记录，或程序、地名表已变化' }
  const { registry } = registryOf('content')
  const cached = (file: string, bytes: Uint8Array, sidecar: string): { record: ReportRecord; text: string } | undefined => {
    const entry = index.files[recordPath(file)]
    if (!entry || entry.input !== inputHash(bytes, sidecar)) return undefined
    try {
      return { record: readRecordFile(entry.record), text: '' }
    } catch {
      return undefined // deleted or being rewritten by the build that runs now: parse the file instead
    }
  }
  const collected = await collectContent([path.join('content', name)], { registry, cached, workers: 0 })
  if (collected.files.some((f) => f.record.diagnostics.some((d) => d.severity === 'error')))
    return { made: false, reason: '有文件存在错误（分片构建会列出）' }
  // As the loader stores them (src/loaders/report-loader.ts): the path as the site shows it, each
  // new or revised record as its file would hold it.
  const records = collected.files.map((f) => {
    f.record.source.path = recordPath(f.path)
    return f.cached && !f.revised ? f.record : (JSON.parse(recordFileText(f.record)) as ReportRecord)
  })
  const bulkDir = mkdtempSync(path.join(tmpdir(), 'portal-early-bulk-'))
  try {
    const manifest = await writeBulkFiles(records, bulkDir)
    for (const file of [files.summary, files.bulkManifest]) mkdirSync(path.dirname(file), { recursive: true })
    writeFileSync(files.summary, shardSummaryText(shardSummary(name, records)))
    writeFileSync(files.bulkManifest, bulkManifestText(manifest))
  } finally {
    rmSync(bulkDir, { recursive: true, force: true })
  }
  return { made: true, reports: records.length, parsed: collected.files.filter((f) => !f.cached).length, ...files }
}

/**
 * The first of the shard build's own files (`built`) that differs from the early one, byte for
 * byte; null when both are the same. A difference means the runner and the build read the shard
 * differently: a fault of this program, and the national pages made from it are not published.
 */
export function earlyOutputMismatch(early: EarlyFiles, built: EarlyFiles): string | null {
  for (const key of ['summary', 'bulkManifest'] as const) {
    let ours: Buffer
    let theirs: Buffer
    try {
      ours = readFileSync(early[key])
      theirs = readFileSync(built[key])
    } catch {
      return built[key]
    }
    if (!ours.equals(theirs)) return built[key]
  }
  return null
}
