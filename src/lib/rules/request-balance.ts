/**
 * request-balance (warning): for every column of table 三,
 * 一、本年新收 + 二、上年结转 = 三（七）总计 + 四、结转下年度继续办理
 * (the relation printed in the template itself).
 *
 * Points at the column's （七）总计 cell. A blank or missing cell among the four skips the column.
 *
 * @example
 *   // passes (fixture complete-2019): 自然人 一=42 二=3 （七）总计=44 四=1
 * @example
 *   // fails (fixture request-balance-2019): 自然人 一=42 二=5 （七）总计=44 四=1
 *   // 68:1 warning 表三「自然人」列：一+二=47 ≠ 三（七）总计+四=45（相差 2） request-balance
 */
import { requestColumns } from '../template/labels.ts'
import { cellLookup, evaluateSums, formatNumber } from './cells.ts'
import { defineRule } from './rule.ts'

/** Check 一 + 二 = （七） + 四 in each column of table 三. */
export const requestBalance = defineRule(
  {
    id: 'request-balance',
    severity: 'warning',
    stage: 'check',
    meaning: '表三某一列：一、本年新收 + 二、上年结转 ≠ 三（七）总计 + 四、结转下年度继续办理',
    formula: '一 + 二 = 三（七）总计 + 四',
  },
  (record, emit, _file, { pass, unknown }) => {
    const table = record.tables.requests
    if (!table) return unknown({ subject: '表三各列', line: null }, '未找到表三')
    const at = cellLookup(table.cells)
    for (const column of requestColumns) {
      const total = at('总计', column)
      const left = [at('本年新收政府信息公开申请数量', column), at('上年结转政府信息公开申请数量', column)]
      const sums = evaluateSums(left, [total, at('结转下年度继续办理', column)])
      const measure = { subject: `表三「${column}」列`, line: total?.line ?? table.line }
      if ('reason' in sums) unknown(measure, sums.reason)
      else if (sums.equal) pass({ ...measure, left: sums.left, right: sums.right })
      else {
        const difference = Math.abs(sums.left - sums.right)
        const message = `表三「${column}」列：一+二=${formatNumber(sums.left)} ≠ 三（七）总计+四=${formatNumber(sums.right)}（相差 ${formatNumber(difference)}）`
        emit(message, { line: total?.line ?? null }, undefined, { ...measure, left: sums.left, right: sums.right })
      }
    }
  },
)
