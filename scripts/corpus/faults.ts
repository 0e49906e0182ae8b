/**
 * Faults injected on purpose: a known share of reports breaks exactly one identity a rule checks,
 * the way real reports do (a mis-added 总计, a column that does not balance, a count in the text
 * that differs from the table). Each fault names the rule that must report it, and is made so that
 * no other rule fires: not in the report itself, and not in the same township's report of the year
 * before or after (so no fault touches 上年结转 or 结转下年度, which the cross-year check
 * carried-over-continuity compares).
 */
import { appealRows, applicantColumns, requestRows } from '../../src/lib/index.ts'
import { cellKey, type Figures } from './figures.ts'
import type { Random } from './random.ts'

/** The consistency rules a fault can break. */
export const faultRules = [
  'request-balance',
  'request-outcome-sum',
  'request-row-total',
  'appeal-sum',
  'narrative-request-count',
  'proactive-balance',
] as const

export type FaultRule = (typeof faultRules)[number]

/** One injected fault: the rule that must report it and what was changed. */
export interface Fault {
  rule: FaultRule
  /** Severity the rule reports it with. */
  severity: 'warning' | 'info'
  detail: string
}

/** Whether `rule` can be broken in a report with these figures. */
export function faultApplies(rule: FaultRule, figures: Figures): boolean {
  return rule !== 'proactive-balance' || figures.proactiveFormat === '2019'
}

/** Add `delta` to a table 三 cell. */
function bump(figures: Figures, row: string, column: string, delta: number): void {
  figures.requests.get(cellKey(row, column))!.value += delta
}

/**
 * Break `rule` in `figures` (changed in place). The narrative fault returns the count the text
 * must claim instead of the table's; the others return null.
 */
export function injectFault(rule: FaultRule, figures: Figures, random: Random): { fault: Fault; claim: number | null } {
  const d = random.int(1, 3)
  const value = (row: string, column: string) => figures.requests.get(cellKey(row, column))!.value
  switch (rule) {
    case 'request-balance': {
      // 本年新收 off by d in one column (and in 总计, so the row still adds up; the text quotes the
      // table's 总计), with no outcome to match it.
      const column = random.pick(applicantColumns)
      bump(figures, '本年新收政府信息公开申请数量', column, d)
      bump(figures, '本年新收政府信息公开申请数量', '总计', d)
      return { fault: { rule, severity: 'warning', detail: `表三「本年新收」${column}列多写 ${d}` }, claim: null }
    }
    case 'request-outcome-sum': {
      // One outcome row gets d more in one column (and its 总计), but （七）总计 is not updated.
      const row = random.pick(requestRows[figures.requestFormat].filter((r) => r.outcome)).row
      const column = random.pick(applicantColumns)
      bump(figures, row, column, d)
      bump(figures, row, '总计', d)
      return { fault: { rule, severity: 'warning', detail: `表三「${row}」${column}列多写 ${d}，（七）总计未变` }, claim: null }
    }
    case 'request-row-total': {
      // The 总计 column of 一, （一）予以公开 and （七）总计 each off by d: the 总计 column still
      // balances (一 + 二 = （七）+ 四) and its outcomes still add up to （七）, but those three
      // rows no longer add up across.
      for (const row of ['本年新收政府信息公开申请数量', '予以公开', '总计']) bump(figures, row, '总计', d)
      return { fault: { rule, severity: 'warning', detail: `表三「本年新收」「予以公开」「（七）总计」的总计列各多写 ${d}` }, claim: null }
    }
    case 'appeal-sum': {
      const group = random.pick(appealRows)
      figures.appeals.get(cellKey(group, '总计'))!.value += d
      return { fault: { rule, severity: 'warning', detail: `表四「${group}」总计多写 ${d}` }, claim: null }
    }
    case 'narrative-request-count': {
      const got = value('本年新收政府信息公开申请数量', '总计')
      const carried = value('上年结转政府信息公开申请数量', '总计')
      let claim = got + d
      if (claim === got + carried) claim += 1
      return { fault: { rule, severity: 'warning', detail: `正文称收到申请 ${claim} 件，表三本年新收总计为 ${got}` }, claim }
    }
    case 'proactive-balance': {
      // 对外公开总数量 written smaller than 本年新公开数量 (2019 format only).
      const at = (column: string) => figures.proactive.get(cellKey('规范性文件', column))!
      const published = Math.max(at('本年新公开数量').value, d + 1)
      at('本年新制作数量').value = Math.max(at('本年新制作数量').value, published)
      at('本年新公开数量').value = published
      at('对外公开总数量').value = published - d
      return { fault: { rule, severity: 'info', detail: `表二「规范性文件」对外公开总数量比本年新公开数量少 ${d}` }, claim: null }
    }
  }
}
