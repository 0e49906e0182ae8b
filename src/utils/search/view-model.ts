/**
 * What the search page shows, computed from Pagefind's answers: result entries with their
 * highlighted excerpts and section links, filter groups with counts, the result count.
 * Plain data (no DOM), so it is tested in Node; src/client/search.ts renders it.
 */
import { stripZwsp } from './segment.ts'
import { FILTER_KEYS, type FilterKey, type Selection } from './url-state.ts'

/** The parts of a Pagefind result this page reads (`await result.data()`). */
export interface PagefindSubResult {
  title: string
  url: string
  excerpt: string
  locations?: number[]
  anchor?: { element: string; id: string; location: number }
}

export interface PagefindResultData {
  url: string
  excerpt: string
  meta: Record<string, string | undefined>
  filters: Record<string, string[] | undefined>
  sub_results?: PagefindSubResult[]
}

/** A run of excerpt text, highlighted (`<mark>`) or not. */
export interface ExcerptPart {
  text: string
  mark: boolean
}

export interface SectionView {
  title: string
  url: string
  excerpt: ExcerptPart[]
}

export interface ResultView {
  url: string
  title: string
  /** Province, county and township, space-separated; '' when unknown. */
  place: string
  /** `2021年`, or '' when unknown. */
  year: string
  excerpt: ExcerptPart[]
  /** Sections of the report holding the words (sub-results with an anchor), in page order. */
  sections: SectionView[]
}

/**
 * Pagefind's excerpt (plain text whose `<` and `>` are escaped as `&lt;`/`&gt;`, with the
 * matched words in `<mark>…</mark>`) as text parts. Only those two tags are recognised, so
 * nothing in an excerpt can become markup; U+200B word boundaries are dropped.
 */
export function excerptParts(excerpt: string): ExcerptPart[] {
  const parts: ExcerptPart[] = []
  let mark = false
  for (const token of stripZwsp(excerpt).split(/(<mark>|<\/mark>)/u)) {
    if (token === '<mark>') mark = true
    else if (token === '</mark>') mark = false
    else if (token) {
      const text = token.replaceAll('&lt;', '<').replaceAll('&gt;', '>')
      const last = parts.at(-1)
      if (last && last.mark === mark) last.text += text
      else parts.push({ text, mark })
    }
  }
  return parts
}

const clean = (text: string | undefined): string =>
  stripZwsp(text ?? '')
    .replace(/\s+/gu, ' ')
    .trim()

/** The text of excerpt parts, to compare two excerpts. */
const partsText = (parts: readonly ExcerptPart[]): string => parts.map((p) => p.text).join('')

/**
 * At most `limit` sections: those with the most matched words, shown in page order. A section
 * whose excerpt is the result's own excerpt keeps its link but not the repeated words.
 */
function sectionViews(data: PagefindResultData, limit = 3): SectionView[] {
  const anchored = (data.sub_results ?? [])
    .map((sub, index) => ({ sub, index }))
    .filter(({ sub }) => sub.url.includes('#') && sub.url.split('#')[0] === data.url.split('#')[0])
  const best = [...anchored]
    .sort((a, b) => (b.sub.locations?.length ?? 0) - (a.sub.locations?.length ?? 0) || a.index - b.index)
    .slice(0, limit)
    .sort((a, b) => a.index - b.index)
  const main = partsText(excerptParts(data.excerpt))
  return best.map(({ sub }) => {
    const excerpt = excerptParts(sub.excerpt)
    return { title: clean(sub.title) || clean(sub.anchor?.id), url: sub.url, excerpt: partsText(excerpt) === main ? [] : excerpt }
  })
}

/** The view of one result. */
export function resultView(data: PagefindResultData, sectionLimit = 3): ResultView {
  const first = (key: FilterKey): string => clean(data.filters[key]?.[0])
  const year = first('year')
  return {
    url: data.url,
    title: clean(data.meta.title) || data.url,
    place: [first('province'), first('county'), first('township')].filter(Boolean).join(' '),
    year: year ? (/^\d{4}$/u.test(year) ? `${year}年` : year) : '',
    excerpt: excerptParts(data.excerpt),
    sections: sectionViews(data, sectionLimit),
  }
}

/** Legends of the filter groups. */
const FILTER_LEGENDS: Record<FilterKey, string> = {
  province: '省份',
  county: '县（市、区）',
  township: '乡镇',
  year: '年度',
  format: '表格格式',
}

export interface FilterOption {
  value: string
  label: string
  count: number
  checked: boolean
}

export interface FilterGroup {
  key: FilterKey
  legend: string
  options: FilterOption[]
}

/** Counts per value of each filter, as Pagefind gives them. */
export type FilterCounts = Record<string, Record<string, number> | undefined>

const collator = new Intl.Collator('zh-CN')

function compareValues(key: FilterKey, a: string, b: string): number {
  // Years newest first; everything else in Chinese collation order.
  if (key === 'year') return b.localeCompare(a, 'en', { numeric: true })
  return collator.compare(a, b)
}

/**
 * The filter groups to show. `all` lists every value (from `pagefind.filters()`);
 * `counts` holds the counts for the current search, per filter (null: no search yet, the
 * counts of `all` are shown). A value with no result in the current search is left out
 * unless it is checked. Groups with no value to show are left out.
 */
export function filterGroups(
  all: FilterCounts,
  counts: Partial<Record<FilterKey, Record<string, number>>> | null,
  selection: Selection,
): FilterGroup[] {
  const groups: FilterGroup[] = []
  for (const key of FILTER_KEYS) {
    const checked = selection[key] ?? []
    const values = new Set([...Object.keys(all[key] ?? {}), ...checked])
    const options: FilterOption[] = []
    for (const value of values) {
      const count = (counts ? counts[key]?.[value] : all[key]?.[value]) ?? 0
      const isChecked = checked.includes(value)
      if (count === 0 && !isChecked) continue
      options.push({ value, label: key === 'year' && /^\d{4}$/u.test(value) ? `${value}年` : value, count, checked: isChecked })
    }
    options.sort((a, b) => compareValues(key, a.value, b.value))
    if (options.length > 0) groups.push({ key, legend: FILTER_LEGENDS[key], options })
  }
  return groups
}

/** The result count sentence for the live region. */
export function countMessage(count: number, filtered: boolean): string {
  if (count === 0) return filtered ? '在所选范围内未找到相关报告' : '未找到相关报告'
  return filtered ? `在所选范围内找到 ${count} 份报告` : `找到 ${count} 份报告`
}
