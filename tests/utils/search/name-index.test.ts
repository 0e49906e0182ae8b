import { beforeAll, describe, expect, it } from 'vitest'
import { collectContent, registryOf } from '../../../src/lib/index.ts'
import { divisionIndex } from '../../../src/lib/places/division.ts'
import type { ReportRecord } from '../../../src/lib/types.ts'
import { buildPlaceTree } from '../../../src/utils/place/place-tree.ts'
import { nameIndex, soundKeys, type NameIndex } from '../../../src/utils/search/name-index.ts'
import { bucketOf, latinSoundKeys, queryCharKeys, type NamePlace } from '../../../src/utils/search/name-keys.ts'
import { nameAnswer, nameMatches } from '../../../src/utils/search/name-match.ts'
import { pinyinTable, readingsOf } from '../../../src/utils/search/pinyin-table.ts'

let records: ReportRecord[]
let index: NameIndex

/** The places under `keys`, as the browser gathers them from the bucket files. */
function placesUnder(keys: readonly string[]): NamePlace[] {
  const found = new Map<string, NamePlace>()
  for (const key of keys) {
    const file = index.files.get(bucketOf(key, index.buckets))
    for (const i of file?.keys[key] ?? []) found.set(file!.places[i]!.path, file!.places[i]!)
  }
  return [...found.values()]
}

/** What the page finds for `query` (as src/client/search-names.ts does, with the table's first readings). */
function lookup(query: string): ReturnType<typeof nameMatches> {
  const latin = latinSoundKeys(query)
  if (latin.length > 0) return nameMatches(query, [], placesUnder(latin))
  const byChars = placesUnder(queryCharKeys(query))
  const m = nameMatches(query, byChars)
  if (m.named.length + m.mentioned.length + m.suggested.length > 0) return m
  const table = pinyinTable()
  const first = new Map(Object.entries(table).flatMap(([s, chars]) => [...chars].map((c) => [c, s] as const)))
  const sound = `py:${[...query.replace(/[乡镇]$/u, '')].map((c) => first.get(c)).join('')}`
  return nameMatches(query, byChars, placesUnder([sound]))
}

beforeAll(async () => {
  const registry = registryOf('content').registry
  records = (await collectContent(['content/reports'], { registry, workers: 0 })).files.map((f) => f.record)
  index = nameIndex(buildPlaceTree(records), {
    aliases: registry?.aliases ?? [],
    official: (code) => divisionIndex().byCode.get(code)?.name ?? null,
    readings: readingsOf,
  })
}, 60_000)

describe('nameIndex over the sample content', () => {
  it('files every township and county with reports, with its reports newest first and its path', () => {
    const places = new Map([...index.files.values()].flatMap((b) => b.places.map((p) => [p.path, p] as const)))
    const townships = [...places.values()].filter((p) => p.level === 'township')
    expect(townships).toHaveLength(new Set(records.map((r) => r.organ.code)).size)
    const xutao = townships.find((p) => p.name === '徐套乡')!
    expect(xutao).toMatchObject({ context: ['宁夏回族自治区', '中卫市', '中宁县'], path: 'places/640521205000/', reportCount: 1 })
    expect(xutao.reports).toEqual([
      { path: `reports/${records.find((r) => r.organ.township === '徐套乡')!.id}/`, year: 2021, title: expect.stringContaining('徐套乡') },
    ])
    expect([...places.values()].some((p) => p.level === 'county' && p.name === '中宁县')).toBe(true)
  })

  it('keeps a bucket small: about TARGET places each', () => {
    const sizes = [...index.files.values()].map((b) => JSON.stringify(b).length)
    expect(Math.max(...sizes)).toBeLessThan(20_000)
  })

  it('keys the national spelling of 凤山乡 and the sound of its stem', () => {
    const fengshan = [...index.files.values()].flatMap((b) => b.places).find((p) => p.name === '凤山乡')!
    expect(fengshan.spellings).toContain('风山乡')
    expect(soundKeys('凤山乡', readingsOf)).toEqual(['py:fengshan'])
  })
})

describe('what a query names, mentions or nearly names', () => {
  it('a township name, its stem, its county and name together, and another spelling name it', () => {
    for (const query of ['徐套乡', '徐套', '中宁县徐套乡'])
      expect(
        lookup(query).named.map((p) => p.name),
        query,
      ).toEqual(['徐套乡'])
    expect(lookup('风山乡').named.map((p) => p.name)).toEqual(['凤山乡'])
    expect(lookup('东乡县凤山乡').named.map((p) => p.name)).toEqual(['凤山乡'])
    expect(lookup('中宁县').named.map((p) => p.name)).toEqual(['中宁县'])
  })

  it('a name among other words is mentioned', () => {
    const m = lookup('徐套乡 行政处罚')
    expect(m.named).toEqual([])
    expect(m.mentioned.map((p) => p.name)).toEqual(['徐套乡'])
  })

  it('suggests for 乡 and 镇 swapped, one character off, and pinyin', () => {
    expect(lookup('徐套镇').suggested.map((p) => p.name)).toEqual(['徐套乡'])
    expect(lookup('徐桃乡').suggested.map((p) => p.name)).toEqual(['徐套乡'])
    expect(lookup('xutao').suggested.map((p) => p.name)).toEqual(['徐套乡'])
    expect(lookup('fengshanxiang').suggested.map((p) => p.name)).toEqual(['凤山乡'])
  })

  it('names nothing and suggests nothing for words that are no place', () => {
    const m = lookup('行政处罚')
    expect([...m.named, ...m.mentioned, ...m.suggested]).toEqual([])
  })

  it('answers a township name with its reports, but not with filters chosen or the full text asked for', () => {
    const m = lookup('徐套乡')
    expect(nameAnswer(m, { filtered: false, full: false })).toMatchObject({ answers: true, reportCount: 1 })
    expect(nameAnswer(m, { filtered: true, full: false }).answers).toBe(false)
    expect(nameAnswer(m, { filtered: false, full: true }).answers).toBe(false)
    expect(nameAnswer(lookup('中宁县'), { filtered: false, full: false }).answers).toBe(false)
  })
})

describe('pinyinTable', () => {
  it('gives each common character its first reading, and adds the characters of names', () => {
    const table = pinyinTable(['犇'])
    expect(table.feng).toContain('风')
    expect(table.feng).toContain('凤')
    expect(table.chang).toContain('长')
    expect(Object.values(table).join('')).toContain('犇')
    expect(Object.values(table).join('').length).toBeGreaterThanOrEqual(3756)
  })
})
