/**
 * Addresses of the quality overview (through `withBase`, like every internal URL): the overview,
 * the findings page (its filter in the query string), the findings index and the files per
 * province and year (JSON for the page's script, CSV for people without it).
 */
import { withBase } from '../paths.ts'
import { filterQuery, type FindingsFilter } from './findings-index.ts'

/** The overview page. */
export const qualityOverviewPath = (): string => withBase('/quality/')
/** The findings page, filtered. */
export const findingsPath = (filter: Partial<FindingsFilter> = {}): string =>
  withBase('/quality/findings/') + filterQuery({ check: '', place: '', year: '', ...filter })
/** The index of the findings files. */
export const findingsIndexPath = (): string => withBase('/quality/data/index.json')
/** A province's findings of one year (year key: the year or `na`). */
export const findingsFilePath = (province: string, year: string, format: 'json' | 'csv'): string =>
  withBase(`/quality/data/${province}/${year}.${format}`)
