/**
 * Parse a set of report files together: each file into its record, then the checks that need
 * all of them (two files for the same report, files the engine cannot read).
 */
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { loadPlaceRegistry, type PlaceRegistry } from '../places/index.ts'
import { parseReport } from '../pipeline/index.ts'
import type { Diagnostic, ReportRecord } from '../types.ts'
import { duplicateReports } from './duplicate-report.ts'
import { classifyFiles } from './report-files.ts'

/** Read one file from disk and parse it; an unreadable file still yields a record. */
export function parseFile(path: string, registry?: PlaceRegistry): ReportRecord {
  let bytes: Uint8Array
  try {
    bytes = readFileSync(path)
  } catch (error) {
    const record = parseReport(new Uint8Array(), path, { registry })
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? '文件不存在' : `无法读取文件：${(error as Error).message}`
    record.diagnostics = [{ ruleId: 'read-error', severity: 'error', message: reason, line: null, column: null }]
    record.source.encoding = null
    return record
  }
  return parseReport(bytes, path, { registry })
}

/** The registry at `<contentDir>/places.yaml`, or none. */
export function registryOf(contentDir: string): { registry?: PlaceRegistry; diagnostics: Diagnostic[] } {
  const path = join(contentDir, 'places.yaml')
  if (!existsSync(path)) return { diagnostics: [] }
  const loaded = loadPlaceRegistry(path)
  return {
    registry: loaded.registry,
    diagnostics: loaded.diagnostics.map((d) => ({ ruleId: d.ruleId, severity: d.severity, message: `${path}：${d.message}`, line: null, column: null })),
  }
}

/** Parse every report below `root` (a folder or a file) and run the collection checks. */
export function parseCollection(roots: string[], registry?: PlaceRegistry): ReportRecord[] {
  const records: ReportRecord[] = []
  for (const root of roots) {
    const { reports, unsupported } = existsSync(root) ? classifyFiles(root) : { reports: [root], unsupported: [] }
    for (const path of reports) records.push(parseFile(path, registry))
    for (const path of unsupported) records.push(unsupportedRecord(path, registry))
  }
  duplicateReports(records)
  return records
}

/** A record for a file of a kind the engine does not read (PDF, Word…). */
function unsupportedRecord(path: string, registry?: PlaceRegistry): ReportRecord {
  const record = parseReport(new Uint8Array([0x20]), path, { registry })
  record.source.encoding = null
  record.diagnostics = [
    { ruleId: 'unsupported-file', severity: 'error', message: '不支持的文件类型：请把报告保存为 .txt、.md 或 .html 文件（PDF 和 Word 需先转换为文本）', line: null, column: null },
  ]
  return record
}
