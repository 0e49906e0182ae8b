/** The quality card of the report page: the five sample reports' real findings, the summary, timeliness, and no diagnostic lost. */
import { describe, expect, test } from 'vitest'
import { deadlineRuleFrom, defaultDeadlineRule } from '../../../src/utils/report/deadline.ts'
import { diagnosticsBesidesCard, qualityCard, summaryLine, timelinessRow } from '../../../src/utils/report/quality-card.ts'
import { sampleRecord, sampleRecords } from './samples.ts'

/** The failed checks of a sample's card, as rule ids. */
const failed = (id: string): string[] =>
  qualityCard(sampleRecord(id), defaultDeadlineRule)
    .groups.flatMap((g) => g.rows.filter((r) => r.status === 'fail').map(() => g.ruleId))
    .sort()

describe('quality card', () => {
  test('sums up every check in one line', () => {
    expect(summaryLine({ pass: 10, fail: 1, unknown: 1 })).toBe('12 项核对：10 项通过，1 项不一致，1 项无法核对')
    expect(summaryLine({ pass: 3, fail: 0, unknown: 0 })).toBe('3 项核对：3 项通过')
    const card = qualityCard(sampleRecord('654202205000-2020'), defaultDeadlineRule)
    expect(card.counts.total).toBe(card.counts.pass + card.counts.fail + card.counts.unknown)
    expect(card.summary).toBe(summaryLine(card.counts))
  })

  test('shows the five sample reports’ real findings', () => {
    // 兑镇镇 2021 has no table 二 (and no heading of section 二).
    expect(failed('141181100000-2021')).toContain('missing-table')
    const duizhen = qualityCard(sampleRecord('141181100000-2021'), defaultDeadlineRule)
    expect(duizhen.groups.find((g) => g.ruleId === 'missing-table')!.rows.find((r) => r.status === 'fail')!.subject).toMatch(/^表二/)
    // 徐套乡 2021: a row with a cell missing (结转下年度继续办理 × 法律服务机构 blank): the balance of that column cannot be checked.
    const xutao = qualityCard(sampleRecord('640521205000-2021'), defaultDeadlineRule)
    const blank = xutao.groups.find((g) => g.ruleId === 'blank-cells')!.rows.find((r) => r.subject.startsWith('表三'))!
    expect(blank).toMatchObject({ status: 'fail', left: '174', right: '175', difference: '1', line: 87 })
    const balance = xutao.groups.find((g) => g.ruleId === 'request-balance')!.rows.find((r) => r.subject === '表三「法律服务机构」列')!
    expect(balance.status).toBe('unknown')
    expect(balance.reason).toMatch(/为空（未填报），不能当作 0/)
    // 3 of the 5 state no publication date: timeliness cannot be judged for them.
    const timeliness = sampleRecords().map((r) => timelinessRow(r, defaultDeadlineRule))
    expect(timeliness.filter((t) => t.status === 'unknown' && t.reason === '报告未注明发布日期')).toHaveLength(3)
    expect(timeliness.filter((t) => t.status === 'pass')).toHaveLength(2)
  })

  test('judges timeliness under the build’s deadline rule', () => {
    const late = timelinessRow({ year: 2021, publishedOn: '2022-02-12' }, defaultDeadlineRule)
    expect(late).toMatchObject({ status: 'fail', statusLabel: '逾期', difference: '12 天', left: '2022年2月12日', right: '2022年1月31日' })
    expect(timelinessRow({ year: 2021, publishedOn: '2022-02-12' }, deadlineRuleFrom('03-31')).status).toBe('pass')
    expect(timelinessRow({ year: null, publishedOn: '2022-02-12' }, defaultDeadlineRule).reason).toBe('报告年度不明，无法确定截止日期')
  })

  test('leaves out of the other findings only the diagnostics a failed check shows', () => {
    for (const record of sampleRecords()) {
      const rest = diagnosticsBesidesCard(record)
      const onCard = record.quality.filter((c) => c.status === 'fail')
      expect(rest.length + onCard.length).toBe(record.diagnostics.length)
      for (const c of onCard) expect(record.diagnostics).toContainEqual(expect.objectContaining({ ruleId: c.ruleId, message: c.reason }))
    }
  })
})
