/**
 * The running text of a report: the preamble, 一、总体情况 with its five topics, the leads of the
 * table sections, 五 (problems and what will be done) and 六 (信息处理费 from the 2021 template on).
 * Sentences come from the phrase bank; the one sentence that states how many requests were
 * received is written here, from table 三 (or from a narrative fault).
 */
import { cellKey, type Figures } from './figures.ts'
import * as bank from './phrases.ts'
import type { Place } from './places.ts'
import type { Random } from './random.ts'
import { bracket, type Style } from './style.ts'

/** A paragraph or a sub-heading of the narrative. */
export interface TextBlock {
  kind: 'subheading' | 'para'
  text: string
}

/** The slots the phrase bank fills. */
export type Slots = Record<string, string | number>

/** Fill `{slot}`s of a phrase. */
export function fill(phrase: string, slots: Slots): string {
  return phrase.replace(/\{(\w+)\}/g, (_, key: string) => String(slots[key] ?? ''))
}

/** The words a township's report uses for itself. */
export function slotsOf(place: Place, organ: string, year: number, random: Random): Slots {
  const unit = place.kind
  return {
    year,
    next: year + 1,
    organ,
    name: place.township,
    county: place.county,
    unit,
    we: unit === '街道' ? '本街道' : `我${unit}`,
    party: unit === '街道' ? '街道党工委' : `${unit}党委`,
    leader: unit === '街道' ? '街道办事处主任' : unit === '苏木' ? '苏木达' : `${unit}长`,
    office: random.pick(['党政办公室', '党政综合办公室', '党政办', '综合办公室']),
    phone: `0${random.int(310, 990)}-${random.int(2000000, 8999999)}`,
    items: random.logInt(40, 2500),
    about: Math.max(1, Math.round(random.logInt(40, 2500) / 10)) * 10,
    site: random.logInt(5, 300),
    wechat: random.logInt(10, 600),
    boards: random.int(6, 60),
    training: random.int(1, 6),
    bills: random.int(0, 12),
    motions: random.int(0, 8),
  }
}

/** Distinct sentences of `phrases`, filled, in paragraphs of the given sizes. */
function paragraphs(random: Random, phrases: readonly string[], sizes: number[], slots: Slots): string[] {
  const chosen = random
    .sample(
      phrases,
      sizes.reduce((a, b) => a + b, 0),
    )
    .map((p) => fill(p, slots))
  return sizes.map((n) => chosen.splice(0, n).join('')).filter(Boolean)
}

/** The sentence stating the requests received (null: the report states none). */
export function claimSentence(random: Random, count: number, figures: Figures, slots: Slots): string {
  const at = (row: string, column: string) => figures.requests.get(cellKey(row, column))!.value
  const carried = at('上年结转政府信息公开申请数量', '总计')
  const forward = at('结转下年度继续办理', '总计')
  if (count === 0)
    return fill(
      random.pick([
        '{year}年度，{we}未收到政府信息公开申请。',
        '本年度未收到政府信息公开的申请。',
        '全年没有收到依申请公开政府信息的申请。',
      ]),
      slots,
    )
  const first = fill(
    random.pick(['{year}年，{we}共收到政府信息公开申请{n}件', '全年共受理政府信息公开申请{n}件', '本年度新收政府信息公开申请{n}件']),
    { ...slots, n: count },
  )
  const people = at('本年新收政府信息公开申请数量', '自然人')
  const split =
    people > 0 && people < count && random.chance(0.5) ? `，其中自然人申请${people}件、法人或其他组织申请${count - people}件` : ''
  const tail = carried > 0 ? `；上年结转${carried}件` : ''
  const end = forward > 0 ? `，结转下年度继续办理${forward}件` : '，均已在法定期限内答复'
  return `${first}${split}${tail}${end}。`
}

/** 一、总体情况: an opening paragraph and the five topics, each a sub-heading and a paragraph or two. */
export function overview(random: Random, style: Style, slots: Slots, claim: string | null): TextBlock[] {
  const blocks: TextBlock[] = [{ kind: 'para', text: fill(random.pick(bank.openings), slots) }]
  const topics: [keyof typeof bank.topicTitles, readonly string[]][] = [
    ['proactive', bank.proactive],
    ['request', bank.requests],
    ['management', bank.management],
    ['platform', bank.platform],
    ['oversight', bank.oversight],
  ]
  const inline = random.chance(0.3)
  topics.forEach(([topic, phrases], i) => {
    const title = bracket(style, '一二三四五'[i]!) + random.pick(bank.topicTitles[topic])
    const texts = paragraphs(random, phrases, [random.int(2, 3), !inline && random.chance(0.35) ? 2 : 0], slots)
    if (topic === 'request' && claim) texts[0] = claim + texts[0]
    if (inline) blocks.push({ kind: 'para', text: `${title}。${texts[0]}` })
    else blocks.push({ kind: 'subheading', text: title }, ...texts.map((text) => ({ kind: 'para' as const, text })))
  })
  return blocks
}

/** 五: the problems and the improvements, as two parts or two paragraphs. */
export function problemsAndPlans(random: Random, style: Style, slots: Slots): TextBlock[] {
  const list = (items: string[]) => items.map((t, i) => `${'一二三四五'[i]}是${t}`).join('；') + '。'
  const problems = list(random.sample(bank.problems, random.int(2, 4)))
  const plans = list(random.sample(bank.improvements, random.int(3, 5)))
  const closing = fill(random.pick(bank.problemClosings), slots)
  if (random.chance(0.5))
    return [
      { kind: 'subheading', text: `${bracket(style, '一')}存在的主要问题` },
      { kind: 'para', text: `${slots.year}年，${slots.we}政府信息公开工作取得了一定成效，但也存在一些不足：${problems}` },
      { kind: 'subheading', text: `${bracket(style, '二')}改进措施` },
      { kind: 'para', text: plans + closing },
    ]
  return [
    { kind: 'para', text: `主要问题：${problems}` },
    { kind: 'para', text: `下一步工作计划：${plans}${closing}` },
  ]
}

/** 六: 信息处理费 (2021 template), other matters, or 无. */
export function otherMatters(random: Random, slots: Slots, feesTemplate: boolean): TextBlock[] {
  const parts = [feesTemplate ? fill(random.pick(bank.fees), slots) : '', fill(random.pick(bank.otherMatters), slots)].filter(Boolean)
  return parts.length ? parts.map((text) => ({ kind: 'para', text })) : [{ kind: 'para', text: random.pick(['无。', '无']) }]
}
