/** unified compiler plugin: the draft record and every diagnostic found → the public `ReportRecord`. */
import type { Processor } from 'unified'
import type { VFile } from 'vfile'
import { diagnosticsOf } from '../diagnostics/report.ts'
import type { ReportRecord } from '../types.ts'

/** The finished record of one report. */
export function compileRecord(file: VFile): ReportRecord {
  return { ...file.data.draft!, diagnostics: diagnosticsOf(file) }
}

/** The compiler plugin. */
export function reportRecord(this: Processor): void {
  this.compiler = ((_tree: unknown, file: VFile) => compileRecord(file)) as never
}
