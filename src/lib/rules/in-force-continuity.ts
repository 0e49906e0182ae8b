/**
 * in-force-continuity (warning): in 2021-format table 二, the documents in force at the end of the
 * year are last year's plus those issued less those repealed: 现行有效件数 (N) = 现行有效件数 (N−1)
 * + 本年制发件数 (N) − 本年废止件数 (N), for 规章 and 行政规范性文件 (table 二 rows of
 * src/lib/template/labels.ts). Not evaluable when either year's table 二 is missing, not in the
 * 2021 format (the 2019 format has no 现行有效件数), or a cell is blank.
 *
 * @example
 *   // passes (year fixture continuity-holds): 行政规范性文件 2021 现行有效 9; 2022 制发 2 废止 1 现行有效 10
 * @example
 *   // fails (year fixture continuity-breaks): the same with 2022 现行有效 12
 *   // 26:1 warning 表二「行政规范性文件」现行有效件数=12 ≠ 上年现行有效件数 9 + 本年制发 2 − 本年废止 1 = 10（相差 2） in-force-continuity
 */
import { proactiveRows } from '../template/labels.ts'
import { cellLookup, formatNumber, valueOf } from './cells.ts'
import { defineYearRule } from './year-rule.ts'

/** The 2021 rows that carry 现行有效件数. */
const rows = proactiveRows['2021'].filter((r) => r.columns.includes('现行有效件数')).map((r) => r.row)

/** Check 现行有效件数 against last year's and this year's issued and repealed documents. */
export const inForceContinuity = defineYearRule(
  {
    id: 'in-force-continuity',
    severity: 'warning',
    stage: 'check',
    meaning: '2021 年格式表二的现行有效件数与上一年度的现行有效件数、本年制发和废止件数对不上',
    formula: '现行有效件数 = 上年现行有效件数 + 本年制发件数 − 本年废止件数',
  },
  (record, previous, emit, { pass, unknown }) => {
    const now = record.tables.proactive
    const before = previous.tables.proactive
    for (const row of rows) {
      const subject = `表二「${row}」现行有效件数`
      if (!now || now.format !== '2021') {
        if (now) continue // a 2019-format table 二 has no 现行有效件数: nothing to check
        unknown({ subject, line: null }, '本报告没有读出表二')
        continue
      }
      const at = cellLookup(now.cells)
      const inForce = at(row, '现行有效件数')
      const measure = { subject, line: inForce?.line ?? now.line }
      if (!before) {
        unknown(measure, '上年报告没有读出表二')
        continue
      }
      if (before.format !== '2021') {
        unknown(measure, '上年报告的表二是 2019 年格式，没有现行有效件数')
        continue
      }
      const last = cellLookup(before.cells)(row, '现行有效件数')
      const values = [valueOf(inForce), valueOf(last), valueOf(at(row, '本年制发件数')), valueOf(at(row, '本年废止件数'))]
      if (values.some((v) => v === undefined)) {
        unknown(measure, '所需的单元格有空白或未读出（未填报）')
        continue
      }
      const [a, p, made, repealed] = values as number[]
      const b = p! + made! - repealed!
      if (a === b) {
        pass({ ...measure, left: a, right: b })
        continue
      }
      const message = `表二「${row}」现行有效件数=${formatNumber(a!)} ≠ 上年现行有效件数 ${formatNumber(p!)} + 本年制发 ${formatNumber(made!)} − 本年废止 ${formatNumber(repealed!)} = ${formatNumber(b)}（相差 ${formatNumber(Math.abs(a! - b))}）`
      emit(message, measure.line, { ...measure, left: a, right: b }, last?.line ?? null)
    }
  },
)
