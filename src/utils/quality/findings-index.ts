/**
 * The index of the findings files (`/quality/data/index.json`, made with the national pages): the
 * checks' titles and, per province, its prefectures and counties and, per year, how many reports
 * there are and how many findings of each check its file holds. The findings page's script reads
 * it to fill the place choice, to count a filter's findings before fetching anything, and to
 * fetch only the files a filter needs.
 */
import { yearKey, type Finding } from './findings-file.ts'

/** A prefecture ('' for counties directly under the province) and its counties as [key, name]. */
export interface IndexPrefecture {
  k: string
  n: string
  c: [string, string][]
}

/** A province: key, name, prefectures, and per year key its reports (`r`) and findings per check (`f`). */
export interface IndexProvince {
  k: string
  n: string
  p: IndexPrefecture[]
  y: Record<string, { r: number; f: Record<string, number> }>
}

/** The whole index. */
export interface FindingsIndex {
  rules: { id: string; title: string }[]
  provinces: IndexProvince[]
}

/** A filter of the findings page, as its URL holds it ('' = all): check, place key, year key. */
export interface FindingsFilter {
  check: string
  place: string
  year: string
}

/** Where a place key sits: its province and its level. */
export interface PlaceScope {
  province: IndexProvince
  level: 'province' | 'prefecture' | 'county'
  name: string
}

/** The filter of a query string (`?check=…&place=…&year=…`). */
export function readFilter(search: string): FindingsFilter {
  const params = new URLSearchParams(search)
  return { check: params.get('check') ?? '', place: params.get('place') ?? '', year: params.get('year') ?? '' }
}

/** The query string of `filter` ('' when it filters nothing), in a fixed order. */
export function filterQuery(filter: FindingsFilter): string {
  const params = new URLSearchParams()
  for (const key of ['check', 'place', 'year'] as const) if (filter[key]) params.set(key, filter[key])
  const text = params.toString()
  return text ? `?${text}` : ''
}

/** The province and level of place `key`, or null when the index has no such place. */
export function placeScope(index: FindingsIndex, key: string): PlaceScope | null {
  for (const province of index.provinces) {
    if (province.k === key) return { province, level: 'province', name: province.n }
    for (const prefecture of province.p) {
      if (prefecture.k && prefecture.k === key) return { province, level: 'prefecture', name: prefecture.n }
      const county = prefecture.c.find(([k]) => k === key)
      if (county) return { province, level: 'county', name: county[1] }
    }
  }
  return null
}

/** A findings file a filter needs, with the findings of the filter's check it holds (at most: place below province not counted). */
export interface NeededFile {
  province: string
  year: string
  findings: number
}

/** The files holding the findings of `filter`, each with its count; none for a place not in the index. */
export function neededFiles(index: FindingsIndex, filter: FindingsFilter): NeededFile[] {
  const scope = filter.place ? placeScope(index, filter.place) : null
  if (filter.place && !scope) return []
  const provinces = scope ? [scope.province] : index.provinces
  return provinces.flatMap((p) =>
    Object.entries(p.y)
      .filter(([year]) => !filter.year || year === filter.year)
      .map(([year, counts]) => ({
        province: p.k,
        year,
        findings: filter.check ? (counts.f[filter.check] ?? 0) : Object.values(counts.f).reduce((a, b) => a + b, 0),
      }))
      .filter((f) => f.findings > 0),
  )
}

/** True when `finding` is one of `filter`'s. */
export function matchesFilter(finding: Finding, filter: FindingsFilter): boolean {
  if (filter.check && finding.ruleId !== filter.check) return false
  if (filter.year && yearKey(finding.year) !== filter.year) return false
  const place = filter.place
  return !place || finding.provinceKey === place || finding.prefectureKey === place || finding.countyKey === place
}

/** The years of the index, newest first (`na` last). */
export function indexYears(index: FindingsIndex): string[] {
  const years = new Set(index.provinces.flatMap((p) => Object.keys(p.y)))
  return [...years].sort((a, b) => (a === 'na' ? 1 : b === 'na' ? -1 : Number(b) - Number(a)))
}
