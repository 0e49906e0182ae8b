/**
 * identical-tables (info): a table copied unchanged from last year's report is flagged: tables 二,
 * 三 and 四 each compared cell by cell (same format, every cell's row, column and value equal). Two
 * tables all zero or blank are alike without being copied, and pass.
 *
 * @example
 *   // passes (year fixture continuity-holds): tables 三 and 四 have new figures
 * @example
 *   // fails (year fixture tables-copied): table 三 the same as last year's, 175 cells
 *   // 40:1 info 表三与上年（2021）报告的表三完全相同（175 个单元格） identical-tables
 */
import { tableKeys, tableNames } from '../template/tables.ts'
import type { Cell } from '../types.ts'
import { defineYearRule } from './year-rule.ts'

/** A table's cells as one comparable text. */
function signature(cells: readonly Cell[]): string {
  return cells
    .map((c) => `${c.row}\0${c.column}\0${c.value}`)
    .sort()
    .join('\n')
}

/** Flag each table identical to last year's. */
export const identicalTables = defineYearRule(
  {
    id: 'identical-tables',
    severity: 'info',
    stage: 'check',
    meaning: '统计表与同一机关上一年度报告的同一张表完全相同（可能照抄了上年的数字）',
    formula: '本年的表与上年的表不完全相同（全为 0 或空的表除外）',
  },
  (record, previous, emit, { pass, unknown }) => {
    for (const key of tableKeys) {
      const name = tableNames[key].short
      const now = record.tables[key]
      const before = previous.tables[key]
      const measure = { subject: `${name}与上年的${name}`, line: now?.line ?? null }
      if (!now || !before) {
        unknown(measure, now ? `上年报告没有读出${name}` : `本报告没有读出${name}`)
        continue
      }
      const formats = ['format' in now ? now.format : null, 'format' in before ? before.format : null]
      if (formats[0] !== formats[1] || signature(now.cells) !== signature(before.cells)) {
        pass(measure)
        continue
      }
      if (!now.cells.some((c) => c.value !== null && c.value !== 0)) {
        pass(measure)
        continue
      }
      emit(`${name}与上年（${previous.year}）报告的${name}完全相同（${now.cells.length} 个单元格）`, now.line, measure, before.line)
    }
  },
)
