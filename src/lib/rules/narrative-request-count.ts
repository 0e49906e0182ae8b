/**
 * narrative-request-count (warning): every count the text quotes matches the tables: the
 * requests received ("共收到政府信息公开申请7件", "未收到政府信息公开的申请" = 0) against table
 * 三's 一、本年新收 总计 (or 一+二, when the text counts carried-over requests in); requests
 * carried over ("上年结转1件") against 二、上年结转 总计; reconsiderations ("行政复议2起",
 * "未发生行政复议" = 0) against table 四's 行政复议 总计; lawsuits against the two 行政诉讼 totals.
 *
 * The received count comes from `file.data.requestClaim` (set while reading the source lines),
 * or from the record's narrative when the rule runs on a record alone; the others from the
 * narrative. A count the text does not state is not checked; the received count is then shown
 * as not evaluable.
 *
 * @example
 *   // passes (seed 徐套乡 2021): "2021年度未收到政府信息公开的申请" and 本年新收 总计 = 0
 * @example
 *   // fails (engine fixture narrative-count): "全年共受理政府信息公开申请19件" with 本年新收 总计 = 18
 *   // 4:1 warning 正文称「受理政府信息公开申请19件」，表三「本年新收政府信息公开申请数量」总计为 18（相差 1） narrative-request-count
 * @example
 *   // passes (fixture narrative-counts-match): 申请52件, 上年结转5件, 行政复议2起, 行政诉讼3起, as tables 三 and 四 say
 * @example
 *   // fails (fixture narrative-counts-mismatch): "本年度发生行政复议3起" with 表四 行政复议 总计 = 2
 *   // 12:1 warning 正文称「行政复议3起」，表四「行政复议」总计为 2（相差 1） narrative-request-count
 */
import { narrativeCounts } from '../structure/narrative-counts.ts'
import type { RequestClaim } from '../structure/narrative-claims.ts'
import { appealRows } from '../template/labels.ts'
import type { Cell } from '../types.ts'
import { cellLookup, formatNumber, valueOf } from './cells.ts'
import { defineRule, type Emit, type Verdicts } from './rule.ts'

/** Compare a quoted count with the sum of table cells, under `subject`. */
function compareClaim(
  claim: RequestClaim,
  cells: (Cell | undefined)[],
  names: { subject: string; formula: string; table: string },
  emit: Emit,
  { pass, unknown }: Verdicts,
): void {
  const measure = { subject: names.subject, formula: names.formula, line: claim.line }
  if (cells.some((cell) => valueOf(cell) === undefined)) return unknown(measure, `${names.table}为空或未读出（未填报）`)
  const total = cells.reduce((sum, cell) => sum + valueOf(cell)!, 0)
  if (claim.count === total) return pass({ ...measure, left: claim.count, right: total })
  const message = `正文称「${claim.quote}」，${names.table}为 ${formatNumber(total)}（相差 ${formatNumber(Math.abs(claim.count - total))}）`
  emit(message, { line: claim.line }, undefined, { ...measure, left: claim.count, right: total })
}

/** Compare the text's counts with tables 三 and 四. */
export const narrativeRequestCount = defineRule(
  {
    id: 'narrative-request-count',
    severity: 'warning',
    stage: 'check',
    meaning:
      '正文所说的件数与统计表不一致：收到的申请（如“共收到政府信息公开申请7件”“未收到申请”）对表三「本年新收」总计（或“新收+上年结转”），上年结转的申请对表三「上年结转」总计，行政复议、行政诉讼的件数对表四',
    formula: '正文所称件数 = 表三 一、本年新收 总计',
  },
  (record, emit, file, verdicts) => {
    const { pass, unknown } = verdicts
    const counts = narrativeCounts(record.narrative, { received: file.data.requestClaim === undefined })
    const claim = file.data.requestClaim !== undefined ? file.data.requestClaim : (counts.received ?? null)
    const requests = record.tables.requests
    const at = requests ? cellLookup(requests.cells) : null
    const subject = '正文所称收到的申请件数'
    if (!claim) unknown({ subject, line: null }, '正文没有写明收到的申请件数')
    else if (!at) unknown({ subject, line: claim.line }, '未找到表三')
    else {
      const received = valueOf(at('本年新收政府信息公开申请数量', '总计'))
      const carried = valueOf(at('上年结转政府信息公开申请数量', '总计'))
      if (received === undefined) unknown({ subject, line: claim.line }, '表三「本年新收政府信息公开申请数量」总计为空或未读出（未填报）')
      else if (claim.count === received) pass({ subject, line: claim.line, left: claim.count, right: received })
      else if (carried !== undefined && claim.count === received + carried)
        pass({ subject, line: claim.line, left: claim.count, right: received + carried, formula: '正文所称件数 = 表三 一 + 二 总计' })
      else {
        const message = `正文称「${claim.quote}」，表三「本年新收政府信息公开申请数量」总计为 ${formatNumber(received)}（相差 ${formatNumber(Math.abs(claim.count - received))}）`
        emit(message, { line: claim.line }, undefined, { subject, line: claim.line, left: claim.count, right: received })
      }
    }
    if (counts.carried) {
      const names = {
        subject: '正文所称上年结转件数',
        formula: '正文所称件数 = 表三 二、上年结转 总计',
        table: '表三「上年结转政府信息公开申请数量」总计',
      }
      if (!at) unknown({ subject: names.subject, line: counts.carried.line }, '未找到表三')
      else compareClaim(counts.carried, [at('上年结转政府信息公开申请数量', '总计')], names, emit, verdicts)
    }
    const appeals = record.tables.appeals ? cellLookup(record.tables.appeals.cells) : null
    const [review, direct, afterReview] = appealRows
    if (counts.appeals) {
      const names = { subject: '正文所称行政复议件数', formula: '正文所称件数 = 表四 行政复议 总计', table: `表四「${review}」总计` }
      if (!appeals) unknown({ subject: names.subject, line: counts.appeals.line }, '未找到表四')
      else compareClaim(counts.appeals, [appeals(review, '总计')], names, emit, verdicts)
    }
    if (counts.lawsuits) {
      const names = {
        subject: '正文所称行政诉讼件数',
        formula: `正文所称件数 = 表四 ${direct} 总计 + ${afterReview} 总计`,
        table: `表四行政诉讼（${direct}+${afterReview}）总计`,
      }
      if (!appeals) unknown({ subject: names.subject, line: counts.lawsuits.line }, '未找到表四')
      else compareClaim(counts.lawsuits, [appeals(direct, '总计'), appeals(afterReview, '总计')], names, emit, verdicts)
    }
  },
)
