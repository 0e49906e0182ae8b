/**
 * missing-table (warning): each of tables 二, 三 and 四 must be found.
 *
 * Points at the heading of the section that should hold the table (section 2 ↔ 表二,
 * 3 ↔ 表三, 4 ↔ 表四) when that heading was found, else has no place. `error` stays
 * reserved for files that cannot be read at all.
 *
 * @example
 *   // passes (fixture complete-2019): tables.proactive, tables.requests and tables.appeals are all recognised
 * @example
 *   // fails (fixture missing-table): sections [{ number: 2, title: '主动公开政府信息情况', line: 21 }], tables.proactive: null
 *   // 21:1 warning 未找到表二「主动公开政府信息情况」 missing-table
 */
import { defineRule } from './rule.ts'
import { sectionOf, sectionSpecs } from './section-specs.ts'

/** Report every table that the parser did not recognise. */
export const missingTable = defineRule(
  { id: 'missing-table', severity: 'warning', stage: 'check', meaning: '未找到表二、表三或表四', formula: '表二、表三、表四都已读出' },
  (record, emit, _file, { pass }) => {
    for (const spec of sectionSpecs) {
      if (!spec.table) continue
      const subject = `${spec.table.name}「${spec.title}」`
      const table = record.tables[spec.table.key]
      if (table) {
        pass({ subject, line: table.line })
        continue
      }
      const heading = sectionOf(record, spec.number)
      emit(`未找到${spec.table.name}「${spec.title}」`, { line: heading?.line ?? null }, undefined, {
        subject,
        line: heading?.line ?? null,
      })
    }
  },
)
