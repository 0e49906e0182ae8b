/**
 * fee-statement (info): a report on the 2021 template states in section 六「其他需要报告的事项」
 * whether it collected 信息处理费 (the 2021 format moved the fee statement there). Applies when
 * table 二 or 三 follows the 2021 template; not evaluable when section 六 was not found.
 *
 * @example
 *   // passes (fixture complete-2021): section 六 "本年度未收取信息处理费。"
 * @example
 *   // fails (fixture fee-statement-silent): 2021 tables, section 六 reads "无其他需要报告的事项。"
 *   // 86:1 info 第六部分未说明是否收取信息处理费（2021 年格式要求在此报告） fee-statement
 */
import { defineRule } from './rule.ts'
import { sectionOf } from './section-specs.ts'

/** Words that speak of fees. */
const fees = /信息处理费|处理费|收费|收取[^。；;]{0,12}费|费用/

/** Check that section 六 of a 2021-format report speaks of 信息处理费. */
export const feeStatement = defineRule(
  {
    id: 'fee-statement',
    severity: 'info',
    stage: 'check',
    meaning: '2021 年格式的报告在第六部分没有说明是否收取信息处理费',
    formula: '2021 年格式：第六部分说明信息处理费的收取情况',
  },
  (record, emit, _file, { pass, unknown }) => {
    const { proactive, requests } = record.tables
    if (proactive?.format !== '2021' && requests?.format !== '2021') return
    const subject = '第六部分对信息处理费的说明'
    const heading = sectionOf(record, 6)
    if (!heading) return unknown({ subject, line: null }, '未找到第六部分的标题')
    const paragraphs = record.narrative.sections.find((s) => s.number === 6)?.paragraphs ?? []
    const said = paragraphs.find((p) => fees.test(p.text))
    if (said) return pass({ subject, line: said.line })
    emit('第六部分未说明是否收取信息处理费（2021 年格式要求在此报告）', { line: heading.line }, undefined, { subject, line: heading.line })
  },
)
