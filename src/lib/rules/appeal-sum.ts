/**
 * appeal-sum (warning): in table 四, for each group (行政复议, 未经复议直接起诉, 复议后起诉),
 * 总计 = 结果维持 + 结果纠正 + 其他结果 + 尚未审结.
 *
 * Points at the group's 总计 cell. A blank or missing cell among the five skips the group.
 *
 * @example
 *   // passes (fixture complete-2019): 行政复议 结果维持=1 结果纠正=1 其他结果=0 尚未审结=0 总计=2
 * @example
 *   // fails (fixture appeal-sum): the same with 总计=3
 *   // 76:1 warning 表四「行政复议」：总计=3 ≠ 结果维持+结果纠正+其他结果+尚未审结=2（相差 1） appeal-sum
 */
import { appealColumns, appealRows } from '../template/labels.ts'
import { cellLookup, evaluateSums, formatNumber } from './cells.ts'
import { defineRule } from './rule.ts'

/** The four result columns that add up to 总计. */
const parts = appealColumns.filter((column) => column !== '总计')

/** Check 总计 against the four results in each group of table 四. */
export const appealSum = defineRule(
  {
    id: 'appeal-sum',
    severity: 'warning',
    stage: 'check',
    meaning: '表四某一组：总计 ≠ 结果维持 + 结果纠正 + 其他结果 + 尚未审结',
    formula: '总计 = 结果维持 + 结果纠正 + 其他结果 + 尚未审结',
  },
  (record, emit, _file, { pass, unknown }) => {
    const table = record.tables.appeals
    if (!table) return unknown({ subject: '表四各组', line: null }, '未找到表四')
    const at = cellLookup(table.cells)
    for (const group of appealRows) {
      const total = at(group, '总计')
      const sums = evaluateSums(
        [total],
        parts.map((column) => at(group, column)),
      )
      const measure = { subject: `表四「${group}」`, line: total?.line ?? table.line }
      if ('reason' in sums) unknown(measure, sums.reason)
      else if (sums.equal) pass({ ...measure, left: sums.left, right: sums.right })
      else {
        const difference = Math.abs(sums.left - sums.right)
        const message = `表四「${group}」：总计=${formatNumber(sums.left)} ≠ ${parts.join('+')}=${formatNumber(sums.right)}（相差 ${formatNumber(difference)}）`
        emit(message, { line: total?.line ?? null }, undefined, { ...measure, left: sums.left, right: sums.right })
      }
    }
  },
)
