/**
 * The figures of tables 二, 三 and 四 for one township over consecutive years: realistic sizes
 * (most townships receive a handful of requests a year, a few hundreds), every identity the
 * rules check satisfied, and what carries over between years carried (上年结转 = last year's
 * 结转下年度, 现行有效件数 and 上一年项目数量 follow from the year before).
 */
import { appealColumns, appealRows, proactiveRows, requestColumns, requestRows, type TableFormat } from '../../src/lib/index.ts'
import type { Random } from './random.ts'

/** One value of a table as the model knows it: the number and the money unit written with it. */
export interface ModelCell {
  value: number
  unit: '万元' | '元' | null
}

/** The three tables of one report, keyed by `row|column` (canonical labels). */
export interface Figures {
  proactiveFormat: TableFormat
  requestFormat: TableFormat
  proactive: Map<string, ModelCell>
  requests: Map<string, ModelCell>
  appeals: Map<string, ModelCell>
}

/** The key of a cell in a figures map. */
export const cellKey = (row: string, column: string): string => `${row}|${column}`

/** What a township carries from one year to the next. */
export interface TownshipState {
  /** How many requests it tends to get: most are quiet. */
  volume: 'quiet' | 'normal' | 'busy' | 'hot'
  /** 结转下年度继续办理 of last year, per applicant column. */
  carry: number[]
  /** 2019 table 二: 对外公开总数量 of 规范性文件; 上一年项目数量 of the item rows. */
  published: number
  items: Map<string, number>
  /** 2021 table 二: 现行有效件数 of 行政规范性文件. */
  valid: number
  /** Whether it collects fees, and how its procurement amounts are written. */
  fees: boolean
  moneyUnit: '万元' | '元' | 'bare'
}

/** A fresh township: its size and its state before the first year generated. */
export function townshipState(random: Random): TownshipState {
  const volume = random.weighted({ quiet: 55, normal: 33, busy: 10, hot: 2 })
  const items = new Map<string, number>()
  for (const [row, max] of [
    ['行政许可', 30],
    ['其他对外管理服务事项', 20],
    ['行政处罚', 40],
    ['行政强制', 5],
    ['行政事业性收费', 4],
  ] as const)
    items.set(row, random.logInt(0, max))
  const carry = [0, 0, 0, 0, 0, 0].map((_, i) => (i === 0 && random.chance(0.15) ? random.int(1, 2) : 0))
  return {
    volume,
    carry,
    published: random.int(0, 40),
    items,
    valid: random.int(0, 25),
    fees: random.chance(0.3),
    moneyUnit: random.weighted({ 万元: 55, 元: 15, bare: 30 }),
  }
}

/** Share of requests per applicant column (自然人 … 其他). */
const applicantShare = [80, 10, 1, 2, 2, 5]

/** Requests received in a year for a township of this volume. */
function received(random: Random, volume: TownshipState['volume']): number {
  switch (volume) {
    case 'quiet':
      return random.chance(0.6) ? 0 : random.int(1, 3)
    case 'normal':
      return random.logInt(0, 30)
    case 'busy':
      return random.int(10, 80)
    case 'hot':
      return random.int(60, 400)
  }
}

/** Weight of each outcome row: most requests are answered, many say the information does not exist. */
const outcomeWeight: Record<string, number> = {
  予以公开: 45,
  部分公开: 8,
  属于国家秘密: 0.3,
  其他法律行政法规禁止公开: 0.7,
  '危及“三安全一稳定”': 0.3,
  保护第三方合法权益: 3,
  属于三类内部事务信息: 1.5,
  属于四类过程性信息: 2,
  属于行政执法案卷: 0.8,
  属于行政查询事项: 1,
  本机关不掌握相关政府信息: 20,
  没有现成信息需要另行制作: 5,
  补正后申请内容仍不明确: 2,
  信访举报投诉类申请: 4,
  重复申请: 3,
  要求提供公开出版物: 0.4,
  无正当理由大量反复申请: 0.4,
  要求行政机关确认或重新出具已获取信息: 1,
  其他处理: 3,
  '申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请': 1.5,
  '申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请': 0.2,
  其他: 1.5,
}

/** Table 三: received, carried, outcomes, 总计 and carried forward; every identity holds. */
function requestFigures(random: Random, state: TownshipState, format: TableFormat): Map<string, ModelCell> {
  const rows = requestRows[format]
  const outcomes = rows.filter((r) => r.outcome)
  const weights = outcomes.map((r) => outcomeWeight[r.row] ?? 0)
  const table = new Map<string, number[]>(rows.map((r) => [r.row, [0, 0, 0, 0, 0, 0]]))
  const share = applicantShare.map((s) => s * (0.5 + random.next()))
  for (let n = received(random, state.volume); n > 0; n--) table.get('本年新收政府信息公开申请数量')![random.index(share)]!++
  table.set('上年结转政府信息公开申请数量', [...state.carry])
  const next: number[] = []
  for (let c = 0; c < 6; c++) {
    const available = table.get('本年新收政府信息公开申请数量')![c]! + state.carry[c]!
    const forward = available > 0 && random.chance(0.1) ? random.int(1, Math.min(3, available)) : 0
    for (let n = available - forward; n > 0; n--) table.get(outcomes[random.index(weights)]!.row)![c]!++
    table.get('总计')![c] = available - forward
    table.get('结转下年度继续办理')![c] = forward
    next.push(forward)
  }
  state.carry = next
  const out = new Map<string, ModelCell>()
  for (const [row, values] of table) {
    const total = values.reduce((a, b) => a + b, 0)
    requestColumns.forEach((column, i) => out.set(cellKey(row, column), { value: i < 6 ? values[i]! : total, unit: null }))
  }
  return out
}

/** Table 二 in the 2019 format, moving the township's running counts on by a year. */
function proactive2019(random: Random, state: TownshipState): Map<string, ModelCell> {
  const out = new Map<string, ModelCell>()
  const put = (row: string, column: string, value: number, unit: ModelCell['unit'] = null) => out.set(cellKey(row, column), { value, unit })
  for (const c of proactiveRows['2019'][0]!.columns) put('规章', c, 0)
  const made = random.chance(0.4) ? 0 : random.logInt(1, 8)
  const published = random.chance(0.8) ? made : random.int(0, made)
  state.published += published
  put('规范性文件', '本年新制作数量', made)
  put('规范性文件', '本年新公开数量', published)
  put('规范性文件', '对外公开总数量', state.published)
  const decisions: Record<string, number> = { 行政许可: 400, 其他对外管理服务事项: 300, 行政处罚: 250, 行政强制: 10 }
  for (const row of ['行政许可', '其他对外管理服务事项', '行政处罚', '行政强制', '行政事业性收费']) {
    const last = state.items.get(row)!
    const change = random.chance(0.7) ? 0 : Math.max(-last, random.int(-2, 3)) || 0
    put(row, '上一年项目数量', last)
    put(row, '本年增/减', change)
    if (row in decisions) put(row, '处理决定数量', random.chance(0.15) ? 0 : random.logInt(0, decisions[row]!))
    state.items.set(row, last + change)
  }
  const projects = random.chance(0.6) ? 0 : random.int(1, 8)
  const wan = projects === 0 ? 0 : Math.round(projects * (5 + random.next() * 120) * 100) / 100
  put('政府集中采购', '采购项目数量', projects)
  if (projects === 0) put('政府集中采购', '采购总金额', 0)
  else if (state.moneyUnit === '元') put('政府集中采购', '采购总金额', Math.round(wan * 10000), '元')
  else put('政府集中采购', '采购总金额', wan, state.moneyUnit === '万元' ? '万元' : null)
  return out
}

/** Table 二 in the 2021 format (本年收费金额 is in 万元 by its header). */
function proactive2021(random: Random, state: TownshipState): Map<string, ModelCell> {
  const out = new Map<string, ModelCell>()
  const put = (row: string, column: string, value: number, unit: ModelCell['unit'] = null) => out.set(cellKey(row, column), { value, unit })
  for (const c of proactiveRows['2021'][0]!.columns) put('规章', c, 0)
  const made = random.chance(0.45) ? 0 : random.logInt(1, 6)
  const repealed = state.valid > 0 && random.chance(0.2) ? random.int(1, Math.min(2, state.valid)) : 0
  state.valid += made - repealed
  put('行政规范性文件', '本年制发件数', made)
  put('行政规范性文件', '本年废止件数', repealed)
  put('行政规范性文件', '现行有效件数', state.valid)
  put('行政许可', '本年处理决定数量', random.chance(0.15) ? 0 : random.logInt(0, 500))
  put('行政处罚', '本年处理决定数量', random.chance(0.15) ? 0 : random.logInt(3, 300))
  put('行政强制', '本年处理决定数量', random.chance(0.7) ? 0 : random.int(1, 15))
  const fee = state.fees && random.chance(0.8) ? Math.round((0.1 + random.next() * 60) * 100) / 100 : 0
  put('行政事业性收费', '本年收费金额', fee, '万元')
  return out
}

/** Table 四: mostly nothing; a few townships face a review or a lawsuit. */
function appealFigures(random: Random): Map<string, ModelCell> {
  const out = new Map<string, ModelCell>()
  const busy = random.chance(0.1)
  for (const group of appealRows) {
    const outcomes = [0, 0, 0, 0].map(() => (busy && random.chance(group === '行政复议' ? 0.4 : 0.2) ? random.int(1, 2) : 0))
    const values = [...outcomes, outcomes.reduce((a, b) => a + b, 0)]
    appealColumns.forEach((column, i) => out.set(cellKey(group, column), { value: values[i]!, unit: null }))
  }
  return out
}

/** The figures of one year, moving `state` on to the next year. */
export function yearFigures(random: Random, state: TownshipState, proactiveFormat: TableFormat, requestFormat: TableFormat): Figures {
  return {
    proactiveFormat,
    requestFormat,
    proactive: proactiveFormat === '2019' ? proactive2019(random, state) : proactive2021(random, state),
    requests: requestFigures(random, state, requestFormat),
    appeals: appealFigures(random),
  }
}
