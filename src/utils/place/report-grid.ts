/**
 * A county's reports as a grid: a row per township, a column per year (oldest first; reports
 * without a year last), each cell linking to that township's report(s) of that year. Its size
 * follows the county's townships and years, not the corpus.
 */
import type { PlaceNode } from './place-tree.ts'
import { placePath, reportPath } from '../paths.ts'

/** One report in a cell: its page and the text of its link (the publication date, else 报告). */
export interface GridReport {
  href: string
  text: string
}

/** One township's row. */
export interface GridRow {
  name: string
  href: string
  /** One list per column of `years` (empty: no report that year). */
  cells: GridReport[][]
}

/** The grid: column years (null: 年度未识别) and rows. */
export interface ReportGrid {
  years: (number | null)[]
  rows: GridRow[]
}

/** The grid of `townships` (in the given order). */
export function reportGrid(townships: readonly PlaceNode[]): ReportGrid {
  const reports = townships.flatMap((t) => t.reports)
  const known = [...new Set(reports.flatMap((r) => (r.year === null ? [] : [r.year])))].sort((a, b) => a - b)
  const years: (number | null)[] = reports.some((r) => r.year === null) ? [...known, null] : known
  return {
    years,
    rows: townships.map((t) => ({
      name: t.name,
      href: placePath(t.key),
      cells: years.map((year) =>
        t.reports.filter((r) => r.year === year).map((r) => ({ href: reportPath(r.id), text: r.publishedOn ?? '报告' })),
      ),
    })),
  }
}
