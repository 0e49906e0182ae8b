/**
 * The geometry of a horizontal bar chart for an SVG drawn at build time: each bar has its
 * label on a line above it (long Chinese place names stay readable on small screens) and its
 * value after it. Items not reported get no bar and are listed in `missing`.
 * `distribution` turns per-township values into the bars to draw: one per township while
 * they are few, else counts of townships per range of values.
 */
import { groupedNumber } from '../format-value.ts'
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
  /** Where the value text starts. */
  textX: number
}

/** Everything the SVG needs. */
export interface BarChart {
  width: number
  height: number
  barHeight: number
  bars: Bar[]
  /** Items without a value (未填报). */
  missing: BarItem[]
  /** One sentence for `aria-label`. */
  description: string
}

const LABEL = 18
const BAR = 14
const GAP = 12
const VALUE_ROOM = 72

/** Lay out the bars of `items` (in the given order) under `title`. */
export function barChart(title: string, items: readonly BarItem[], options: { width?: number } = {}): BarChart {
  const width = options.width ?? 360
  const drawn = items.filter((i): i is BarItem & { value: number } => i.value !== null)
  const max = Math.max(0, ...drawn.map((i) => i.value))
  const scale = max > 0 ? (width - VALUE_ROOM) / max : 0
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
      textX: barWidth + 6,
    }
  })
  const missing = items.filter((i) => i.value === null)
  const said = drawn.map((i) => `${i.label} ${groupedNumber(i.value)}`)
  const unsaid = missing.length ? `；未填报：${missing.map((i) => i.label).join('、')}` : ''
  return {
    width,
    height: Math.max(row, bars.length * row),
    barHeight: BAR,
    bars,
    missing,
    description: `${title}：${said.join('，') || '无数据'}${unsaid}`,
  }
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
