/**
 * The search page's state in its URL, so a search can be shared and the home page's GET form
 * (`/search/?q=…`) works: `?q=<query>&year=2021&year=2020&province=…`.
 * Filter parameters repeat, one per checked value; `full=1` asks for the full-text search of a
 * query that names a township (otherwise answered from the place-name index); unknown parameters
 * are ignored.
 */
import { MAX_QUERY_LENGTH, normalizeQuery } from './query.ts'

/** The filters of report pages (data-pagefind-filter), in the order the page shows them. */
export const FILTER_KEYS = ['province', 'county', 'township', 'year', 'format'] as const
export type FilterKey = (typeof FILTER_KEYS)[number]

/** Checked values per filter; a key with no checked value is absent or empty. */
export type Selection = Partial<Record<FilterKey, string[]>>

export interface SearchState {
  /** The query as typed (normalised), '' when none. */
  q: string
  selection: Selection
  /** True: search the full text even when the query names a township. */
  full?: boolean
}

/** Most values kept per filter from a URL, and the longest value. */
const MAX_VALUES = 50
const MAX_VALUE_LENGTH = 100

export function isFilterKey(key: string): key is FilterKey {
  return (FILTER_KEYS as readonly string[]).includes(key)
}

/** The state in a URL's query string (`location.search`, with or without the `?`). */
export function readState(search: string): SearchState {
  const params = new URLSearchParams(search)
  const q = normalizeQuery((params.get('q') ?? '').slice(0, MAX_QUERY_LENGTH * 2))
  const selection: Selection = {}
  for (const key of FILTER_KEYS) {
    const values: string[] = []
    for (const raw of params.getAll(key)) {
      const value = raw.trim()
      if (value && value.length <= MAX_VALUE_LENGTH && !values.includes(value)) values.push(value)
    }
    if (values.length > 0) selection[key] = values.slice(0, MAX_VALUES)
  }
  return params.get('full') === '1' ? { q, selection, full: true } : { q, selection }
}

/** The query string for `state` (`?q=…&year=…`), or '' for an empty state. Keys in FILTER_KEYS order, values sorted. */
export function writeState(state: SearchState): string {
  const params = new URLSearchParams()
  const q = normalizeQuery(state.q)
  if (q) params.set('q', q)
  for (const key of FILTER_KEYS) {
    for (const value of [...(state.selection[key] ?? [])].sort()) params.append(key, value)
  }
  if (state.full && q) params.set('full', '1')
  const query = params.toString()
  return query ? `?${query}` : ''
}

/** True when some filter value is checked. */
export function hasSelection(selection: Selection): boolean {
  return FILTER_KEYS.some((key) => (selection[key]?.length ?? 0) > 0)
}

/**
 * The `filters` option of `pagefind.search` for `selection`: values of one filter are
 * alternatives (`any`), different filters must all hold. `except` leaves one filter out
 * (to count that filter's values).
 */
export function pagefindFilters(selection: Selection, except?: FilterKey): Record<string, { any: string[] }> {
  const filters: Record<string, { any: string[] }> = {}
  for (const key of FILTER_KEYS) {
    const values = selection[key]
    if (key !== except && values && values.length > 0) filters[key] = { any: [...values] }
  }
  return filters
}

/** `selection` with `value` of `key` checked or unchecked. */
export function toggle(selection: Selection, key: FilterKey, value: string, checked: boolean): Selection {
  const current = selection[key] ?? []
  const next = checked ? (current.includes(value) ? current : [...current, value]) : current.filter((v) => v !== value)
  const out: Selection = { ...selection }
  if (next.length > 0) out[key] = next
  else delete out[key]
  return out
}
