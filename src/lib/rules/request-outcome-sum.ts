/**
 * request-outcome-sum (warning): for every column of table 三, 三（七）总计 is the sum of the
 * outcome rows: （一）+（二）+ Σ（三）1–8 + Σ（四）1–3 + Σ（五）1–5 + （六）(2021: Σ（六）1–3).
 *
 * The outcome rows are those of `requestRows[format]` marked `outcome`. Every outcome cell
 * and the total must be filled in: one blank addend skips the column (blank is "not reported").
 *
 * @example
 *   // passes (fixture complete-2019): 自然人 （一）=25 （二）=6 … （六）=1 add up to （七）总计=44
 * @example
 *   // fails (fixture request-outcome-sum-2019): 自然人 （一）=26, so the outcomes add up to 45
 *   // 68:1 warning 表三「自然人」列：三（七）总计=44 ≠ 三（一）至（六）之和=45（相差 1） request-outcome-sum
 */
import { requestColumns, requestRows } from '../template/labels.ts'
import { cellLookup, evaluateSums, formatNumber } from './cells.ts'
import { defineRule } from './rule.ts'

/** Check （七）总计 against the sum of the outcome rows in each column of table 三. */
export const requestOutcomeSum = defineRule(
  {
    id: 'request-outcome-sum',
    severity: 'warning',
    stage: 'check',
    meaning: '表三某一列：三（七）总计 ≠ （一）至（六）各项之和',
    formula: '三（七）总计 = （一）+（二）+（三）+（四）+（五）+（六）',
  },
  (record, emit, _file, { pass, unknown }) => {
    const table = record.tables.requests
    if (!table) return unknown({ subject: '表三各列', line: null }, '未找到表三')
    const at = cellLookup(table.cells)
    const outcomes = requestRows[table.format].filter((row) => row.outcome)
    for (const column of requestColumns) {
      const total = at('总计', column)
      const sums = evaluateSums(
        [total],
        outcomes.map((row) => at(row.row, column)),
      )
      const measure = { subject: `表三「${column}」列`, line: total?.line ?? table.line }
      if ('reason' in sums) unknown(measure, sums.reason)
      else if (sums.equal) pass({ ...measure, left: sums.left, right: sums.right })
      else {
        const difference = Math.abs(sums.left - sums.right)
        const message = `表三「${column}」列：三（七）总计=${formatNumber(sums.left)} ≠ 三（一）至（六）之和=${formatNumber(sums.right)}（相差 ${formatNumber(difference)}）`
        emit(message, { line: total?.line ?? null }, undefined, { ...measure, left: sums.left, right: sums.right })
      }
    }
  },
)
