/** How rates read on the site: a percentage with one decimal at most, or a fraction of grouped counts. */
import { groupedNumber } from '../format-value.ts'

const percentFormat = new Intl.NumberFormat('zh-CN', { style: 'percent', maximumFractionDigits: 1 })

/** 0.8333 → "83.3%", 1 → "100%". */
export function percentText(ratio: number): string {
  return percentFormat.format(ratio)
}

/** 25, 30 → "25/30"; 1200, 1500 → "1,200/1,500". */
export function fractionText(numerator: number, denominator: number): string {
  return `${groupedNumber(numerator)}/${groupedNumber(denominator)}`
}

/** The note beside a rate whose denominator is under the small base. */
export const smallNote = '样本较少'
