/**
 * The place index of the compare page's picker, in two levels so that neither grows past a
 * province (see bench/COMPARE.md for sizes):
 * - `/data/compare/places.json` (`placeIndex`): province → prefecture → county, each county
 *   with its data file key and how many townships have reports; plus the file of every township
 *   that has no 12-digit code. About 2,900 counties nationally: tens of KB.
 * - `/data/compare/places/<province>.json` (`provinceTownships`): the townships of one province
 *   by county, with their keys, names and years. Fetched when the picker needs that province.
 * Short field names keep the files small; the client reads them through compare-place-filter.ts.
 */
import { yearOptions } from './compare-data.ts'
import type { CountyGroup } from './compare-counties.ts'

/** A county (one data file): [file key, name, townships with reports]; a tuple, as there are thousands. */
export type IndexCounty = [string, string, number]

/** A prefecture and its counties; key and name '' for counties directly under the province. */
export interface IndexPrefecture {
  k: string
  n: string
  c: IndexCounty[]
}

/** A province: key (the key of its township file), name, townships with reports, prefectures. */
export interface IndexProvince {
  k: string
  n: string
  t: number
  p: IndexPrefecture[]
}

/** The whole first level. */
export interface PlaceIndex {
  /** Townships with reports, in all. */
  townships: number
  provinces: IndexProvince[]
  /** The data file of each township without a 12-digit code (keyed by its `x-…` stand-in key). */
  standIns: Record<string, string>
}

/** A township of a province file: [key, name, year keys newest first (`na` = unknown)]. */
export type IndexTownship = [string, string, string[]]

/** The second level: the townships of one province, by data file (county) key. */
export interface ProvinceTownships {
  k: string
  c: Record<string, IndexTownship[]>
}

/** The first level of the index, from the data files in tree order. */
export function placeIndex(groups: readonly CountyGroup[]): PlaceIndex {
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
  return index
}

/** The second level: one file per province key, from the data files in tree order. */
export function provinceTownships(groups: readonly CountyGroup[]): Map<string, ProvinceTownships> {
  const files = new Map<string, ProvinceTownships>()
  for (const g of groups) {
    let file = files.get(g.province.key)
    if (!file) files.set(g.province.key, (file = { k: g.province.key, c: {} }))
    file.c[g.key] = g.townships.map((t) => [t.key, t.name, yearOptions(t.reports.map((r) => r.year))])
  }
  return files
}
