/** Compiler-style text for diagnostics: `path:line:column  错误|警告|提示  message  rule-id`. */
import type { Diagnostic, ReportRecord } from '../types.ts'
import { readerLabels, type ReaderName } from '../read/index.ts'
import { severityWords } from '../diagnostics/severity-words.ts'

/** One line per diagnostic of every record, in record order. */
export function formatDiagnostics(records: readonly ReportRecord[]): string[] {
  return records.flatMap((r) => r.diagnostics.map((d) => formatDiagnostic(r.source.path, d)))
}

/** Format a single diagnostic of the file at `path`. */
export function formatDiagnostic(path: string, d: Diagnostic): string {
  const place = d.line ? `:${d.line}:${d.column ?? 1}` : ''
  const cause = d.cause ? `  （见 ${d.cause.path}${d.cause.line ? `:${d.cause.line}` : ''}）` : ''
  return `${path}${place}  ${severityWords[d.severity]}  ${d.message}  ${d.ruleId}${cause}`
}

/** One line per file saying how it was read: `path  读取方式：PDF（6 页，有文字层）`. */
export function formatReading(record: ReportRecord): string {
  const { reader, pages, encoding } = record.source
  if (!reader) return `${record.source.path}  读取方式：无（不支持的文件类型）`
  const noText = record.diagnostics.some((d) => d.ruleId === 'pdf-no-text' || d.ruleId === 'pdf-garbled')
  const details =
    reader === 'pdf'
      ? [pages ? `${pages} 页` : null, noText ? '没有可用的文字层' : pages ? '有文字层' : null]
      : [encoding ? `编码 ${encoding}` : null]
  const shown = details.filter(Boolean).join('，')
  return `${record.source.path}  读取方式：${readerLabels[reader as ReaderName] ?? reader}${shown ? `（${shown}）` : ''}；${understanding(record)}`
}

/** What the engine understood of a report, for editors: place, year, tables found, and the count of problems. */
export function understanding(record: ReportRecord): string {
  const o = record.organ
  const where = [o.province, o.prefecture, o.county].filter(Boolean).join('')
  const place = o.township ? `${o.township}${where ? `（${where}）` : ''}` : o.name ? `${o.name}（乡镇未识别）` : '地区未识别'
  const year = record.year ? `${record.year} 年度` : '年度未识别'
  const { proactive, requests, appeals } = record.tables
  const tables = [
    ['表二', proactive],
    ['表三', requests],
    ['表四', appeals],
  ]
    .map(([name, table]) => `${name}${table ? '✓' : '✗'}`)
    .join(' ')
  const count = (severity: Diagnostic['severity']): number => record.diagnostics.filter((d) => d.severity === severity).length
  const problems = [count('error') ? `${count('error')} 个错误（不能发布）` : null, count('warning') ? `${count('warning')} 个警告` : null]
  return [place, year, tables, problems.filter(Boolean).join('，') || '没有问题'].join('；')
}

/** Counts of files and diagnostics, and the summary line printed after them (naming the files that cannot publish). */
export function summarise(
  records: readonly ReportRecord[],
  extra: readonly Diagnostic[] = [],
): { errors: number; warnings: number; infos: number; failed: string[]; text: string } {
  const all = [...records.flatMap((r) => r.diagnostics), ...extra]
  const count = (s: Diagnostic['severity']): number => all.filter((d) => d.severity === s).length
  const [errors, warnings, infos] = [count('error'), count('warning'), count('info')]
  const failed = records.filter((r) => r.diagnostics.some((d) => d.severity === 'error')).map((r) => r.source.path)
  const extraErrors = extra.some((d) => d.severity === 'error')
  const blocked = [
    failed.length ? `${failed.length} 个文件有错误，无法发布：${failed.join('、')}` : null,
    extraErrors ? 'content/places.yaml 有错误' : null,
  ].filter(Boolean)
  const text = `检查了 ${records.length} 个文件：${errors} 个错误，${warnings} 个警告，${infos} 条提示${blocked.length ? `；${blocked.join('；')}` : ''}。`
  return { errors, warnings, infos, failed, text }
}
