/**
 * The coverage matrix of one county as people read it, for Excel and WPS: a row per township, a
 * column per year, each cell the status as the page writes it (按时, 逾期 12 天, 缺失, …), the
 * 12-digit code kept as text (`="640521205000"`, src/utils/data/excel-text.ts). The tidy file of
 * the same matrix, a row per township-year, is ./coverage-csv.ts.
 */
import type { CountyGroup } from '../compare/compare-counties.ts'
import { excelCsv, excelText, type ExcelField } from '../data/excel-text.ts'
import type { CountyMatrix } from './county-matrix.ts'
import { statusNames, statusText } from './report-status.ts'

/** The header: place columns, then one column per year, then 年度不详 when some report has no year. */
export function matrixExcelHeader(matrix: CountyMatrix): string[] {
  return ['省', '地', '县', '乡镇', '区划代码', ...matrix.years.map((y) => `${y}年`), ...(matrix.undated.length > 0 ? ['年度不详'] : [])]
}

/** The Excel-friendly CSV of one county's matrix. */
export function countyMatrixExcelCsv(matrix: CountyMatrix, group: CountyGroup): string {
  const undated = matrix.undated.length > 0
  const rows: ExcelField[][] = matrix.rows.map((row) => [
    group.province.name,
    group.prefecture?.name ?? null,
    matrix.name,
    row.name,
    excelText(row.code),
    ...row.cells.map((cell) => (cell.reports.length === 0 ? statusNames.missing.word : cell.reports.map(statusText).join('；'))),
    ...(undated
      ? [
          matrix.undated
            .filter((u) => u.township === row.name)
            .map((u) => statusText(u.report))
            .join('；') || null,
        ]
      : []),
  ])
  return excelCsv(matrixExcelHeader(matrix), rows)
}
