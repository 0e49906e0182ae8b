/**
 * Addresses of the coverage pages (through `withBase`, like every internal URL). Summaries and
 * county matrices have address spaces of their own: a place whose county is unknown has its
 * matrix under the key of its prefecture or province, which also has a summary.
 */
import { withBase } from '../paths.ts'
import type { ScopeLevel } from './coverage-summary.ts'

/** The overall summary (key ''), or a province's or prefecture's. */
export const coverageSummaryPath = (key = ''): string => withBase(`/coverage/${key ? `${key}/` : ''}`)
/** A county's matrix. */
export const coverageMatrixPath = (key: string): string => withBase(`/coverage/county/${key}/`)
/** A county's CSV file. */
export const coverageCsvPath = (key: string): string => withBase(`/coverage/county/${key}.csv`)
/** The same matrix for Excel: a row per township, a column per year. */
export const coverageExcelCsvPath = (key: string): string => withBase(`/coverage/county/${key}-excel.csv`)
/** The CSV of all summaries. */
export const coverageSummaryCsvPath = (): string => withBase('/coverage/summary.csv')

/** The page of a summary row: a county's matrix, else the place's summary. */
export const coverageRowPath = (level: ScopeLevel, key: string): string =>
  level === 'county' ? coverageMatrixPath(key) : coverageSummaryPath(key)
