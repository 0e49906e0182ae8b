/**
 * carried-over-continuity (warning): the requests a report carries over from last year are those
 * last year's report carried forward: table 三 二、上年结转 总计 of year N = 四、结转下年度继续办理
 * 总计 of year N−1 (same organ). Not evaluable when either table 三 or either cell is missing or blank.
 *
 * @example
 *   // passes (year fixture continuity-holds): 2021 结转下年度继续办理 总计 = 5, 2022 上年结转 总计 = 5
 * @example
 *   // fails (year fixture continuity-breaks): 2021 结转下年度继续办理 总计 = 2, 2022 上年结转 总计 = 5
 *   // 44:1 warning 表三「上年结转政府信息公开申请数量」总计=5，上年（2021）报告「结转下年度继续办理」总计=2（相差 3） carried-over-continuity
 */
import { cellLookup, formatNumber, valueOf } from './cells.ts'
import { defineYearRule } from './year-rule.ts'

/** Check 上年结转 against last year's 结转下年度继续办理. */
export const carriedOverContinuity = defineYearRule(
  {
    id: 'carried-over-continuity',
    severity: 'warning',
    stage: 'check',
    meaning: '表三「上年结转」与同一机关上一年度报告的「结转下年度继续办理」不一致',
    formula: '本年 二、上年结转 总计 = 上年 四、结转下年度继续办理 总计',
  },
  (record, previous, emit, { pass, unknown }) => {
    const subject = '表三「上年结转」与上年「结转下年度继续办理」'
    const now = record.tables.requests
    const before = previous.tables.requests
    if (!now || !before) return unknown({ subject, line: now?.line ?? null }, now ? '上年报告没有读出表三' : '本报告没有读出表三')
    const carried = cellLookup(now.cells)('上年结转政府信息公开申请数量', '总计')
    const forward = cellLookup(before.cells)('结转下年度继续办理', '总计')
    const measure = { subject, line: carried?.line ?? now.line }
    const a = valueOf(carried)
    const b = valueOf(forward)
    if (a === undefined) return unknown(measure, '本报告「上年结转政府信息公开申请数量」总计为空或未读出（未填报）')
    if (b === undefined) return unknown(measure, '上年报告「结转下年度继续办理」总计为空或未读出（未填报）')
    if (a === b) return pass({ ...measure, left: a, right: b })
    const message = `表三「上年结转政府信息公开申请数量」总计=${formatNumber(a)}，上年（${previous.year}）报告「结转下年度继续办理」总计=${formatNumber(b)}（相差 ${formatNumber(Math.abs(a - b))}）`
    emit(message, measure.line, { ...measure, left: a, right: b }, forward?.line ?? null)
  },
)
