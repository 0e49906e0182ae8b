/**
 * The compare page's choice and its URL query, both ways.
 *
 * Query format (every parameter optional; an absent parameter means its default):
 *   ?t=<township keys>&y=<years>&m=<compact metric keys>
 * - `t`: comma-separated township keys (12-digit 统计用区划代码, or the `x-…` stand-in of a
 *   township without one), in code order. Default: none (the page invites a choice: a view of
 *   every township would grow with the corpus). Keys are kept as given until the browser has
 *   looked them up in the county data files; the page names those it cannot find.
 * - `y`: comma-separated years (`na` = year unknown). Default: every year.
 * - `m`: comma-separated compact metric keys (see compare-metrics.ts, e.g. `3.1.7`).
 *   Default: `headlineMetrics`.
 * A present but empty parameter (`m=`) means "none chosen". Unknown years and metrics are
 * dropped, and values are written in canonical order, so one view has exactly one URL.
 * Example: `?t=640521205000,654202205000&m=2b.4.1,3.1.7`.
 */
import { compareKeys } from './compare-data.ts'
import { compactMetrics, metricByCompact, metricByKey } from './compare-metrics.ts'
import { headlineMetrics } from '../metrics.ts'

/** What is chosen: township keys, year keys and full metric keys, each in canonical order. */
export interface CompareChoice {
  townships: string[]
  years: string[]
  metrics: string[]
}

/** The years that can be chosen, in canonical (chooser) order. Townships are open-ended. */
export interface ChoiceOptions {
  years: readonly string[]
}

/** The default view: no township yet, every year, the headline metrics. */
export function defaultChoice(options: ChoiceOptions): CompareChoice {
  return { townships: [], years: [...options.years], metrics: canonicalMetrics(headlineMetrics) }
}

/** Township keys deduplicated, in code order (12-digit codes, then `x-…` stand-ins). */
export function canonicalTownships(keys: Iterable<string>): string[] {
  return [...new Set(keys)].sort(compareKeys)
}

/** Known values of `wanted`, deduplicated, in the order of `known`. */
function canonical(wanted: Iterable<string>, known: readonly string[]): string[] {
  const set = new Set(wanted)
  return known.filter((k) => set.has(k))
}

/** Known metric keys, deduplicated, in `metrics` order. */
function canonicalMetrics(keys: Iterable<string>): string[] {
  return canonical(
    keys,
    compactMetrics.map((m) => m.key),
  )
}

/** Split one query parameter: null when absent, [] when present but empty. */
function listParam(params: URLSearchParams, name: string): string[] | null {
  const value = params.get(name)
  if (value === null) return null
  return value
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)
}

/** Read a choice from a query string (`location.search`, with or without `?`). */
export function decodeChoice(search: string, options: ChoiceOptions): CompareChoice {
  const params = new URLSearchParams(search)
  const fallback = defaultChoice(options)
  const t = listParam(params, 't')
  const y = listParam(params, 'y')
  const m = listParam(params, 'm')
  return {
    townships: t === null ? fallback.townships : canonicalTownships(t),
    years: y === null ? fallback.years : canonical(y, options.years),
    metrics: m === null ? fallback.metrics : canonicalMetrics(m.flatMap((c) => metricByCompact(c)?.key ?? [])),
  }
}

/** Two lists with the same items in the same order. */
function same(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i])
}

/** Write a choice as a query string: '' for the default view, else `?…` with defaults left out. */
export function encodeChoice(choice: CompareChoice, options: ChoiceOptions): string {
  const fallback = defaultChoice(options)
  const townships = canonicalTownships(choice.townships)
  const years = canonical(choice.years, options.years)
  const metrics = canonicalMetrics(choice.metrics)
  const parts: string[] = []
  if (!same(townships, fallback.townships)) parts.push(`t=${townships.map(encodeURIComponent).join(',')}`)
  if (!same(years, fallback.years)) parts.push(`y=${years.map(encodeURIComponent).join(',')}`)
  if (!same(metrics, fallback.metrics)) parts.push(`m=${metrics.map((k) => metricByKey(k)!.compact).join(',')}`)
  return parts.length ? `?${parts.join('&')}` : ''
}
