/**
 * Parse a set of report files together: each file into its record, then the checks that need
 * all of them (two files for the same report). The command line and the site's loader both
 * come through here, so a file is read the same way everywhere.
 */
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { loadPlaceRegistry, type PlaceRegistry } from '../places/index.ts'
import { parseSource, type ParsedSource } from '../pipeline/index.ts'
import type { Diagnostic, ReportRecord } from '../types.ts'
import { duplicateReports } from './duplicate-report.ts'
import { reportFiles } from './report-files.ts'

/** One file of a collection: where it is, its bytes' record and source text, and whether they came from a cache. */
export interface CollectedFile extends ParsedSource {
  path: string
  bytes: Uint8Array
  cached: boolean
}

/** Options of `collectReports`. */
export interface CollectOptions {
  registry?: PlaceRegistry
  /** A parse kept from an earlier run for these exact bytes, if the caller has one (the site's loader does). */
  cached?: (path: string, bytes: Uint8Array) => ParsedSource | undefined
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

/** Parse every report below each root (a folder or a file) and run the collection checks. */
export async function collectReports(roots: readonly string[], options: CollectOptions = {}): Promise<CollectedFile[]> {
  const files: CollectedFile[] = []
  for (const root of roots) {
    for (const path of existsSync(root) ? reportFiles(root) : [root]) {
      const bytes = readBytes(path)
      const kept = bytes instanceof Uint8Array ? options.cached?.(path, bytes) : undefined
      const parsed = kept ?? (await parseFileSource(path, options.registry))
      files.push({ ...parsed, path, bytes: bytes instanceof Uint8Array ? bytes : new Uint8Array(), cached: kept !== undefined })
    }
  }
  duplicateReports(files.map((f) => f.record))
  return files
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
