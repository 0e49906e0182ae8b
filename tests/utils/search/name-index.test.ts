import { beforeAll, describe, expect, it } from 'vitest'
import { collectContent, registryOf } from '../../../src/lib/index.ts'
import { divisionIndex } from '../../../src/lib/places/division.ts'
import type { ReportRecord } from '../../../src/lib/types.ts'
import { buildPlaceTree } from '../../../src/utils/place/place-tree.ts'
import { nameIndex, soundKeys, type NameIndex } from '../../../src/utils/search/name-index.ts'
import { nameLookup } from '../../../src/utils/search/name-lookup.ts'
import { bucketOf, queryCharKeys } from '../../../src/utils/search/name-keys.ts'
import { nameAnswer, nameMatches, nameText } from '../../../src/utils/search/name-match.ts'
import { pinyinTable, readingsOf } from '../../../src/utils/search/pinyin-table.ts'

let records: ReportRecord[]
let index: NameIndex

let lookup: (query: string) => Promise<ReturnType<typeof nameMatches>>

beforeAll(async () => {
  const registry = registryOf('content').registry
  records = (await collectContent(['content/reports'], { registry, workers: 0 })).files.map((f) => f.record)
  index = nameIndex(buildPlaceTree(records), {
    aliases: registry?.aliases ?? [],
    official: (code) => divisionIndex().byCode.get(code)?.name ?? null,
    readings: readingsOf,
  })
  // The files as the built site serves them (src/pages/search/names/), read by the page's own lookup.
  const names = [...index.files.values()].flatMap((b) => b.places.flatMap((p) => [p.name, ...(p.spellings ?? [])]))
  const files = new Map<string, unknown>([['/search/names/pinyin.json', pinyinTable(names)]])
  for (let n = 0; n < index.buckets; n++) files.set(`/search/names/${n}.json`, index.files.get(n) ?? { places: [], keys: {} })
  const load = async <T>(path: string): Promise<T> => {
    if (!files.has(path)) throw new Error(`no ${path}`)
    return structuredClone(files.get(path)) as T
  }
  lookup = nameLookup(index.buckets, load).lookup
}, 60_000)

describe('nameIndex over the sample content', () => {
  it('files every township and county with reports, with its reports newest first and its path', async () => {
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

  it('keeps a bucket small: about TARGET places each', async () => {
    const sizes = [...index.files.values()].map((b) => JSON.stringify(b).length)
    expect(Math.max(...sizes)).toBeLessThan(20_000)
  })

  it('keys the national spelling of 凤山乡 and the sound of its stem', async () => {
    const fengshan = [...index.files.values()].flatMap((b) => b.places).find((p) => p.name === '凤山乡')!
    expect(fengshan.spellings).toContain('风山乡')
    expect(soundKeys('凤山乡', readingsOf)).toEqual(['py:fengshan'])
  })
})

describe('what a query names, mentions or nearly names', () => {
  it('a township name, its stem, its county and name together, and another spelling name it', async () => {
    for (const query of ['徐套乡', '徐套', '中宁县徐套乡'])
      expect(
        (await lookup(query)).named.map((p) => p.name),
        query,
      ).toEqual(['徐套乡'])
    expect((await lookup('风山乡')).named.map((p) => p.name)).toEqual(['凤山乡'])
    expect((await lookup('东乡县凤山乡')).named.map((p) => p.name)).toEqual(['凤山乡'])
    expect((await lookup('中宁县')).named.map((p) => p.name)).toEqual(['中宁县'])
  })

  it('a name among other words is mentioned', async () => {
    const m = await lookup('徐套乡 行政处罚')
    expect(m.named).toEqual([])
    expect(m.mentioned.map((p) => p.name)).toEqual(['徐套乡'])
  })

  it('suggests for 乡 and 镇 swapped, one character off, and pinyin', async () => {
    expect((await lookup('徐套镇')).suggested.map((p) => p.name)).toEqual(['徐套乡'])
    expect((await lookup('徐桃乡')).suggested.map((p) => p.name)).toEqual(['徐套乡'])
    expect((await lookup('xutao')).suggested.map((p) => p.name)).toEqual(['徐套乡'])
    expect((await lookup('fengshanxiang')).suggested.map((p) => p.name)).toEqual(['凤山乡'])
  })

  it('names nothing and suggests nothing for words that are no place', async () => {
    const m = await lookup('行政处罚')
    expect([...m.named, ...m.mentioned, ...m.suggested]).toEqual([])
  })

  it('answers a township name with its reports, but not with filters chosen or the full text asked for', async () => {
    const m = await lookup('徐套乡')
    expect(nameAnswer(m, { filtered: false, full: false })).toMatchObject({ answers: true, reportCount: 1 })
    expect(nameAnswer(m, { filtered: true, full: false }).answers).toBe(false)
    expect(nameAnswer(m, { filtered: false, full: true }).answers).toBe(false)
    expect(nameAnswer(await lookup('中宁县'), { filtered: false, full: false }).answers).toBe(false)
  })
})

describe('the files a lookup reads', () => {
  // About one key a bucket, so that different keys mostly fall in different files.
  let fine: NameIndex
  beforeAll(() => {
    fine = nameIndex(buildPlaceTree(records), { aliases: [], official: () => null, readings: readingsOf }, 1)
    expect(fine.buckets).toBeGreaterThanOrEqual(32)
  })
  const files = (): Map<string, unknown> => {
    const map = new Map<string, unknown>()
    for (let n = 0; n < fine.buckets; n++) map.set(`/search/names/${n}.json`, fine.files.get(n) ?? { places: [], keys: {} })
    return map
  }
  /** The bucket files a fresh lookup reads for `query`, and what it finds. */
  async function reads(query: string): Promise<{ read: Set<string>; named: string[]; mentioned: string[] }> {
    const read = new Set<string>()
    const all = files()
    const load = async <T>(path: string): Promise<T> => {
      read.add(path)
      return structuredClone(all.get(path)) as T
    }
    const m = await nameLookup(fine.buckets, load).lookup(query)
    return { read, named: m.named.map((p) => p.name), mentioned: m.mentioned.map((p) => p.name) }
  }
  const bucketsOf = (keys: string[]): Set<string> => new Set(keys.map((k) => `/search/names/${bucketOf(k, fine.buckets)}.json`))

  it('reads the keys of the end of a long query first, and the others only when those name nothing', async () => {
    const long = await reads('中宁县徐套乡')
    expect(long.named).toEqual(['徐套乡'])
    expect(long.read).toEqual(bucketsOf(['徐套', '套乡']))
    expect(long.read.size).toBeLessThan(bucketsOf(queryCharKeys('中宁县徐套乡')).size)
    const words = await reads('徐套乡 行政处罚')
    expect(words.mentioned).toEqual(['徐套乡'])
    expect(words.read).toEqual(bucketsOf(queryCharKeys(nameText('徐套乡 行政处罚'))))
  })
})

describe('pinyinTable', () => {
  it('gives each common character its first reading, and adds the characters of names', async () => {
    const table = pinyinTable(['犇'])
    expect(table.feng).toContain('风')
    expect(table.feng).toContain('凤')
    expect(table.chang).toContain('长')
    expect(Object.values(table).join('')).toContain('犇')
    expect(Object.values(table).join('').length).toBeGreaterThanOrEqual(3756)
  })
})
