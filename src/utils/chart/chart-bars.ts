/**
 * The geometry of a horizontal bar chart for an SVG drawn at build time: each bar has its
 * label on a line above it (long Chinese place names stay readable on small screens) and its
 * value after it. Items not reported get no bar and are listed in `missing`.
 * `distribution` turns per-township values into the bars to draw: one per township while
 * they are few, else counts of townships per range of values.
 */
import { groupedNumber } from '../format-value.ts'
import { textWidth } from './chart-text.ts'
import { niceCeil } from './chart-trend.ts'

/** One item to draw. */
export interface BarItem {
  label: string
  value: number | null
  href?: string | null
}

/** One drawn bar, in user units of the viewBox. */
export interface Bar {
  label: string
  value: number
  text: string
  href: string | null
  /** Baseline of the label text. */
  labelY: number
  barY: number
  barWidth: number
  /** Where the value text starts, and its baseline. */
  textX: number
  textY: number
}

/** Everything the SVG needs. */
export interface BarChart {
  width: number
  height: number
  /** Font size of every text (user units). */
  fontSize: number
  barHeight: number
  bars: Bar[]
  /** Items without a value (未填报). */
  missing: BarItem[]
  /** The short description read with the title (`<desc>`): how many items, the largest and smallest, what is not reported. */
  description: string
}

const FONT = 14
const LABEL = 18
const BAR = 14
const GAP = 12
/** From a bar's end to its value. */
const VALUE_GAP = 7
/** Room kept between a value and the right edge. */
const EDGE = 2
/** Items the description names one by one, up to this many (else it sums them up). */
const LISTED = 10

/** Lay out the bars of `items` (in the given order). */
export function barChart(items: readonly BarItem[], options: { width?: number } = {}): BarChart {
  const width = options.width ?? 360
  const drawn = items.filter((i): i is BarItem & { value: number } => i.value !== null)
  const max = Math.max(0, ...drawn.map((i) => i.value))
  // The longest bar leaves room after it for the widest value.
  const valueRoom = Math.ceil(Math.max(63, ...drawn.map((i) => textWidth(groupedNumber(i.value), FONT))) + VALUE_GAP + EDGE)
  const scale = max > 0 ? (width - valueRoom) / max : 0
  const row = LABEL + BAR + GAP
  const bars = drawn.map((item, i) => {
    const barWidth = Math.round(Math.max(0, item.value) * scale * 10) / 10
    return {
      label: item.label,
      value: item.value,
      text: groupedNumber(item.value),
      href: item.href ?? null,
      labelY: i * row + 14,
      barY: i * row + LABEL,
      barWidth,
      textX: barWidth + VALUE_GAP,
      textY: i * row + LABEL + BAR - 2,
    }
  })
  const missing = items.filter((i) => i.value === null)
  return {
    width,
    height: Math.max(row, bars.length * row),
    fontSize: FONT,
    barHeight: BAR,
    bars,
    missing,
    description: barDescription(drawn, missing),
  }
}

/**
 * A few items are each named with their value (徐套乡 10，兑镇镇 0); more are summed up by
 * their count, largest and smallest (the data table beside the chart has them all); then the
 * items not reported, named while few.
 */
function barDescription(drawn: readonly (BarItem & { value: number })[], missing: readonly BarItem[]): string {
  const parts: string[] = []
  const said = (i: BarItem & { value: number }): string => `${i.label} ${groupedNumber(i.value)}`
  if (drawn.length === 0) parts.push('无数据')
  else if (drawn.length <= LISTED) parts.push(drawn.map(said).join('，'))
  else {
    const largest = drawn.reduce((a, b) => (b.value > a.value ? b : a))
    const smallest = drawn.reduce((a, b) => (b.value < a.value ? b : a))
    parts.push(`共 ${drawn.length} 项，最大：${said(largest)}，最小：${said(smallest)}`)
  }
  if (missing.length > LISTED) parts.push(`${missing.length} 项未填报`)
  else if (missing.length > 0) parts.push(`未填报：${missing.map((i) => i.label).join('、')}`)
  return parts.join('；')
}

/** How a distribution is drawn: one bar per item, or per range of values. */
export interface Distribution {
  mode: 'items' | 'ranges'
  items: BarItem[]
}

/**
 * The bars of a distribution of counts: while at most `maxItems` items have a value, one bar
 * per item, largest first (ties by label order as given); else the number of items per range
 * (0 on its own, then up to 8 equal ranges), with the items without a value kept as they are.
 */
export function distribution(items: readonly BarItem[], maxItems = 30): Distribution {
  const drawn = items.filter((i) => i.value !== null)
  const missing = items.filter((i) => i.value === null)
  if (drawn.length <= maxItems) {
    const sorted = drawn.map((item, i) => ({ item, i })).sort((a, b) => (b.item.value ?? 0) - (a.item.value ?? 0) || a.i - b.i)
    return { mode: 'items', items: [...sorted.map((s) => s.item), ...missing] }
  }
  const values = drawn.map((i) => Math.floor(i.value ?? 0))
  const max = Math.max(0, ...values)
  const step = max > 0 ? niceCeil(max / 8) : 1
  const ranges: BarItem[] = [{ label: '0', value: values.filter((v) => v <= 0).length }]
  for (let lo = 1; lo <= max; lo += step) {
    const hi = lo + step - 1
    ranges.push({
      label: step === 1 ? groupedNumber(lo) : `${groupedNumber(lo)}–${groupedNumber(hi)}`,
      value: values.filter((v) => v >= lo && v <= hi).length,
    })
  }
  return { mode: 'ranges', items: [...ranges, ...missing] }
}
