/**
 * The picker's type-to-filter over the place index (compare-place-index.ts): which province
 * files a query needs, and which townships match it within a province → prefecture → county
 * narrowing. Plain functions, run in the browser by src/client/compare-picker.ts.
 *
 * A query is a 12-digit code or its start (from two digits, which name the province), or
 * words matched against province + prefecture + county + township names ("中宁" lists the
 * townships of 中宁县, "徐套" finds 徐套乡). Up to `searchAllLimit` townships in all, every
 * province file is searched; above that (a national site) a name query loads the provinces
 * whose own, prefecture or county names match it, and a bare township name needs a province.
 */
import type { PlaceIndex, ProvinceTownships } from './compare-place-index.ts'

/** Townships in all up to which every province file is searched (about 200 KB of files). */
export const SEARCH_ALL_LIMIT = 5000
/** Townships in all up to which the picker lists them all before anything is typed. */
export const LIST_ALL_LIMIT = 60

/** A county of the index with its parents. */
export interface PickerCounty {
  key: string
  name: string
  prefecture: { key: string; name: string }
  province: { key: string; name: string }
}

/** A township the picker can list. */
export interface PickerTownship {
  key: string
  name: string
  years: string[]
  county: PickerCounty
}

/** What the picker is narrowed to: keys, null for any (prefecture '' = directly under the province). */
export interface Narrowing {
  province: string | null
  prefecture: string | null
  county: string | null
}

/** Every county of the index by file key. */
export function indexCounties(index: PlaceIndex): Map<string, PickerCounty> {
  const counties = new Map<string, PickerCounty>()
  for (const p of index.provinces)
    for (const f of p.p)
      for (const [key, name] of f.c)
        counties.set(key, { key, name, prefecture: { key: f.k, name: f.n }, province: { key: p.k, name: p.n } })
  return counties
}

/** The townships of one province file, with their places. */
export function provinceEntries(file: ProvinceTownships, counties: ReadonlyMap<string, PickerCounty>): PickerTownship[] {
  return Object.entries(file.c).flatMap(([key, townships]) => {
    const county = counties.get(key)
    return county ? townships.map(([k, name, years]) => ({ key: k, name, years, county })) : []
  })
}

/** A query without spaces. */
export function normaliseQuery(query: string): string {
  return query.replace(/\s+/g, '')
}

/**
 * The province files needed to answer `query` within `narrowing`, or null when the query cannot
 * be answered without narrowing (nothing typed on a large site, or a township name alone).
 */
export function provincesNeeded(
  index: PlaceIndex,
  query: string,
  narrowing: Narrowing,
  searchAllLimit = SEARCH_ALL_LIMIT,
): string[] | null {
  if (narrowing.province !== null) return [narrowing.province]
  const q = normaliseQuery(query)
  const all = index.provinces.map((p) => p.k)
  if (/^\d+$/.test(q)) return all.filter((k) => q.length >= 2 && k === q.slice(0, 2))
  if (!q) return index.townships <= LIST_ALL_LIMIT ? all : null
  if (index.townships <= searchAllLimit) return all
  const found = index.provinces.filter((p) => p.n.includes(q) || p.p.some((f) => f.n.includes(q) || f.c.some((c) => c[1].includes(q))))
  return q.length >= 2 && found.length ? found.map((p) => p.k) : null
}

/** A township within the narrowing. */
function within(t: PickerTownship, n: Narrowing): boolean {
  const c = t.county
  return (
    (n.province === null || c.province.key === n.province) &&
    (n.prefecture === null || c.prefecture.key === n.prefecture) &&
    (n.county === null || c.key === n.county)
  )
}

/** How well a township matches a name query: 0 best; -1 no match. */
function rank(t: PickerTownship, q: string): number {
  if (/^\d+$/.test(q)) return t.key.startsWith(q) ? 0 : -1
  if (t.name === q) return 0
  if (t.name.startsWith(q)) return 1
  if (t.name.includes(q)) return 2
  const c = t.county
  return `${c.province.name}${c.prefecture.name}${c.name}${t.name}`.includes(q) ? 3 : -1
}

/** The townships matching `query` within `narrowing`: the first `limit` (best first, then in place order) and how many in all. */
export function filterTownships(
  entries: readonly PickerTownship[],
  query: string,
  narrowing: Narrowing,
  limit: number,
): { shown: PickerTownship[]; total: number } {
  const q = normaliseQuery(query)
  const ranked = entries
    .filter((t) => within(t, narrowing))
    .map((t, i) => ({ t, i, r: q ? rank(t, q) : 0 }))
    .filter((x) => x.r >= 0)
    .sort((a, b) => a.r - b.r || a.i - b.i)
  return { shown: ranked.slice(0, limit).map((x) => x.t), total: ranked.length }
}

/** The words of the live region after filtering. */
export function matchMessage(query: string, shown: number, total: number, needsNarrowing: boolean): string {
  const q = normaliseQuery(query)
  if (needsNarrowing)
    return q ? `按乡镇名称查找请先选择省份，或输入县名、12 位区划代码。` : '输入乡镇名称、县名或区划代码，或按省、地、县选择。'
  if (!total) return q ? `没有找到名称或代码含“${q}”的乡镇。` : '这里没有乡镇。'
  if (shown < total) return `找到 ${total} 个乡镇，列出前 ${shown} 个；请输入更多文字或选择县。`
  return `找到 ${total} 个乡镇。`
}
