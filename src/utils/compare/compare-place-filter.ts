/**
 * The picker's type-to-filter over the place index (compare-place-index.ts): which township
 * lists a query needs, and which townships match it within a province → prefecture → county
 * narrowing. Plain functions, run in the browser by src/client/compare-picker.ts.
 *
 * A query is a 12-digit code or its start (two digits name the province, four the prefecture),
 * or words matched against the township's name and other spellings, then against province +
 * prefecture + county + township names ("中宁" lists the townships of 中宁县, "徐套" finds
 * 徐套乡, "风山乡" the 凤山乡 the national list spells so). Up to `SEARCH_ALL_LIMIT` townships
 * in all, every list is searched; above that (a national site) a name query loads the lists
 * whose province, prefecture or county names match it, and a bare township name needs a
 * province — or, in a province listed per prefecture, a prefecture.
 */
import { listKey, type IndexProvince, type PlaceIndex, type TownshipList } from './compare-place-index.ts'

/** Townships in all up to which every township list is searched (about 200 KB of files). */
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
  /** Other spellings (the national list's, registered aliases). */
  aliases: string[]
  years: string[]
  county: PickerCounty
}

/** What the picker is narrowed to: keys, null for any (prefecture '' = directly under the province). */
export interface Narrowing {
  province: string | null
  prefecture: string | null
  county: string | null
}

/**
 * The township lists to fetch for a query, or, when the query cannot be answered without more
 * narrowing, the level to narrow to first (`lists` then empty).
 */
export interface ListsNeeded {
  lists: string[]
  narrowTo: 'province' | 'prefecture' | null
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

/** The townships of one list, with their places. */
export function listEntries(file: TownshipList, counties: ReadonlyMap<string, PickerCounty>): PickerTownship[] {
  return Object.entries(file.c).flatMap(([key, townships]) => {
    const county = counties.get(key)
    return county ? townships.map(([k, name, years, aliases]) => ({ key: k, name, aliases: aliases ?? [], years, county })) : []
  })
}

/** A query without spaces. */
export function normaliseQuery(query: string): string {
  return query.replace(/\s+/g, '')
}

const lists = (keys: string[]): ListsNeeded => ({ lists: keys, narrowTo: null })
const narrowTo = (level: 'province' | 'prefecture'): ListsNeeded => ({ lists: [], narrowTo: level })

/** The lists of a province's prefectures (all when `only` is left out). */
function prefectureLists(p: IndexProvince, only?: (f: IndexProvince['p'][number]) => boolean): string[] {
  return p.s ? p.p.filter((f) => !only || only(f)).map((f) => listKey(p.k, f.k)) : [p.k]
}

/** The lists of province `p` that can hold matches of `q` (a name or code), or null when it needs a prefecture. */
function provinceLists(p: IndexProvince, q: string): string[] | null {
  if (!p.s) return [p.k]
  if (/^\d+$/.test(q)) return q.length >= 4 ? prefectureLists(p, (f) => f.k === q.slice(0, 4)) : null
  const found = q ? prefectureLists(p, (f) => f.n.includes(q) || f.c.some((c) => c[1].includes(q))) : []
  return found.length ? found : null
}

/**
 * The lists holding the townships of these 12-digit codes (from the search page's place-name
 * index, src/utils/search/name-lookup.ts: the townships a name stands for across the country).
 */
function hintedLists(index: PlaceIndex, codes: readonly string[]): string[] {
  const keys = new Set<string>()
  for (const code of codes) {
    const p = index.provinces.find((x) => x.k === code.slice(0, 2))
    if (p) for (const key of provinceLists(p, code) ?? []) keys.add(key)
  }
  return [...keys]
}

/**
 * The township lists needed to answer `query` within `narrowing`. `hints`: codes of townships the
 * query names by the place-name index, used when a bare name would otherwise need a province.
 */
export function listsNeeded(
  index: PlaceIndex,
  query: string,
  narrowing: Narrowing,
  searchAllLimit = SEARCH_ALL_LIMIT,
  hints: readonly string[] = [],
): ListsNeeded {
  const q = normaliseQuery(query)
  const chosen = narrowing.province === null ? null : index.provinces.find((p) => p.k === narrowing.province)
  if (chosen === undefined) return lists([])
  if (chosen) {
    if (!chosen.s) return lists([chosen.k])
    if (narrowing.prefecture !== null) return lists([listKey(chosen.k, narrowing.prefecture)])
    // A small site searches a whole province even when it is listed per prefecture.
    if (index.townships <= searchAllLimit) return lists(prefectureLists(chosen))
    const found = provinceLists(chosen, q)
    return found ? lists(found) : narrowTo('prefecture')
  }
  if (/^\d+$/.test(q)) {
    const p = q.length >= 2 ? index.provinces.find((x) => x.k === q.slice(0, 2)) : undefined
    if (!p) return lists([])
    const found = index.townships <= searchAllLimit ? prefectureLists(p) : provinceLists(p, q)
    return found ? lists(found) : narrowTo('prefecture')
  }
  if (!q) return index.townships <= LIST_ALL_LIMIT ? lists(index.provinces.flatMap((p) => prefectureLists(p))) : narrowTo('province')
  if (index.townships <= searchAllLimit) return lists(index.provinces.flatMap((p) => prefectureLists(p)))
  if (q.length < 2) return narrowTo('province')
  const found = index.provinces.flatMap((p) => {
    if (p.n.includes(q)) return provinceLists(p, '') ?? []
    return p.p.some((f) => f.n.includes(q) || f.c.some((c) => c[1].includes(q))) ? (provinceLists(p, q) ?? []) : []
  })
  if (found.length) return lists(found)
  const hinted = hintedLists(index, hints)
  return hinted.length ? lists(hinted) : narrowTo('province')
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

/** How well a township matches a query: 0 best; -1 no match. */
function rank(t: PickerTownship, q: string): number {
  if (/^\d+$/.test(q)) return t.key.startsWith(q) ? 0 : -1
  if (t.name === q || t.aliases.includes(q)) return 0
  if (t.name.startsWith(q) || t.aliases.some((a) => a.startsWith(q))) return 1
  if (t.name.includes(q) || t.aliases.some((a) => a.includes(q))) return 2
  const c = t.county
  return [t.name, ...t.aliases].some((name) => `${c.province.name}${c.prefecture.name}${c.name}${name}`.includes(q)) ? 3 : -1
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

/** The words of the live region after filtering (`narrowTo`: the lists needed asked for more narrowing). */
export function matchMessage(
  query: string,
  shown: number,
  total: number,
  narrowTo: ListsNeeded['narrowTo'],
  narrowing?: Narrowing,
): string {
  const q = normaliseQuery(query)
  if (narrowTo === 'province')
    return q ? '按乡镇名称查找请先选择省份，或输入县名、12 位区划代码。' : '输入乡镇名称、县名或区划代码，或按省、地、县选择。'
  if (narrowTo === 'prefecture')
    return q
      ? '这个省的乡镇较多：按乡镇名称查找请先选择地级，或输入县名、区划代码（至少前 4 位）。'
      : '这个省的乡镇较多，请选择地级和县级，或输入名称查找。'
  if (!total) return q ? `没有找到名称或代码含“${q}”的乡镇。` : '这里没有乡镇。'
  if (shown < total)
    return `找到 ${total} 个乡镇，列出前 ${shown} 个；${narrowing?.county ? '请输入更多文字。' : '请输入更多文字或选择县。'}`
  return `找到 ${total} 个乡镇。`
}
