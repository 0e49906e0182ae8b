/**
 * Parse a set of report files together: each file into its record, then the checks that need
 * all of them (two files for the same report). The command line and the site's loader both
 * come through here, so a file is read the same way everywhere.
 */
import { existsSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { loadPlaceRegistry, type PlaceRegistry } from '../places/index.ts'
import { parseSource, type ParsedSource } from '../pipeline/index.ts'
import type { Diagnostic, ReportRecord } from '../types.ts'
import { duplicateReports } from './duplicate-report.ts'
import { previousYearChecks } from './previous-year.ts'
import { defaultWorkers, parseJobs, type ParseJob } from './parse-pool.ts'
import { contentFiles, type SkippedFile } from './report-files.ts'
import { supersededReports } from './superseded-reports.ts'

/** The largest file read as a report (a real annual report is well under 10 MB, even as a PDF). */
export const maxFileBytes = 20 * 1024 * 1024

/** One file of a collection: where it is, its bytes' record and source text, and whether they came from a cache. */
export interface CollectedFile extends ParsedSource {
  path: string
  bytes: Uint8Array
  /** The text of the front matter file beside it ('' when none): part of what the parse depends on. */
  sidecar: string
  cached: boolean
  /**
   * A cached record whose checks across years changed in this run (its previous year's report
   * appeared, changed or went): the record must be stored again, its source text has not changed.
   */
  revised?: boolean
}

/** Options of `collectReports`. */
export interface CollectOptions {
  registry?: PlaceRegistry
  /** A parse kept from an earlier run for these exact bytes and sidecar text, if the caller has one (the site's loader does). */
  cached?: (path: string, bytes: Uint8Array, sidecar: string) => ParsedSource | undefined
  /** Called after each file with the count done and the total: the caller shows progress. */
  progress?: (done: number, total: number) => void
  /**
   * Worker threads that parse alongside this one (parse-pool.ts); 0 parses here only. Default: one
   * per core when there are at least `poolThreshold` files to parse, else none.
   */
  workers?: number
}

/** Read one file from disk and parse it, with its source text; an unreadable file still yields a record. */
export async function parseFileSource(path: string, registry?: PlaceRegistry): Promise<ParsedSource> {
  const bytes = readBytes(path)
  if (bytes instanceof Uint8Array) return parseSource(bytes, path, { registry })
  const parsed = await parseSource(new Uint8Array(), path, { registry })
  parsed.record.diagnostics = [{ ruleId: 'read-error', severity: 'error', message: bytes.reason, line: null, column: null }]
  parsed.record.source.encoding = null
  return parsed
}

/** Read one file from disk and parse it; an unreadable file still yields a record. */
export async function parseFile(path: string, registry?: PlaceRegistry): Promise<ReportRecord> {
  return (await parseFileSource(path, registry)).record
}

/** Everything below the roots: each report file parsed, and the litter that was skipped. */
export interface CollectedContent {
  files: CollectedFile[]
  skipped: SkippedFile[]
}

/** A file of the collection in its place: its result once known, and whether reaching it is told as progress. */
interface Slot {
  file?: CollectedFile
  /** False for a file refused for its size, which has always been counted without a progress call. */
  told: boolean
}

/**
 * Parse every report below each root (a folder or a file), run the collection checks, and say what was skipped.
 * Files are first read and checked against the cache in order; those left are parsed (in worker
 * threads when there are many); progress is told in file order, as each file's result is known.
 */
export async function collectContent(roots: readonly string[], options: CollectOptions = {}): Promise<CollectedContent> {
  const slots: Slot[] = []
  const jobs: ParseJob[] = []
  const skipped: SkippedFile[] = []
  const contents = roots.map((root) =>
    existsSync(root) ? contentFiles(root) : { reports: [root], skipped: [], unreadable: [], sidecars: new Map<string, string>() },
  )
  const total = contents.reduce((n, c) => n + c.reports.length + c.unreadable.length, 0)
  for (const content of contents) {
    skipped.push(...content.skipped)
    for (const { path, ...problem } of content.unreadable)
      slots.push({ file: await failedFile(path, problem, options.registry), told: true })
    for (const path of content.reports) {
      const size = existsSync(path) ? statSync(path).size : 0
      if (size > maxFileBytes) {
        const mb = (size / 1024 / 1024).toFixed(1)
        const message = `文件有 ${mb} MB，超过单份报告 ${maxFileBytes / 1024 / 1024} MB 的上限，未读取：请确认这是报告本身（扫描图片过多的 PDF 可另存为“减小文件大小”）`
        slots.push({ file: await failedFile(path, { ruleId: 'file-too-large', message }, options.registry), told: false })
        continue
      }
      const bytes = readBytes(path)
      const sidecarPath = content.sidecars.get(path)
      const sidecar = sidecarPath ? { path: sidecarPath, text: readFileSync(sidecarPath, 'utf8') } : undefined
      const kept = bytes instanceof Uint8Array ? options.cached?.(path, bytes, sidecar?.text ?? '') : undefined
      if (kept) slots.push({ file: { ...kept, path, bytes: bytes as Uint8Array, sidecar: sidecar?.text ?? '', cached: true }, told: true })
      else if (!(bytes instanceof Uint8Array)) {
        const parsed = await parseFileSource(path, options.registry)
        slots.push({ file: { ...parsed, path, bytes: new Uint8Array(), sidecar: sidecar?.text ?? '', cached: false }, told: true })
      } else {
        jobs.push({ index: slots.length, path, bytes, ...(sidecar ? { sidecar } : {}) })
        slots.push({ told: true })
      }
    }
  }
  // Progress in file order: a file is told once it and every file before it are known.
  let told = 0
  const tell = (): void => {
    for (; told < slots.length && slots[told]!.file; told++) if (slots[told]!.told) options.progress?.(told + 1, total)
  }
  tell()
  const workers = options.workers ?? defaultWorkers(jobs.length)
  await parseJobs(jobs, { registry: options.registry, workers }, (job, parsed) => {
    slots[job.index]!.file = { ...parsed, path: job.path, bytes: job.bytes, sidecar: job.sidecar?.text ?? '', cached: false }
    tell()
  })
  const files = slots.map((s) => s.file!)
  // A 更正版 takes its earlier version out of publication (said in both); then any two left for one report are duplicates.
  const { kept, skipped: replaced } = supersededReports(files.map((f) => f.record))
  const stay = new Set(kept)
  const published = files.filter((f) => stay.has(f.record))
  duplicateReports(kept)
  // Each report against the same organ's previous year (a cached record too: its previous year may have changed).
  const changed = previousYearChecks(kept)
  for (const file of published) if (file.cached && changed.has(file.record)) file.revised = true
  return { files: published, skipped: [...skipped, ...replaced] }
}

/** Parse every report below each root (a folder or a file) and run the collection checks. */
export async function collectReports(roots: readonly string[], options: CollectOptions = {}): Promise<CollectedFile[]> {
  return (await collectContent(roots, options)).files
}

/** The record of a path that is not read, with the error saying why. */
async function failedFile(
  path: string,
  { ruleId, message }: { ruleId: string; message: string },
  registry?: PlaceRegistry,
): Promise<CollectedFile> {
  const parsed = await parseSource(new Uint8Array(), path, { registry })
  parsed.record.diagnostics = [{ ruleId, severity: 'error', message, line: null, column: null }]
  parsed.record.source.encoding = null
  return { ...parsed, path, bytes: new Uint8Array(), sidecar: '', cached: false }
}

/** The records of every report below each root, with the collection checks. */
export async function parseCollection(roots: readonly string[], registry?: PlaceRegistry): Promise<ReportRecord[]> {
  return (await collectReports(roots, { registry })).map((f) => f.record)
}

/** The registry at `<contentDir>/places.yaml`, or none. */
export function registryOf(contentDir: string): { registry?: PlaceRegistry; diagnostics: Diagnostic[] } {
  const path = join(contentDir, 'places.yaml')
  if (!existsSync(path)) return { diagnostics: [] }
  const loaded = loadPlaceRegistry(path)
  return {
    registry: loaded.registry,
    diagnostics: loaded.diagnostics.map((d) => ({
      ruleId: d.ruleId,
      severity: d.severity,
      message: `${path}：${d.message}`,
      line: null,
      column: null,
    })),
  }
}

/** A file's bytes, or why they cannot be read. */
function readBytes(path: string): Uint8Array | { reason: string } {
  try {
    return readFileSync(path)
  } catch (error) {
    return { reason: (error as NodeJS.ErrnoException).code === 'ENOENT' ? '文件不存在' : `无法读取文件：${(error as Error).message}` }
  }
}
