/** unified compiler plugin: the draft record, every diagnostic found and the quality card → the public `ReportRecord`. */
import type { Processor } from 'unified'
import type { VFile } from 'vfile'
import { diagnosticsOf } from '../diagnostics/report.ts'
import type { ReportRecord } from '../types.ts'

/** The finished record of one report. */
export function compileRecord(file: VFile): ReportRecord {
  return { ...file.data.draft!, diagnostics: diagnosticsOf(file), quality: file.data.quality ?? [] }
}

/** The compiler plugin. */
export function reportRecord(this: Processor): void {
  this.compiler = ((_tree: unknown, file: VFile) => compileRecord(file)) as never
}
