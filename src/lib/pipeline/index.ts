/**
 * The report engine: bytes of one report file → its public record. The read stage (one reader
 * per format, src/lib/read) makes the line tree; unified transforms find structure, place and
 * tables; the compiler assembles the record and runs the rules. Never throws: a file that
 * cannot be read still yields a record whose diagnostics say why.
 */
import { createHash } from 'node:crypto'
import { unified } from 'unified'
import { VFile } from 'vfile'
import { basename } from 'node:path'
import { diagnosticsOf, report, stamp } from '../diagnostics/report.ts'
import { splitFrontMatter } from '../read/front-matter.ts'
import type { PlaceRegistry } from '../places/index.ts'
import { readableExtensions, readerFor, readReport } from '../read/index.ts'
import type { ReportRecord, ReportRoot } from '../types.ts'
import './data-map.ts'
import { reportChecks } from './report-checks.ts'
import { reportCorrections } from './report-corrections.ts'
import { reportDraft } from './report-draft.ts'
import { reportRecord } from './report-record.ts'
import { reportId } from './report-id.ts'
import { reportPlace, reportStructure, reportTables } from './report-structure.ts'

/**
 * Most characters of text one report may hold. A long county report is about 30,000 characters;
 * a file with more than 20 times that is not one report, and its source page would be megabytes.
 */
export const maxTextChars = 600_000

/** Options of `parseReport`. */
export interface ParseOptions {
  /** Place corrections and additions (content/places.yaml). */
  registry?: PlaceRegistry
  /** Front matter kept beside the file (`报告.yaml` next to `报告.pdf`): its name and text. */
  sidecar?: { path: string; text: string }
}

/** A parsed file: its record, and the text its source view shows (the record's line numbers point into it). */
export interface ParsedSource {
  record: ReportRecord
  text: string
}

/** The unified processor that turns a report's line tree into its record. */
export function reportProcessor(options: ParseOptions = {}) {
  return unified()
    .use(reportStructure)
    .use(reportPlace, options)
    .use(reportTables)
    .use(reportDraft)
    .use(reportCorrections)
    .use(reportChecks)
    .use(reportRecord)
    .freeze()
}

type Processor = ReturnType<typeof reportProcessor>
const processors = new WeakMap<object, Processor>()
const noRegistry = {}

/** A frozen processor per registry, built once and reused for every file. */
function processorFor(options: ParseOptions): Processor {
  const key = options.registry ?? noRegistry
  let processor = processors.get(key)
  if (!processor) processors.set(key, (processor = reportProcessor(options)))
  return processor
}

/** Parse one report file's bytes into its record. `path` is kept as the record's source path. */
export async function parseReport(bytes: Uint8Array, path: string, options: ParseOptions = {}): Promise<ReportRecord> {
  return (await parseSource(bytes, path, options)).record
}

/** Parse one report file's bytes into its record and the text of its source view. */
export async function parseSource(bytes: Uint8Array, path: string, options: ParseOptions = {}): Promise<ParsedSource> {
  const file = new VFile({ path })
  file.data.sha256 = createHash('sha256').update(bytes).digest('hex')
  // Diagnostics are vfile messages (Errors): their stack traces are never used and cost time.
  const stackTraceLimit = Error.stackTraceLimit
  Error.stackTraceLimit = 0
  try {
    const tree = await readTree(bytes, file)
    if (!tree) return { record: failedRecord(file), text: sourceText(file) }
    const chars = String(file.value ?? '').length
    if (chars > maxTextChars) {
      const message = `文件读出的文字有 ${Math.round(chars / 10_000)} 万字，超过单份年度报告 ${maxTextChars / 10_000} 万字的上限，未读取：请确认这是一份报告本身，而不是合并了多份文件或整个网站栏目的文件`
      report(file, 'text-too-long', 'error', message, { line: 1 })
      file.value = ''
      return { record: failedRecord(file), text: '' }
    }
    if (options.sidecar) applySidecar(tree, options.sidecar, file)
    const processor = processorFor(options)
    const record = processor.stringify(processor.runSync(tree, file), file) as unknown as ReportRecord
    return { record, text: sourceText(file) }
  } catch (error) {
    report(file, 'internal-error', 'error', `解析时发生内部错误：${error instanceof Error ? error.message : String(error)}`, { line: 1 })
    return { record: failedRecord(file), text: sourceText(file) }
  } finally {
    Error.stackTraceLimit = stackTraceLimit
  }
}

/** The line tree of a file from the reader for its ending; null when it cannot be read. */
async function readTree(bytes: Uint8Array, file: VFile): Promise<ReportRoot | null> {
  const reader = readerFor(file.path)
  if (reader) return readReport(bytes, file, reader)
  const kinds = readableExtensions().join('、')
  report(file, 'unsupported-file', 'error', `不支持的文件类型：报告文件应为 ${kinds} 之一`, { line: 1 })
  return null
}

/**
 * Front matter from a sidecar file (for PDF, Word and web pages, which cannot hold it): read as
 * if it stood at the top of the report; it wins over front matter in the file itself.
 */
function applySidecar(tree: ReportRoot, sidecar: { path: string; text: string }, file: VFile): void {
  const split = splitFrontMatter(`---\n${sidecar.text.replace(/^\uFEFF/, '').trimEnd()}\n---\n`)
  const name = basename(sidecar.path)
  for (const d of split.diagnostics)
    stamp(file, d.ruleId, d.severity, `文件头文件 ${name}${d.line && d.line > 1 ? ` 第 ${d.line - 1} 行` : ''}：${d.message}`, { line: 1 })
  const front = split.front ? { ...split.front } : {}
  // Corrections name their own file and line there (the wrapper's first --- line is not in the sidecar).
  if (front.corrections) front.corrections = front.corrections.map((c) => ({ ...c, line: c.line - 1, file: sidecar.path }))
  tree.data = { ...tree.data, front: { ...(tree.data?.front ?? {}), ...front } }
}

/** The text of the source view, with LF line ends. */
function sourceText(file: VFile): string {
  return String(file.value ?? '').replace(/\r\n?/g, '\n')
}

/** The record of a file that could not be read. */
function failedRecord(file: VFile): ReportRecord {
  const sha256 = file.data.sha256!
  return {
    id: reportId(null, null, sha256),
    source: {
      path: file.path,
      encoding: file.data.encoding ?? null,
      sha256,
      reader: file.data.reader ?? null,
      pages: file.data.pageCount ?? null,
    },
    organ: { name: null, township: null, county: null, prefecture: null, province: null, code: null },
    year: null,
    publishedOn: null,
    documentNumber: null,
    sections: [],
    tables: { proactive: null, requests: null, appeals: null },
    narrative: { intro: [], sections: [] },
    sourceUrl: null,
    corrections: [],
    supersedes: null,
    diagnostics: diagnosticsOf(file),
    quality: [],
  }
}
