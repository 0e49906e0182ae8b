/**
 * The geometry of a small trend chart (values over years) for an SVG drawn at build time.
 * The axis starts at 0 (or below, for negative values); a value not reported breaks the line
 * and is listed in `missing`, never drawn as 0.
 */
import { formatValue, groupedNumber } from '../format-value.ts'

/** One point of the trend: a column label and its value (null: 未填报). */
export interface TrendPoint {
  label: string
  value: number | null
}

/** Everything the SVG needs, in user units of its viewBox. */
export interface TrendChart {
  width: number
  height: number
  plot: { left: number; right: number; top: number; bottom: number }
  /** `points` attributes of polylines, one per run of two or more reported values. */
  lines: string[]
  /** The reported points; `textY` is the baseline of the value printed above the dot. */
  dots: { x: number; y: number; textY: number; label: string; text: string }[]
  xLabels: { x: number; text: string }[]
  /** Horizontal grid lines with their value. */
  yTicks: { y: number; text: string }[]
  /** Labels of the points not reported. */
  missing: string[]
  /** One sentence for `aria-label`: title, then every point. */
  description: string
}

/** Options: the size of the viewBox. */
export interface TrendOptions {
  width?: number
  height?: number
}

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

/** Lay out a trend chart of `points` (in order) titled `title`. */
export function trendChart(title: string, points: readonly TrendPoint[], options: TrendOptions = {}): TrendChart {
  const width = options.width ?? 240
  const height = options.height ?? 120
  const plot = { left: 40, right: width - 12, top: 12, bottom: height - 26 }
  const reported = points.flatMap((p) => (p.value === null ? [] : [p.value]))
  const [lo, hi] = trendDomain(reported)
  const y = (v: number): number => round(plot.bottom - ((v - lo) / (hi - lo)) * (plot.bottom - plot.top))
  const step = points.length > 1 ? (plot.right - plot.left - 24) / (points.length - 1) : 0
  const x = (i: number): number => round(points.length > 1 ? plot.left + 12 + i * step : (plot.left + plot.right) / 2)
  const ticks = [...new Set([lo, 0, hi, Number.isInteger((lo + hi) / 2) ? (lo + hi) / 2 : 0])].sort((a, b) => a - b)
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
    plot,
    lines,
    dots: points.flatMap((p, i) =>
      p.value === null ? [] : [{ x: x(i), y: y(p.value), textY: round(y(p.value) - 8), label: p.label, text: groupedNumber(p.value) }],
    ),
    // Six years side by side leave no room for 年 after each: 2019 … 2024.
    xLabels: points.map((p, i) => ({ x: x(i), text: points.length > 4 ? p.label.replace(/年$/, '') : p.label })),
    yTicks: ticks.map((t) => ({ y: y(t), text: groupedNumber(t) })),
    missing: points.filter((p) => p.value === null).map((p) => p.label),
    description: `${title}：${points.map((p) => `${p.label} ${p.value === null ? '未填报' : formatValue(p.value)}`).join('，')}`,
  }
}

/** Round to 0.1 user units (short, stable SVG attributes). */
function round(n: number): number {
  return Math.round(n * 10) / 10
}
