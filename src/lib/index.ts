/**
 * The report engine's public API: bytes of a report file → its record (see README「数据格式」).
 * Plain TypeScript with no Astro imports; usable from the command line and from the site.
 * The loader (src/loaders) and the scripts (scripts/) import the engine only through this file.
 */
export { parseReport, parseSource, reportProcessor, type ParseOptions, type ParsedSource } from './pipeline/index.ts'
export {
  collectContent,
  collectReports,
  parseCollection,
  parseFile,
  parseFileSource,
  registryOf,
  type CollectedContent,
  type CollectedFile,
} from './collection/parse-collection.ts'
export { correctableFields } from './pipeline/report-corrections.ts'
export { progressLine } from './collection/progress.ts'
export { checkResult, type CheckResult, type CheckedFile } from './collection/check-result.ts'
export { formatDiagnostic, formatDiagnostics, formatReading, summarise } from './collection/format-diagnostics.ts'
export { severityWords } from './diagnostics/severity-words.ts'
export { readerLabels, readers, readerFor, type ReaderName } from './read/index.ts'
export { appealColumns, appealRows, applicantColumns, moneyColumns, proactiveRows, requestColumns, requestRows } from './template/labels.ts'
export { rules, runRules } from './rules/index.ts'
export { ruleCatalog, type CatalogEntry } from './rules/catalog.ts'
export { tableKeys, tableNames, type TableKey } from './template/tables.ts'
export { cellLookup, type CellLookup } from './tables/cell-lookup.ts'
export { formatNumber } from './text/format-number.ts'
export type {
  AppealTable,
  Cell,
  Diagnostic,
  FormattedTable,
  OrganRecord,
  ReportRecord,
  SectionRecord,
  Severity,
  TableFormat,
} from './types.ts'
