/**
 * The integration's indexing function on a tiny built site in a temp dir: two real report
 * records in data/reports/, stub pages in reports/. The real Pagefind binary indexes the
 * documents the worker threads write from the records.
 * Pagefind's Node API cannot search, so the written fragments (gzip, "pagefind_dcd" + JSON)
 * are read to see what Pagefind indexed: it joins the words with U+200B in `content`.
 */
import { existsSync } from 'node:fs'
import { mkdtemp, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { gunzipSync } from 'node:zlib'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  earlyIndexMismatch,
  indexRecords,
  indexRecordSources,
  indexSite,
  recordFiles,
  type IndexSiteResult,
} from '../../../src/integrations/pagefind.ts'
import type { RecordIndex } from '../../../src/loaders/record-index.ts'
import type { ReportRecord } from '../../../src/lib/types.ts'
import { stripZwsp, ZWSP } from '../../../src/utils/search/segment.ts'
import { sampleRecord } from '../report/samples.ts'

const XUTAO = '640521205000-2021'
const FENGSHAN = '622926214000-2020'
/** What a stub page says: none of it may reach the index. */
const PAGE =
  '<!doctype html><html lang="zh-CN"><body><article data-pagefind-body><p>页面上的链接：乌苏市吉尔格勒特郭楞蒙古民族乡</p></article><footer>页脚</footer></body></html>'

interface Fragment {
  url: string
  content: string
  meta: Record<string, string>
  filters: Record<string, string[]>
  anchors: Array<{ id: string; text: string; title?: string }>
}

async function fragments(outputPath: string): Promise<Fragment[]> {
  const dir = path.join(outputPath, 'fragment')
  const out: Fragment[] = []
  for (const name of await readdir(dir)) {
    const bytes = gunzipSync(await readFile(path.join(dir, name)))
    expect(bytes.subarray(0, 12).toString()).toBe('pagefind_dcd')
    out.push(JSON.parse(bytes.subarray(12).toString('utf8')) as Fragment)
  }
  return out.sort((a, b) => a.url.localeCompare(b.url))
}

const show = (text: string): string => text.replaceAll(ZWSP, '|')

/** A built site in a temp dir with these records and a page for each (or not). */
async function site(records: ReportRecord[], options: { pages?: string[]; raw?: Record<string, string> } = {}): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'pagefind-site-'))
  await mkdir(path.join(dir, 'data', 'reports'), { recursive: true })
  await writeFile(path.join(dir, 'index.html'), PAGE)
  for (const r of records) await writeFile(path.join(dir, 'data', 'reports', `${r.id}.json`), `${JSON.stringify(r)}\n`)
  for (const [name, text] of Object.entries(options.raw ?? {})) await writeFile(path.join(dir, 'data', 'reports', name), text)
  for (const id of options.pages ?? records.map((r) => r.id)) {
    await mkdir(path.join(dir, 'reports', id), { recursive: true })
    await writeFile(path.join(dir, 'reports', id, 'index.html'), PAGE)
  }
  return dir
}

const quiet = { info() {}, warn() {} }

describe('indexSite', () => {
  let dir: string
  let result: IndexSiteResult
  let indexed: Fragment[]

  beforeAll(async () => {
    dir = await site([sampleRecord(XUTAO), sampleRecord(FENGSHAN)])
    result = await indexSite({ site: dir, workers: 2, log: quiet })
    indexed = await fragments(result.outputPath)
  }, 60_000)

  afterAll(async () => {
    if (dir) await rm(dir, { recursive: true, force: true })
  })

  it('indexes one document per report record, with two workers, and no UI bundle', async () => {
    expect(result).toMatchObject({ records: 2, added: 2, indexed: 2, workers: 2 })
    expect(result.indexBytes).toBeGreaterThan(0)
    expect(result.documentBytes).toBeLessThan(result.recordBytes)
    expect(await recordFiles(dir)).toEqual([
      path.join('data', 'reports', `${FENGSHAN}.json`),
      path.join('data', 'reports', `${XUTAO}.json`),
    ])
    expect(existsSync(path.join(result.outputPath, 'pagefind.js'))).toBe(true)
    expect(existsSync(path.join(result.outputPath, 'pagefind-ui.js'))).toBe(false)
  })

  it('gives each report the URL of its page, its title and its filters, unsplit', () => {
    expect(indexed.map((f) => f.url)).toEqual([`/reports/${FENGSHAN}/`, `/reports/${XUTAO}/`])
    const [fengshan, xutao] = indexed
    expect(xutao!.meta.title).toBe('中宁县徐套乡人民政府2021年政府信息公开工作年度报告')
    expect(xutao!.filters).toEqual({
      province: ['宁夏回族自治区'],
      county: ['中宁县'],
      township: ['徐套乡'],
      year: ['2021'],
      format: ['2021年格式'],
    })
    expect(fengshan!.filters.format).toEqual(['2019年格式'])
  })

  it('gives sub-results the headings and ids of the report page', () => {
    const xutao = indexed[1]!
    expect(xutao.anchors.map((a) => [a.id, a.title])).toEqual([
      ['table-2', '表二 主动公开政府信息情况'],
      ['table-3', '表三 收到和处理政府信息公开申请情况'],
      ['table-4', '表四 政府信息公开行政复议、行政诉讼情况'],
      ['intro', '前言'],
      ['section-1', '一、总体情况'],
      ['section-5', '五、存在的主要问题及改进情况'],
      ['section-6', '六、其他需要报告的事项'],
    ])
  })

  it('indexes the words as Intl.Segmenter cuts them, the table rows apart, and nothing of the page', () => {
    const [fengshan, xutao] = indexed
    // Pagefind's jieba alone cuts the organ as 凤山|乡人|民政|府.
    expect(show(fengshan!.content)).toContain('东乡|族|自治|县|凤山|乡|人民政府')
    // The national list's spelling (content/places.yaml is not given here: the engine's
    // place-alias finding makes the worker look it up) is searchable too.
    expect(show(fengshan!.content)).toContain('风|山|乡')
    // A table row is one phrase, and rows stay apart in excerpts.
    expect(stripZwsp(xutao!.content)).toContain('表二 行政处罚 本年处理决定数量 51. 表二 行政强制 本年处理决定数量 0. ')
    expect(show(xutao!.content)).toContain('|行政|处罚 |')
    for (const f of indexed) {
      expect(f.content).not.toContain('吉尔格勒特')
      expect(f.content).not.toContain('页脚')
    }
  })
})

describe('indexSite refuses a site whose pages and records do not match', () => {
  it('fails on a report page without its record', async () => {
    const dir = await site([sampleRecord(XUTAO)], { pages: [XUTAO, FENGSHAN] })
    try {
      await expect(indexSite({ site: dir, log: quiet })).rejects.toThrow(/2 report page\(s\) in reports\/ but 1 record\(s\)/u)
    } finally {
      await rm(dir, { recursive: true, force: true })
    }
  }, 60_000)

  it('fails on a record without its page, and on a record that is not one', async () => {
    const dir = await site([sampleRecord(XUTAO)], { pages: [FENGSHAN] })
    const broken = await site([], { pages: ['x'], raw: { 'x.json': '{"id": "x", "organ": ' } })
    try {
      await expect(indexSite({ site: dir, workers: 1, log: quiet })).rejects.toThrow(
        `the report page ${path.join('reports', XUTAO, 'index.html')} is missing`,
      )
      await expect(indexSite({ site: broken, workers: 1, log: quiet })).rejects.toThrow(/JSON/u)
    } finally {
      await rm(dir, { recursive: true, force: true })
      await rm(broken, { recursive: true, force: true })
    }
  }, 60_000)

  it('writes an empty index, with a warning, for a site without reports', async () => {
    const dir = await site([])
    const warnings: string[] = []
    try {
      const empty = await indexSite({ site: dir, log: { info() {}, warn: (m) => warnings.push(m) } })
      expect(empty).toMatchObject({ records: 0, added: 0, indexed: 0, workers: 0 })
      expect(existsSync(path.join(empty.outputPath, 'pagefind.js'))).toBe(true)
      expect(warnings).toEqual(['no report records in data/reports/: the search index is empty'])
    } finally {
      await rm(dir, { recursive: true, force: true })
    }
  }, 60_000)
})

describe("indexing the loader's record files while the pages render", () => {
  /** Record files as the content loader keeps them (named by digest, no newline) and its index. */
  async function loaderFiles(records: ReportRecord[]): Promise<{ dir: string; index: RecordIndex }> {
    const dir = await mkdtemp(path.join(tmpdir(), 'pagefind-records-'))
    const files: RecordIndex['files'] = {}
    for (const [n, r] of records.entries()) {
      const file = path.join(dir, `digest${records.length - n}.json`)
      await writeFile(file, JSON.stringify(r))
      files[`content/${r.id}.txt`] = { input: `input${n}`, record: file, id: r.id }
    }
    return { dir, index: { format: 2, salt: 'salt', files } }
  }

  it("takes the records in the built site's file order and writes the same index as from the built site", async () => {
    const records = [sampleRecord(XUTAO), sampleRecord(FENGSHAN)]
    const loaded = await loaderFiles(records)
    const built = await site(records)
    try {
      const sources = indexRecordSources(loaded.index)
      expect(sources.map((s) => s.id)).toEqual([FENGSHAN, XUTAO])
      const result = await indexRecords(sources, { outputPath: path.join(loaded.dir, 'bundle'), pages: null, workers: 1, log: quiet })
      expect(result).toMatchObject({ records: 2, added: 2, indexed: 2, workers: 1 })
      const fromSite = await indexSite({ site: built, log: quiet })
      expect(await fragments(result.outputPath)).toEqual(await fragments(fromSite.outputPath))
      expect(await earlyIndexMismatch(built, sources)).toBeNull()
    } finally {
      await rm(loaded.dir, { recursive: true, force: true })
      await rm(built, { recursive: true, force: true })
    }
  }, 60_000)

  it('refuses a record file that holds another report', async () => {
    const loaded = await loaderFiles([sampleRecord(XUTAO)])
    try {
      const [source] = indexRecordSources(loaded.index)
      await expect(
        indexRecords([{ ...source!, id: FENGSHAN }], { outputPath: path.join(loaded.dir, 'bundle'), pages: null, log: quiet }),
      ).rejects.toThrow(`holds the record ${XUTAO}, not ${FENGSHAN}`)
    } finally {
      await rm(loaded.dir, { recursive: true, force: true })
    }
  }, 60_000)

  it('finds when the built site is not what was indexed: a page or record more or less, a record changed', async () => {
    const records = [sampleRecord(XUTAO), sampleRecord(FENGSHAN)]
    const loaded = await loaderFiles(records)
    const sources = indexRecordSources(loaded.index)
    const extraPage = await site(records, { pages: [XUTAO, FENGSHAN, 'x'] })
    const lessRecords = await site([records[0]!], { pages: [XUTAO, FENGSHAN] })
    const changed = await site([records[0]!, { ...records[1]!, year: 2019 }])
    try {
      expect(await earlyIndexMismatch(extraPage, sources)).toBe('3 report page(s) in reports/, 2 record(s) indexed')
      expect(await earlyIndexMismatch(lessRecords, sources)).toBe('1 record(s) in data/reports/, 2 record(s) indexed')
      expect(await earlyIndexMismatch(changed, sources)).toMatch(`data/reports/${FENGSHAN}.json differs from ${loaded.dir}`)
    } finally {
      for (const dir of [loaded.dir, extraPage, lessRecords, changed]) await rm(dir, { recursive: true, force: true })
    }
  }, 60_000)
})
