/**
 * proactive-balance (info): in a 2019-format table 二, a row's 对外公开总数量 (all documents
 * public so far) cannot be smaller than its 本年新公开数量 (those made public this year).
 * Checked for the rows that have both columns: 规章 and 规范性文件.
 *
 * Not checked: the 2021 relation 现行有效件数 = last year's 现行有效件数 + 本年制发件数 −
 * 本年废止件数 needs the previous year's report, so this rule implements nothing cross-year
 * and says nothing on 2021-format tables.
 *
 * @example
 *   // passes (fixture complete-2019): 规范性文件 本年新制作数量=3 本年新公开数量=3 对外公开总数量=12
 * @example
 *   // fails (fixture proactive-balance-2019): 规范性文件 本年新公开数量=3 对外公开总数量=2
 *   // 26:1 info 表二「规范性文件」：对外公开总数量=2 < 本年新公开数量=3（相差 1） proactive-balance
 */
import { proactiveRows } from '../template/labels.ts'
import { cellLookup, formatNumber, nearlyEqual, sameUnit, valueOf } from './cells.ts'
import { defineRule } from './rule.ts'

/** The 2019 rows that carry both compared columns. */
const rows = proactiveRows['2019'].filter((row) => row.columns.includes('本年新公开数量') && row.columns.includes('对外公开总数量'))

/** Check 对外公开总数量 ≥ 本年新公开数量 in a 2019 table 二. */
export const proactiveBalance = defineRule(
  {
    id: 'proactive-balance',
    severity: 'info',
    stage: 'check',
    meaning: '2019 年格式表二：对外公开总数量小于本年新公开数量',
    formula: '对外公开总数量 ≥ 本年新公开数量',
  },
  (record, emit, _file, { pass, unknown }) => {
    const table = record.tables.proactive
    if (!table) return unknown({ subject: '表二', line: null }, '未找到表二')
    if (table.format !== '2019') return
    const at = cellLookup(table.cells)
    for (const { row } of rows) {
      const total = at(row, '对外公开总数量')
      const published = at(row, '本年新公开数量')
      const t = valueOf(total)
      const p = valueOf(published)
      const measure = { subject: `表二「${row}」行`, line: total?.line ?? table.line }
      if (t === undefined || p === undefined) unknown(measure, '对外公开总数量或本年新公开数量为空或未读出（未填报）')
      else if (!sameUnit([total!, published!])) unknown(measure, '两格的单位不同，不换算比较')
      else if (t >= p || nearlyEqual(t, p)) pass({ ...measure, left: t, right: p })
      else {
        const message = `表二「${row}」：对外公开总数量=${formatNumber(t)} < 本年新公开数量=${formatNumber(p)}（相差 ${formatNumber(p - t)}）`
        emit(message, { line: total!.line }, undefined, { ...measure, left: t, right: p })
      }
    }
  },
)
