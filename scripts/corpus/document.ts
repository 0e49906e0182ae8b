/**
 * One report as a document: its header (masthead, 文号, title, 发布日期), the six sections with
 * their text and tables, and the signature, plus what the engine should read from it (organ,
 * title, date, document number, the count the text claims). Layouts (render/) only lay it out.
 */
import { cellKey } from './figures.ts'
import { claimSentence, fill, otherMatters, overview, problemsAndPlans, slotsOf } from './narrative.ts'
import * as bank from './phrases.ts'
import type { ReportPlan } from './plan.ts'
import { Random } from './random.ts'
import { digits, drawStyle, type Style } from './style.ts'
import { appealGrid, proactiveGrid, requestGrid, type Grid } from './tables.ts'

/** A block of the document, in reading order. */
export type Block =
  | {
      kind: 'masthead' | 'docno' | 'title' | 'dateline' | 'preamble' | 'heading' | 'subheading' | 'para' | 'signature' | 'date'
      text: string
    }
  | { kind: 'table'; grid: Grid }

/** What a report says about itself: the fields the engine must read back. */
export interface ReportMeta {
  organ: string
  title: string
  publishedOn: string
  late: boolean
  documentNumber: string | null
  /** The count of received requests the text states; null when it states none. */
  claim: number | null
}

/** A report ready to be laid out. */
export interface ReportDocument {
  plan: ReportPlan
  meta: ReportMeta
  style: Style
  blocks: Block[]
}

const chineseDigits = '〇一二三四五六七八九'

/** A count in Chinese words (1 … 31), as dates write it. */
function chineseCount(n: number): string {
  if (n < 10) return chineseDigits[n]!
  return `${n >= 20 ? chineseDigits[Math.floor(n / 10)] : ''}十${n % 10 ? chineseDigits[n % 10] : ''}`
}

/** The publication date: most before 31 January of the next year, some late. */
function publication(random: Random, year: number): { iso: string; late: boolean; text: string } {
  const late = random.chance(0.15)
  const [month, day] = late ? [random.int(2, 4), random.int(1, 28)] : [1, random.int(5, 31)]
  const iso = `${year + 1}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`
  const form = random.weighted({ plain: 80, padded: 10, chinese: 10 })
  const text =
    form === 'chinese'
      ? `${[...String(year + 1)].map((d) => chineseDigits[Number(d)]).join('')}年${chineseCount(month)}月${chineseCount(day)}日`
      : form === 'padded'
        ? `${year + 1}年${String(month).padStart(2, '0')}月${String(day).padStart(2, '0')}日`
        : `${year + 1}年${month}月${day}日`
  return { iso, late, text }
}

/** Header blocks and the organ the engine should read from them. */
function header(random: Random, plan: ReportPlan): { blocks: Block[]; organ: string; title: string; signature: string } {
  const { place, year } = plan
  const suffix = place.kind === '街道' ? '办事处' : '人民政府'
  const full = `${place.prefix}${place.township}${suffix}`
  const own = `${place.township}${suffix}`
  const docno = random.chance(0.3)
    ? `${place.county[0]}${place.township[0]}${random.pick(['政发', '政函', '府发', '政办发'])}〔${year + 1}〕${random.int(1, 40)}号`
    : null
  const docBlock: Block[] = docno ? [{ kind: 'docno', text: docno }] : []
  const form = random.weighted({ full: 40, spaced: 15, signed: 15, masthead: 15, bare: place.uniqueName ? 10 : 0, split: 5 })
  const line = (organ: string, spaced = false) => `${organ}${spaced ? ` ${year} ` : year}年政府信息公开工作年度报告`
  switch (form) {
    case 'full':
    case 'spaced':
      return {
        blocks: [...docBlock, { kind: 'title', text: line(full, form === 'spaced') }],
        organ: full,
        title: line(full, form === 'spaced'),
        signature: random.pick([full, own]),
      }
    case 'signed': {
      // Signed by the township alone only when its name is unique: the engine then loses the title's county (see the report).
      const title = `${place.prefix}${place.township}${year}年度政府信息公开工作年度报告`
      const signature = place.uniqueName ? random.pick([own, full]) : full
      return { blocks: [...docBlock, { kind: 'title', text: title }], organ: signature, title, signature }
    }
    case 'masthead': {
      const title = line(random.pick([full, own]))
      const head: Block = { kind: 'masthead', text: `${full}${random.pick(['文件', '便函'])}` }
      return { blocks: [head, ...docBlock, { kind: 'title', text: title }], organ: full, title, signature: random.pick([full, own]) }
    }
    case 'bare':
      return { blocks: [...docBlock, { kind: 'title', text: line(own) }], organ: own, title: line(own), signature: own }
    case 'split': {
      const second = `政府信息公开工作${year}年度报告`
      const blocks: Block[] = [...docBlock, { kind: 'title', text: `${place.prefix}${place.township}` }, { kind: 'title', text: second }]
      return { blocks, organ: full, title: `${place.prefix}${place.township}${second}`, signature: full }
    }
  }
}

/** Lay out the report of `plan`: header, six sections, signature. */
export function buildDocument(plan: ReportPlan, seed: string): ReportDocument {
  const random = new Random(seed, 'document', plan.place.code, plan.year)
  const style = drawStyle(random)
  const { figures } = plan
  const date = publication(random, plan.year)
  const head = header(random, plan)
  const slots = slotsOf(plan.place, head.organ, plan.year, random)
  const received = figures.requests.get(cellKey('本年新收政府信息公开申请数量', '总计'))!.value
  const claim = plan.claimOverride ?? (random.chance(0.85) ? received : null)
  const blocks: Block[] = [...head.blocks]
  if (random.chance(0.12))
    blocks.push({
      kind: 'dateline',
      text: `发布日期：${random.chance(0.5) ? date.iso : date.iso.replace(/^(\d+)-0?(\d+)-0?(\d+)$/, '$1年$2月$3日')}`,
    })
  if (random.chance(0.4)) blocks.push({ kind: 'preamble', text: fill(random.pick(bank.preambles), slots) })
  const heading = (n: number, text: string) => blocks.push({ kind: 'heading', text: `${'一二三四五六'[n - 1]}、${text}` })
  const lead = (phrases: readonly string[]) => {
    const text = random.pick(phrases)
    if (text) blocks.push({ kind: 'para', text })
  }
  heading(1, '总体情况')
  blocks.push(...overview(random, style, slots, claim === null ? null : claimSentence(random, claim, figures, slots)))
  heading(2, style.headings.proactive)
  lead(bank.tableLeads.proactive)
  blocks.push({ kind: 'table', grid: proactiveGrid(figures, style) })
  heading(3, '收到和处理政府信息公开申请情况')
  lead(bank.tableLeads.requests)
  blocks.push({ kind: 'table', grid: requestGrid(figures, style) })
  heading(4, '政府信息公开行政复议、行政诉讼情况')
  lead(bank.tableLeads.appeals)
  blocks.push({ kind: 'table', grid: appealGrid(figures, style) })
  heading(5, style.headings.problems)
  blocks.push(...problemsAndPlans(random, style, slots))
  heading(6, '其他需要报告的事项')
  blocks.push(...otherMatters(random, slots, plan.year >= 2021 || figures.requestFormat === '2021'))
  blocks.push({ kind: 'signature', text: head.signature }, { kind: 'date', text: date.text })
  const organ = blocks.some((b) => b.kind === 'masthead') ? head.organ : head.title.startsWith(head.organ) ? head.organ : head.signature
  // A report typed with full-width digits has them in its text too (the tables follow the style already).
  const written = blocks.map((b) => (b.kind === 'table' ? b : { ...b, text: digits(style, b.text) }))
  return {
    plan,
    style,
    blocks: written,
    meta: {
      organ,
      title: digits(style, head.title),
      publishedOn: date.iso,
      late: date.late,
      // Its digits as the engine gives them (it folds full-width digits in every field).
      documentNumber: head.blocks.flatMap((b) => (b.kind === 'docno' ? [b.text] : []))[0] ?? null,
      claim,
    },
  }
}
