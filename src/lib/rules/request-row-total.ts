/**
 * request-row-total (warning): for every row of table 三, the 总计 column is the sum of the six
 * applicant columns (自然人, 商业企业, 科研机构, 社会公益组织, 法律服务机构, 其他).
 *
 * Points at the row's 总计 cell. A blank or missing cell among the seven skips the row.
 *
 * @example
 *   // passes (fixture complete-2019): 予以公开 自然人=25 商业企业=3 科研机构=0 社会公益组织=1 法律服务机构=1 其他=1 总计=31
 * @example
 *   // fails (fixture request-row-total-2019): the same with 自然人=26
 *   // 49:1 warning 表三「予以公开」行：总计列=31 ≠ 自然人至其他六列之和=32（相差 1） request-row-total
 */
import { applicantColumns, requestRows } from '../template/labels.ts'
import { cellLookup, evaluateSums, formatNumber } from './cells.ts'
import { defineRule } from './rule.ts'

/** Check 总计 against the applicant columns in each row of table 三. */
export const requestRowTotal = defineRule(
  {
    id: 'request-row-total',
    severity: 'warning',
    stage: 'check',
    meaning: '表三某一行：总计列 ≠ 自然人至其他六列之和',
    formula: '总计 = 自然人 + 商业企业 + 科研机构 + 社会公益组织 + 法律服务机构 + 其他',
  },
  (record, emit, _file, { pass, unknown }) => {
    const table = record.tables.requests
    if (!table) return unknown({ subject: '表三各行', line: null }, '未找到表三')
    const at = cellLookup(table.cells)
    for (const { row } of requestRows[table.format]) {
      const total = at(row, '总计')
      const sums = evaluateSums(
        [total],
        applicantColumns.map((column) => at(row, column)),
      )
      const measure = { subject: `表三「${row}」行`, line: total?.line ?? table.line }
      if ('reason' in sums) unknown(measure, sums.reason)
      else if (sums.equal) pass({ ...measure, left: sums.left, right: sums.right })
      else {
        const difference = Math.abs(sums.left - sums.right)
        const message = `表三「${row}」行：总计列=${formatNumber(sums.left)} ≠ 自然人至其他六列之和=${formatNumber(sums.right)}（相差 ${formatNumber(difference)}）`
        emit(message, { line: total?.line ?? null }, undefined, { ...measure, left: sums.left, right: sums.right })
      }
    }
  },
)
