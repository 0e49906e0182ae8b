/**
 * The report engine's public API: bytes of a report file → its record (see README「数据格式」).
 * Plain TypeScript with no Astro imports; usable from the command line and from the site.
 */
export { parseReport, reportProcessor, type ParseOptions } from './pipeline/index.ts'
export { parseFile, parseCollection, registryOf } from './collection/parse-collection.ts'
export { formatDiagnostic, formatDiagnostics, summarise } from './collection/format-diagnostics.ts'
export { decodeReport, normaliseText } from './read/decode.ts'
export { appealColumns, appealRows, applicantColumns, moneyColumns, proactiveRows, requestColumns, requestRows } from './template/labels.ts'
export { rules, runRules } from './rules/index.ts'
export type { AppealTable, Cell, Diagnostic, FormattedTable, OrganRecord, ReportRecord, SectionRecord, Severity, TableFormat } from './types.ts'
