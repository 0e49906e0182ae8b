/**
 * The place index of the compare page's picker, in two levels so that neither grows past a
 * bounded part of the country (see bench/COMPARE.md for sizes):
 * - `/data/compare/places.json` (`placeIndex`): province → prefecture → county, each county
 *   with its data file key and how many townships have reports; plus the file of every township
 *   that has no 12-digit code. About 2,900 counties nationally: tens of KB.
 * - township lists (`townshipLists`): the townships of one province by county, with their keys,
 *   names, years and other spellings, at `/data/compare/places/<province>.json`. A province
 *   with more than `PROVINCE_LIST_LIMIT` townships (none of the national list's, the largest of
 *   which has 3,111; a synthetic or future one) is marked `s` in the index and has one list per
 *   prefecture instead (`/data/compare/places/<province>/<prefecture>.json`), so no list the
 *   browser fetches passes a few thousand townships, however large a province grows.
 * Short field names keep the files small; the client reads them through compare-place-filter.ts.
 */
import { yearOptions } from './compare-data.ts'
import type { CountyGroup } from './compare-counties.ts'
import type { PlaceNode } from '../place/place-tree.ts'

/** Townships a province may have and still be one township list. */
export const PROVINCE_LIST_LIMIT = 4000

/** The list key's prefecture part for counties directly under their province (prefecture key ''). */
export const DIRECT_PREFECTURE = '-'

/** A county (one data file): [file key, name, townships with reports]; a tuple, as there are thousands. */
export type IndexCounty = [string, string, number]

/** A prefecture and its counties; key and name '' for counties directly under the province. */
export interface IndexPrefecture {
  k: string
  n: string
  c: IndexCounty[]
}

/** A province: key, name, townships with reports, prefectures; `s` when its townships are listed per prefecture. */
export interface IndexProvince {
  k: string
  n: string
  t: number
  p: IndexPrefecture[]
  s?: 1
}

/** The whole first level. */
export interface PlaceIndex {
  /** Townships with reports, in all. */
  townships: number
  provinces: IndexProvince[]
  /** The data file of each township without a 12-digit code (keyed by its `x-…` stand-in key). */
  standIns: Record<string, string>
}

/**
 * A township of a list: [key, name, year keys newest first (`na` = unknown)], then its other
 * spellings (the national list's, content/places.yaml's aliases) when it has any.
 */
export type IndexTownship = [string, string, string[]] | [string, string, string[], string[]]

/** The second level: the townships of one province (or one prefecture of it), by data file (county) key. */
export interface TownshipList {
  /** The list key (`listKey`). */
  k: string
  c: Record<string, IndexTownship[]>
}

/** Other spellings of a township node, '' and its own name left out (none by default). */
export type Spellings = (township: PlaceNode) => readonly string[]

/**
 * The key of a township list: the province key, or `<province>/<prefecture>` (`-` for counties
 * directly under the province) when the province is listed per prefecture.
 */
export function listKey(province: string, prefecture?: string): string {
  return prefecture === undefined ? province : `${province}/${prefecture || DIRECT_PREFECTURE}`
}

/** The first level of the index, from the data files in tree order. */
export function placeIndex(groups: readonly CountyGroup[], limit = PROVINCE_LIST_LIMIT): PlaceIndex {
  const index: PlaceIndex = { townships: 0, provinces: [], standIns: {} }
  const provinces = new Map<string, IndexProvince>()
  for (const g of groups) {
    let province = provinces.get(g.province.key)
    if (!province) {
      province = { k: g.province.key, n: g.province.name, t: 0, p: [] }
      provinces.set(province.k, province)
      index.provinces.push(province)
    }
    const prefectureKey = g.prefecture?.key ?? ''
    let prefecture = province.p.find((p) => p.k === prefectureKey)
    if (!prefecture) province.p.push((prefecture = { k: prefectureKey, n: g.prefecture?.name ?? '', c: [] }))
    prefecture.c.push([g.key, g.name, g.townships.length])
    province.t += g.townships.length
    index.townships += g.townships.length
    for (const t of g.townships) if (!t.code) index.standIns[t.key] = g.key
  }
  for (const p of index.provinces) if (p.t > limit) p.s = 1
  return index
}

/** The list key of a data file's townships. */
function groupList(g: CountyGroup, split: boolean): string {
  return split ? listKey(g.province.key, g.prefecture?.key ?? '') : g.province.key
}

/**
 * The second level: every township list by its key (`listKey`), from the data files in tree
 * order; a province of more than `limit` townships gets one list per prefecture.
 */
export function townshipLists(
  groups: readonly CountyGroup[],
  spellings: Spellings = () => [],
  limit = PROVINCE_LIST_LIMIT,
): Map<string, TownshipList> {
  const townships = new Map<string, number>()
  for (const g of groups) townships.set(g.province.key, (townships.get(g.province.key) ?? 0) + g.townships.length)
  const files = new Map<string, TownshipList>()
  for (const g of groups) {
    const key = groupList(g, townships.get(g.province.key)! > limit)
    let file = files.get(key)
    if (!file) files.set(key, (file = { k: key, c: {} }))
    file.c[g.key] = g.townships.map((t) => {
      const entry: IndexTownship = [t.key, t.name, yearOptions(t.reports.map((r) => r.year))]
      const other = [...new Set(spellings(t))].filter((s) => s && s !== t.name)
      return other.length ? [...entry, other] : entry
    })
  }
  return files
}
