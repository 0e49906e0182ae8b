/**
 * How one report writes what it writes: numerals, zeros, brackets, heading words, label variants.
 * Drawn once per report; the tables and the narrative both follow it. Every variation here is one
 * real reports show and the engine reads (full-width digits, 无 for 0, "518 万元", typo'd labels).
 */
import type { Random } from './random.ts'

/** A report's writing habits. */
export interface Style {
  fullWidthDigits: boolean
  /** Zeros written 无 (as seed 000 does). */
  zeroAsNone: boolean
  /** Half-width brackets in numbered labels: (一) instead of （一）. */
  halfBrackets: boolean
  /** A space between a label's number and its words: "1. 属于国家秘密". */
  spacedNumbers: boolean
  /** Signed 本年增/减: "+2" rather than "2". */
  plusSign: boolean
  /** A space before a money unit: "518 万元". */
  unitSpace: boolean
  /** Label variants real reports use, by canonical label (empty for most reports). */
  labels: Map<string, string>
  /** Variants named in the manifest. */
  variants: string[]
  headings: { proactive: string; problems: string }
}

/** Label variants the engine knows: exact alternatives, and typos it matches fuzzily (label-fuzzy). */
const labelVariants: readonly [string, string][] = [
  ['本年新收政府信息公开申请数量', '本年新收政府信息公开数量'],
  ['补正后申请内容仍不明确', '改正后申请内容仍不明确'],
  ['属于行政执法案卷', '属于行政执法案件'],
  ['本年度办理结果', '本年度办理结案'],
  ['结转下年度继续办理', '结转下年度继续办理的'],
  ['社会公益组织', '社会组织'],
  ['其他对外管理服务事项', '其他对外管理服务'],
  ['总计', '合计'],
]

/** Draw the style of one report. */
export function drawStyle(random: Random): Style {
  const labels = new Map<string, string>()
  if (random.chance(0.12)) for (const [label, variant] of random.sample(labelVariants, random.int(1, 2))) labels.set(label, variant)
  const style: Style = {
    fullWidthDigits: random.chance(0.04),
    zeroAsNone: random.chance(0.05),
    halfBrackets: random.chance(0.25),
    spacedNumbers: random.chance(0.2),
    plusSign: random.chance(0.7),
    unitSpace: random.chance(0.5),
    labels,
    variants: [],
    headings: {
      proactive: random.pick(['主动公开政府信息情况', '主动公开政府信息情况', '主动公开政府信息的情况']),
      problems: random.pick([
        '存在的主要问题及改进情况',
        '存在的主要问题及改进情况',
        '政府信息公开工作存在的主要问题及改进情况',
        '存在问题和改进措施',
      ]),
    },
  }
  if (style.fullWidthDigits) style.variants.push('全角数字')
  if (style.zeroAsNone) style.variants.push('0 写作“无”')
  for (const [label, variant] of labels) style.variants.push(`${label}→${variant}`)
  return style
}

/** A label as this report writes it. */
export function labelOf(style: Style, label: string): string {
  return style.labels.get(label) ?? label
}

/** A bracketed ordinal as this report writes it: （一） or (一). */
export function bracket(style: Style, ordinal: string): string {
  return style.halfBrackets ? `(${ordinal})` : `（${ordinal}）`
}

/** A numbered sub-label: "1.属于国家秘密" or "1. 属于国家秘密". */
export function numbered(style: Style, n: number, words: string): string {
  return `${n}.${style.spacedNumbers ? ' ' : ''}${words}`
}

/** Digits in the report's numerals (full-width when it writes them so). */
export function digits(style: Style, text: string): string {
  return style.fullWidthDigits ? text.replace(/[0-9]/g, (d) => String.fromCharCode(0xff10 + Number(d))) : text
}
