/**
 * What `npm run check -- --format json` prints: the same findings as the text output, as one
 * JSON object for scripts (a CMS import job, a CI step). Field names are stable; messages are Chinese.
 */
import type { Diagnostic, ReportRecord } from '../types.ts'
import { tableKeys, type TableKey } from '../template/tables.ts'
import type { SkippedFile } from './report-files.ts'
import { summarise } from './format-diagnostics.ts'

/** One checked file. */
export interface CheckedFile {
  path: string
  /** The reader that read it (`text`, `pdf`, `docx` …), null when the type is not supported. */
  reader: string | null
  /** The record id the report would be published under. */
  id: string
  organ: ReportRecord['organ']
  year: number | null
  /** Which of 表二/表三/表四 were found. */
  tables: Record<TableKey, boolean>
  /** False when any diagnostic is an error: the build refuses the file. */
  publishable: boolean
  diagnostics: Diagnostic[]
}

/** The whole result. */
export interface CheckResult {
  files: CheckedFile[]
  /** Files recognised as litter (browser `_files/` folders, Thumbs.db …) and skipped. */
  skipped: SkippedFile[]
  /** Problems of content/places.yaml. */
  registry: Diagnostic[]
  summary: { files: number; errors: number; warnings: number; infos: number; failed: string[]; text: string }
}

/** The check result of parsed records, skipped litter and registry problems. */
export function checkResult(
  records: readonly ReportRecord[],
  skipped: readonly SkippedFile[],
  registry: readonly Diagnostic[],
): CheckResult {
  const files = records.map((r): CheckedFile => ({
    path: r.source.path,
    reader: r.source.reader,
    id: r.id,
    organ: r.organ,
    year: r.year,
    tables: Object.fromEntries(tableKeys.map((k) => [k, r.tables[k] !== null])) as CheckedFile['tables'],
    publishable: !r.diagnostics.some((d) => d.severity === 'error'),
    diagnostics: r.diagnostics,
  }))
  const { errors, warnings, infos, failed, text } = summarise(records, registry)
  return {
    files,
    skipped: [...skipped],
    registry: [...registry],
    summary: { files: records.length, errors, warnings, infos, failed, text },
  }
}
