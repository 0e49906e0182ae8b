/**
 * missing-section (warning, or info): each of the six sections must have its heading.
 *
 * When the heading is missing but the section's table was recognised (seed `002_…` prints
 * table 三 under 一（五）with no 三、heading), the section is effectively there: the rule
 * says so as an `info` pointing at the table.
 *
 * @example
 *   // passes (fixture complete-2019): sections 1–6 all found
 * @example
 *   // fails (fixture missing-section): no section 5 heading
 *   // warning 缺少第五部分「存在的主要问题及改进情况」 missing-section
 * @example
 *   // fails softly (fixture seed-002-table-without-heading): no section 3 heading, tables.requests found at line 46
 *   // 46:1 info 未找到第三部分「收到和处理政府信息公开申请情况」的标题，但找到了表三 missing-section
 */
import { defineRule } from './rule.ts'
import { sectionOf, sectionSpecs } from './section-specs.ts'

/** Report every section whose heading was not found. */
export const missingSection = defineRule(
  {
    id: 'missing-section',
    severity: 'warning',
    also: ['info'],
    stage: 'check',
    meaning: '缺少六个部分之一的标题；如果找到了该部分的表格而没找到标题，则为提示',
    formula: '六个部分各有标题',
  },
  (record, emit, _file, { pass }) => {
    for (const spec of sectionSpecs) {
      const subject = `第${spec.ordinal}部分「${spec.title}」`
      const heading = sectionOf(record, spec.number)
      if (heading) {
        pass({ subject, line: heading.line })
        continue
      }
      const table = spec.table ? record.tables[spec.table.key] : null
      if (spec.table && table) {
        const message = `未找到第${spec.ordinal}部分「${spec.title}」的标题，但找到了${spec.table.name}`
        emit(message, { line: table.line }, 'info', { subject, line: table.line })
      } else {
        emit(`缺少第${spec.ordinal}部分「${spec.title}」`, { line: null }, undefined, { subject, line: null })
      }
    }
  },
)
