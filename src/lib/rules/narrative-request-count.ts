/**
 * narrative-request-count (warning): the number of requests the text says were received
 * ("共收到政府信息公开申请7件", "未收到政府信息公开的申请" = 0) matches table 三's
 * 一、本年新收 总计 (or 一+二, when the text counts carried-over requests in).
 *
 * Reads the claim from `file.data.requestClaim` (set while reading the report). Silent when
 * the text states no count or the table cell is blank.
 *
 * @example
 *   // passes (seed 徐套乡 2021): "2021年度未收到政府信息公开的申请" and 本年新收 总计 = 0
 * @example
 *   // fails (engine fixture narrative-count): "全年共受理政府信息公开申请19件" with 本年新收 总计 = 18
 *   // 4:1 warning 正文称「受理政府信息公开申请19件」，表三「本年新收政府信息公开申请数量」总计为 18（相差 1） narrative-request-count
 */
import { cellLookup, formatNumber, valueOf } from './cells.ts'
import { defineRule } from './rule.ts'

/** Compare the text's count of received requests with table 三. */
export const narrativeRequestCount = defineRule(
  {
    id: 'narrative-request-count',
    severity: 'warning',
    stage: 'check',
    meaning: '正文所说收到的申请件数（如“共收到政府信息公开申请7件”“未收到申请”）与表三「本年新收」总计（或“新收+上年结转”）不一致',
    formula: '正文所称件数 = 表三 一、本年新收 总计',
  },
  (record, emit, file) => {
    const claim = file.data.requestClaim
    const table = record.tables.requests
    if (!claim || !table) return
    const at = cellLookup(table.cells)
    const received = valueOf(at('本年新收政府信息公开申请数量', '总计'))
    const carried = valueOf(at('上年结转政府信息公开申请数量', '总计'))
    if (received === undefined) return
    if (claim.count === received || (carried !== undefined && claim.count === received + carried)) return
    const message = `正文称「${claim.quote}」，表三「本年新收政府信息公开申请数量」总计为 ${formatNumber(received)}（相差 ${formatNumber(Math.abs(claim.count - received))}）`
    emit(message, { line: claim.line })
  },
)
