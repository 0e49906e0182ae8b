/**
 * The report engine: bytes of one report file → its public record. Never throws: a file that
 * cannot be read still yields a record whose diagnostics say why.
 */
import { createHash } from 'node:crypto'
import { unified } from 'unified'
import { VFile } from 'vfile'
import { decodeReport } from '../read/decode.ts'
import { diagnosticsOf, report } from '../diagnostics/report.ts'
import type { PlaceRegistry } from '../places/index.ts'
import type { ReportRecord } from '../types.ts'
import './data-map.ts'
import { reportParse } from './report-parse.ts'
import { reportRecord } from './report-record.ts'
import { reportId } from './report-id.ts'
import { reportPlace, reportStructure, reportTables } from './report-structure.ts'

/** Options of `parseReport`. */
export interface ParseOptions {
  /** Place corrections and additions (content/places.yaml). */
  registry?: PlaceRegistry
}

/** The unified processor that turns decoded report text into a record. */
export function reportProcessor(options: ParseOptions = {}) {
  return unified().use(reportParse).use(reportStructure).use(reportPlace, options).use(reportTables).use(reportRecord).freeze()
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
export function parseReport(bytes: Uint8Array, path: string, options: ParseOptions = {}): ReportRecord {
  const sha256 = createHash('sha256').update(bytes).digest('hex')
  const decoded = decodeReport(bytes)
  const file = new VFile({ path, value: decoded.text })
  file.data.sha256 = sha256
  file.data.encoding = decoded.encoding
  if (!decoded.ok || decoded.text.trim() === '') {
    const empty = bytes.length === 0 || (decoded.ok && decoded.text.trim() === '')
    if (empty) report(file, 'empty-file', 'error', '文件是空的：没有可读取的内容', { line: 1 })
    else report(file, 'encoding', 'error', `无法识别文件编码或文件不是文本（${decoded.reason ?? '未知原因'}）：请另存为 UTF-8 文本`, { line: 1 })
    return failedRecord(path, sha256, decoded.encoding, file)
  }
  // Diagnostics are vfile messages (Errors): their stack traces are never used and cost time.
  const stackTraceLimit = Error.stackTraceLimit
  try {
    Error.stackTraceLimit = 0
    const processor = processorFor(options)
    const tree = processor.runSync(processor.parse(file), file)
    return processor.stringify(tree, file) as unknown as ReportRecord
  } catch (error) {
    report(file, 'internal-error', 'error', `解析时发生内部错误：${error instanceof Error ? error.message : String(error)}`, { line: 1 })
    return failedRecord(path, sha256, decoded.encoding, file)
  } finally {
    Error.stackTraceLimit = stackTraceLimit
  }
}

/** The record of a file that could not be read. */
function failedRecord(path: string, sha256: string, encoding: string | null, file: VFile): ReportRecord {
  return {
    id: reportId(null, null, sha256),
    source: { path, encoding, sha256 },
    organ: { name: null, township: null, county: null, prefecture: null, province: null, code: null },
    year: null,
    publishedOn: null,
    documentNumber: null,
    sections: [],
    tables: { proactive: null, requests: null, appeals: null },
    diagnostics: diagnosticsOf(file),
  }
}
