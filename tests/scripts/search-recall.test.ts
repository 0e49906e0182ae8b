/**
 * The pieces of scripts/search-recall.ts: its static host (base path, gzip, nothing outside the
 * site), reading result ids to report ids from Pagefind fragment files, the queries it derives
 * from a report and the recall computation. The script itself drives Chromium over a built site
 * (bench/SEARCH-RECALL.md); nothing here is timed.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { request } from 'node:http'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { gunzipSync, gzipSync } from 'node:zlib'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { ReportRecord } from '../../src/lib/index.ts'
import {
  clauses,
  nameQueries,
  recallOf,
  sampleOf,
  sentenceFragment,
  tablePhrase,
  textQueries,
  townshipsOf,
  type RecallQuery,
} from '../../scripts/lib/search-recall/recall-queries.ts'
import { serveSite, type SiteServer } from '../../scripts/lib/search-recall/serve-site.ts'
import { bundleOf, fragmentAddresses, kindOf, reportIdOf } from '../../scripts/lib/search-recall/site-bundles.ts'

const root = mkdtempSync(path.join(tmpdir(), 'search-recall-'))
afterAll(() => rmSync(root, { recursive: true, force: true }))

/** Write `files` (relative path → bytes or text) below `dir`. */
function tree(dir: string, files: Record<string, string | Uint8Array>): string {
  for (const [rel, body] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true })
    writeFileSync(path.join(dir, rel), body)
  }
  return dir
}

/** A Pagefind fragment file as Pagefind writes it: gzip of a signature and JSON. */
const fragment = (url: string): Uint8Array => gzipSync(Buffer.from(`pagefind_dcd${JSON.stringify({ url, content: 'x' })}`))

const site = tree(path.join(root, 'site'), {
  'index.html': '<h1>首页</h1>',
  '404.html': '没有这个页面',
  'search/index.html': `<h1>检索</h1>${'检索'.repeat(500)}`,
  'pagefind/pagefind.js': 'export const x = 1;'.repeat(50),
  'pagefind/fragment/zh-cn_a1.pf_fragment': fragment('/reports/411727003000-2020/'),
  'pagefind/shards/s-x/fragment/zh-cn_b2.pf_fragment': fragment('/reports/640521100000-2021/'),
  'pagefind/shards/s-x/index/zh-cn_c.pf_index': gzipSync(Buffer.from('index')),
})
writeFileSync(path.join(root, 'secret.txt'), 'outside the site')

interface Got {
  status: number
  headers: Record<string, string | string[] | undefined>
  body: Buffer
}

function get(url: string, headers: Record<string, string> = {}): Promise<Got> {
  return new Promise((resolve, reject) => {
    request(url, { headers }, (res) => {
      const chunks: Buffer[] = []
      res.on('data', (c: Buffer) => chunks.push(c))
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }))
    })
      .on('error', reject)
      .end()
  })
}

describe('the static host', () => {
  let server: SiteServer
  let origin: string
  beforeAll(async () => {
    server = await serveSite(site, { base: '/gk/nianbao/' })
    origin = new URL(server.url).origin
  })
  afterAll(() => server.close())

  it('serves the site under its base path, folders as their index.html', async () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/gk\/nianbao\/$/)
    const page = await get(`${server.url}search/`)
    expect(page.status).toBe(200)
    expect(page.headers['content-type']).toBe('text/html; charset=utf-8')
    expect(page.body.toString()).toContain('<h1>检索</h1>')
    expect((await get(`${origin}/gk/nianbao`)).headers.location).toBe('/gk/nianbao/')
    expect((await get(`${server.url}search`)).headers.location).toBe('/gk/nianbao/search/')
  })

  it('answers 404 outside the base and never serves a file outside the folder', async () => {
    const outside = await get(`${origin}/search/`)
    expect(outside.status).toBe(404)
    expect(outside.body.toString()).toBe('没有这个页面')
    for (const p of ['%2e%2e/secret.txt', '..%2fsecret.txt', '%2e%2e%2f%2e%2e%2fsecret.txt']) {
      const r = await get(`${server.url}${p}`)
      expect(r.status).toBe(404)
      expect(r.body.toString()).not.toContain('outside the site')
    }
  })

  it('gzips text files for browsers that accept it, and sends Pagefind chunks as they are', async () => {
    const plain = await get(`${server.url}search/`)
    const zipped = await get(`${server.url}search/`, { 'accept-encoding': 'gzip, deflate, br' })
    expect(zipped.headers['content-encoding']).toBe('gzip')
    expect(zipped.body.length).toBeLessThan(plain.body.length)
    expect(gunzipSync(zipped.body).equals(plain.body)).toBe(true)
    const chunk = await get(`${server.url}pagefind/shards/s-x/index/zh-cn_c.pf_index`, { 'accept-encoding': 'gzip' })
    expect(chunk.headers['content-encoding']).toBeUndefined()
    expect(chunk.body.equals(readFileSync(path.join(site, 'pagefind/shards/s-x/index/zh-cn_c.pf_index')))).toBe(true)
  })

  it('serves without compression when told so', async () => {
    const server2 = await serveSite(site, { gzip: false })
    try {
      const r = await get(`${server2.url}search/`, { 'accept-encoding': 'gzip' })
      expect(r.headers['content-encoding']).toBeUndefined()
      expect(r.body.toString()).toContain('<h1>检索</h1>')
    } finally {
      await server2.close()
    }
  })
})

describe('the bundles of a site', () => {
  it('maps every result id of every bundle to its report', async () => {
    const found = await fragmentAddresses(site)
    expect([...found]).toEqual([
      ['zh-cn_a1', '/reports/411727003000-2020/'],
      ['zh-cn_b2', '/reports/640521100000-2021/'],
    ])
    expect(reportIdOf('/gk/nianbao/reports/411727003000-2020/')).toBe('411727003000-2020')
    expect(reportIdOf('/places/')).toBeNull()
  })

  it('names the kind and bundle of each file the search page fetches', () => {
    expect(kindOf('/gk/nianbao/pagefind/pagefind.js')).toBe('Pagefind JS')
    expect(kindOf('/pagefind/shards/s-x/pagefind-entry.json')).toBe('Pagefind entry + metadata')
    expect(kindOf('/pagefind/shards/s-x/wasm.unknown.pagefind')).toBe('Pagefind wasm')
    expect(kindOf('/pagefind/fragment/zh-cn_a1.pf_fragment')).toBe('fragments')
    expect(kindOf('/_astro/search.abc.js')).toBe('site JS')
    expect(kindOf('/search/')).toBe('page HTML')
    expect(bundleOf('/gk/nianbao/pagefind/index/x.pf_index')).toBe('pagefind/')
    expect(bundleOf('/pagefind/shards/s-x/index/x.pf_index')).toBe('pagefind/shards/s-x/')
    expect(bundleOf('/_astro/a.css')).toBeNull()
  })
})

describe('queries and recall', () => {
  const entries = [
    { id: 'A-2021', code: 'A', township: '古塔街道', county: '汝南县', year: 2021 },
    { id: 'A-2020', code: 'A', township: '古塔街道', county: '汝南县', year: 2020 },
    { id: 'B-2020', code: 'B', township: '城关镇', county: '中宁县', year: 2020 },
  ]

  it('groups the manifest by township and asks for each by name and by county and name', () => {
    const townships = townshipsOf(entries)
    expect(townships).toEqual([
      { code: 'A', township: '古塔街道', county: '汝南县', ids: ['A-2020', 'A-2021'] },
      { code: 'B', township: '城关镇', county: '中宁县', ids: ['B-2020'] },
    ])
    expect(nameQueries(townships[0]!)).toEqual([
      { type: 'township', text: '古塔街道', expected: ['A-2020', 'A-2021'] },
      { type: 'county-township', text: '汝南县古塔街道', expected: ['A-2020', 'A-2021'] },
    ])
  })

  it('samples by hash: the same every time, all items when few, in key order', () => {
    const items = Array.from({ length: 50 }, (_, i) => `t${i}`)
    const a = sampleOf(items, 10, (x) => x, 's')
    expect(a).toHaveLength(10)
    expect(sampleOf(items, 10, (x) => x, 's')).toEqual(a)
    expect(a).toEqual([...a].sort())
    expect(sampleOf(items, 10, (x) => x, 'other')).not.toEqual(a)
    expect(sampleOf(items.slice(0, 3), 10, (x) => x, 's')).toEqual(['t0', 't1', 't2'])
  })

  it('takes a clause of the report and its table 二 phrase', () => {
    const record = JSON.parse(readFileSync('tests/fixtures/docx-seed-000/expected.json', 'utf8')) as ReportRecord
    expect(clauses('一、总体情况。本年度，我镇坚持公开为常态（见表二）')).toEqual([
      '一',
      '总体情况',
      '本年度',
      '我镇坚持公开为常态',
      '见表二',
    ])
    const sentence = sentenceFragment(record, 's')!
    const text = [...record.narrative.intro, ...record.narrative.sections.flatMap((s) => s.paragraphs)].map((p) => p.text).join('\n')
    expect(text).toContain(sentence)
    expect(sentence.length).toBeGreaterThanOrEqual(8)
    expect(sentenceFragment(record, 's')).toBe(sentence)
    expect(tablePhrase(record)).toMatch(/^表二 行政处罚 /)
    expect(textQueries(record, record.id, 's').map((q) => [q.type, q.expected])).toEqual([
      ['sentence', [record.id]],
      ['table', [record.id]],
    ])
    expect(tablePhrase({ tables: { proactive: null, requests: null, appeals: null } })).toBeNull()
  })

  it('scores each query type and lists what was missed', () => {
    const queries: RecallQuery[] = [
      { type: 'township', text: '古塔街道', expected: ['A-2020', 'A-2021'] },
      { type: 'township', text: '城关镇', expected: ['B-2020'] },
      { type: 'sentence', text: '我镇坚持公开为常态', expected: ['A-2020'] },
    ]
    const recall = recallOf(queries, [
      { ids: ['X-2020', 'A-2021'], mode: 'phrase' },
      { ids: ['B-2020'], mode: 'words' },
      { ids: ['A-2020', 'B-2020'], mode: 'phrase' },
    ])
    expect(recall).toEqual([
      {
        type: 'township',
        queries: 2,
        complete: 1,
        expected: 3,
        found: 2,
        recall: 2 / 3,
        names: 0,
        phrase: 1,
        words: 1,
        misses: [{ query: queries[0], missing: ['A-2020'], results: 2 }],
      },
      { type: 'sentence', queries: 1, complete: 1, expected: 1, found: 1, recall: 1, names: 0, phrase: 1, words: 0, misses: [] },
    ])
    expect(() => recallOf(queries, [])).toThrow(/3 queries but 0 answers/)
  })
})
