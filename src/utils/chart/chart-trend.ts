/**
 * The geometry of a small trend chart (values over years) for an SVG drawn at build time.
 * The axis starts at 0 (or below, for negative values); a value not reported breaks the line
 * and is listed in `missing`, never drawn as 0. Every text stays inside the viewBox: room above
 * the plot for the value over a dot at the top, a left margin as wide as the widest tick, and
 * values near the sides shifted inwards.
 */
import { formatValue, groupedNumber } from '../format-value.ts'
import { textWidth } from './chart-text.ts'

/** One point of the trend: a column label and its value (null: 未填报). */
export interface TrendPoint {
  label: string
  value: number | null
}

/** Everything the SVG needs, in user units of its viewBox. */
export interface TrendChart {
  width: number
  height: number
  /** Font size of every text (user units). */
  fontSize: number
  plot: { left: number; right: number; top: number; bottom: number }
  /** `points` attributes of polylines, one per run of two or more reported values. */
  lines: string[]
  /** The reported points; the value is printed above the dot, centred on (`textX`, baseline `textY`). */
  dots: { x: number; y: number; textX: number; textY: number; label: string; text: string }[]
  /** The labels under the x axis, centred on x, baseline y. */
  xLabels: { x: number; y: number; text: string }[]
  /** Horizontal grid lines at y, with their value ending at textX (baseline textY). */
  yTicks: { y: number; textX: number; textY: number; text: string }[]
  /** Labels of the points not reported. */
  missing: string[]
  /** The short description read with the title (`<desc>`): every point in order, with the unit. */
  description: string
}

/** Options: the size of the viewBox, and the unit of the values (for the description). */
export interface TrendOptions {
  width?: number
  height?: number
  unit?: string | null
}

/** Font size of the chart's texts, in user units. */
const FONT = 12
/** From a dot's centre up to the baseline of its value. */
const VALUE_GAP = 8
/** Room kept between any text and the edge of the viewBox. */
const EDGE = 2
/** From the plot's left edge to the end of a tick's text. */
const TICK_GAP = 6

/** The smallest of 1, 2, 5 × 10^k that is ≥ `value` (for value > 0). */
export function niceCeil(value: number): number {
  const power = 10 ** Math.floor(Math.log10(value))
  const step = [1, 2, 5, 10].find((s) => s * power >= value - 1e-9) ?? 10
  return step * power
}

/** The domain of the y axis: from min(0, values) to max(0, values), rounded outwards. */
export function trendDomain(values: readonly number[]): [number, number] {
  const lo = Math.min(0, ...values)
  const hi = Math.max(0, ...values)
  if (lo === 0 && hi === 0) return [0, 1]
  return [lo < 0 ? -niceCeil(-lo) : 0, hi > 0 ? niceCeil(hi) : 0]
}

/** Lay out a trend chart of `points` (in order). */
export function trendChart(points: readonly TrendPoint[], options: TrendOptions = {}): TrendChart {
  const width = options.width ?? 240
  const height = options.height ?? 120
  const reported = points.flatMap((p) => (p.value === null ? [] : [p.value]))
  const [lo, hi] = trendDomain(reported)
  const tickValues = [...new Set([0, lo, hi, ...(Number.isInteger((lo + hi) / 2) ? [(lo + hi) / 2] : [])])]
  const widestTick = Math.max(...tickValues.map((t) => textWidth(tickText(t), FONT)))
  // A value drawn over a dot at the top needs a line of text above the plot.
  const plot = {
    left: Math.max(40, Math.ceil(widestTick + TICK_GAP + EDGE)),
    right: width - 12,
    top: FONT + VALUE_GAP + EDGE,
    bottom: height - 26,
  }
  const y = (v: number): number => round(plot.bottom - ((v - lo) / (hi - lo)) * (plot.bottom - plot.top))
  const step = points.length > 1 ? (plot.right - plot.left - 24) / (points.length - 1) : 0
  const x = (i: number): number => round(points.length > 1 ? plot.left + 12 + i * step : (plot.left + plot.right) / 2)
  const lines: string[] = []
  let run: string[] = []
  points.forEach((p, i) => {
    if (p.value !== null) run.push(`${x(i)},${y(p.value)}`)
    if (p.value === null || i === points.length - 1) {
      if (run.length > 1) lines.push(run.join(' '))
      run = []
    }
  })
  return {
    width,
    height,
    fontSize: FONT,
    plot,
    lines,
    dots: points.flatMap((p, i) => {
      if (p.value === null) return []
      const text = groupedNumber(p.value)
      return [{ x: x(i), y: y(p.value), textX: inwards(x(i), text, width), textY: round(y(p.value) - VALUE_GAP), label: p.label, text }]
    }),
    // Six years side by side leave no room for 年 after each: 2019 … 2024.
    xLabels: points.map((p, i) => {
      const text = points.length > 4 ? p.label.replace(/年$/, '') : p.label
      return { x: inwards(x(i), text, width), y: height - 8, text }
    }),
    yTicks: apart(tickValues, y).map((t) => ({ y: y(t), textX: plot.left - TICK_GAP, textY: y(t) + 4, text: tickText(t) })),
    missing: points.filter((p) => p.value === null).map((p) => p.label),
    description:
      points.map((p) => `${p.label} ${p.value === null ? '未填报' : formatValue(p.value, options.unit ?? null)}`).join('，') || '无数据',
  }
}

/** A tick's text: grouped digits, or 万/亿 from 10,000 on (1万, 500万), so the axis stays narrow. */
function tickText(value: number): string {
  return Math.abs(value) >= 10_000 ? compact.format(value) : groupedNumber(value)
}

const compact = new Intl.NumberFormat('zh-CN', { notation: 'compact', maximumFractionDigits: 1 })

/** The ticks, in order of importance (0, the ends, the middle), less those too close to one kept before; sorted. */
function apart(values: readonly number[], y: (v: number) => number): number[] {
  const kept: number[] = []
  for (const v of values) if (kept.every((k) => Math.abs(y(k) - y(v)) >= FONT)) kept.push(v)
  return kept.sort((a, b) => a - b)
}

/** The x of `text` centred on `x`, moved inwards as far as it takes to stay inside a viewBox `width` wide. */
function inwards(x: number, text: string, width: number): number {
  const half = textWidth(text, FONT) / 2
  return round(Math.min(Math.max(x, half + EDGE), width - half - EDGE))
}

/** Round to 0.1 user units (short, stable SVG attributes). */
function round(n: number): number {
  return Math.round(n * 10) / 10
}
