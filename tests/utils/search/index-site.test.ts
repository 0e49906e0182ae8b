/**
 * The integration's indexing function on a tiny site in a temp dir: the real Pagefind binary
 * indexes pre-split copies, the HTML on disk stays byte for byte the same.
 * Pagefind's Node API cannot search, so the written fragments (gzip, "pagefind_dcd" + JSON)
 * are read to see the words Pagefind indexed: it joins them with U+200B in `content`.
 */
import { mkdtemp, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { gunzipSync } from 'node:zlib'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { indexSite, pageUrl, type IndexSiteResult } from '../../../src/integrations/pagefind.ts'
import { presplitHtml } from '../../../src/utils/search/presplit-html.ts'
import { ZWSP } from '../../../src/utils/search/segment.ts'

const REPORT = `<!doctype html><html lang="zh-CN"><head><title>报告</title></head><body>
<nav>导航 凤山乡人民政府</nav>
<main><article data-pagefind-body>
<h1 data-pagefind-meta="title">东乡族自治县凤山乡人民政府2020年政府信息公开工作年度报告</h1>
<span hidden data-pagefind-filter="county">东乡族自治县</span><span hidden data-pagefind-filter="year">2020</span>
<h2 id="section-1">一、总体情况</h2>
<p>东乡族自治县凤山乡人民政府严格按照要求，依法开展行政处罚。</p>
<div data-pagefind-ignore><a href="x.csv">下载 CSV</a></div>
</article></main></body></html>`

const HOME = `<!doctype html><html lang="zh-CN"><head><title>首页</title></head><body><h1>首页</h1><p>凤山乡人民政府</p></body></html>`

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
  return out
}

const show = (text: string): string => text.replaceAll(ZWSP, '|')

describe('indexSite', () => {
  let site: string
  let result: IndexSiteResult

  beforeAll(async () => {
    site = await mkdtemp(path.join(tmpdir(), 'pagefind-site-'))
    await mkdir(path.join(site, 'reports', 'a'), { recursive: true })
    await writeFile(path.join(site, 'reports', 'a', 'index.html'), REPORT)
    await writeFile(path.join(site, 'index.html'), HOME)
    result = await indexSite({ site })
  }, 60_000)

  afterAll(async () => {
    if (site) await rm(site, { recursive: true, force: true })
  })

  it('indexes only the page with data-pagefind-body', () => {
    expect(result).toMatchObject({ htmlFiles: 2, added: 1, indexed: 1, wholePages: false })
    expect(result.indexBytes).toBeGreaterThan(0)
  })

  it('leaves the HTML on disk unchanged', async () => {
    expect(await readFile(path.join(site, 'reports', 'a', 'index.html'), 'utf8')).toBe(REPORT)
    expect(await readFile(path.join(site, 'index.html'), 'utf8')).toBe(HOME)
  })

  it('hands Pagefind a copy with U+200B between the segments of 东乡族自治县凤山乡人民政府', () => {
    const copy = presplitHtml(REPORT).html
    expect(copy).toContain(['东乡', '族', '自治', '县', '凤山', '乡', '人民政府'].join(ZWSP))
    expect(REPORT).not.toContain(ZWSP)
  })

  it('indexes the words as Intl.Segmenter cut them, with clean title, filters and section titles', async () => {
    const [fragment, ...rest] = await fragments(result.outputPath)
    expect(rest).toEqual([])
    expect(fragment!.url).toBe('/reports/a/')
    // Pagefind's jieba alone cuts this as 凤山|乡人|民政|府.
    expect(show(fragment!.content)).toContain('东乡|族|自治|县|凤山|乡|人民政府|严格|按照|要求')
    // Blocks stay apart in excerpts; the hidden filter spans do not run together.
    expect(show(fragment!.content)).toContain('年度|报告|. |东乡|族|自治|县|2020 |一|、|总体|情况|. ')
    expect(fragment!.content).not.toContain('下载')
    expect(fragment!.meta.title).toBe('东乡族自治县凤山乡人民政府2020年政府信息公开工作年度报告')
    expect(fragment!.filters).toEqual({ county: ['东乡族自治县'], year: ['2020'] })
    expect(fragment!.anchors.find((a) => a.id === 'section-1')?.title).toBe('一、总体情况')
  })

  it('indexes every page whole when no page marks its body', async () => {
    const bare = await mkdtemp(path.join(tmpdir(), 'pagefind-bare-'))
    try {
      await writeFile(path.join(bare, 'index.html'), HOME)
      const warnings: string[] = []
      const whole = await indexSite({ site: bare, log: { info() {}, warn: (m) => warnings.push(m) } })
      expect(whole).toMatchObject({ htmlFiles: 1, added: 1, indexed: 1, wholePages: true })
      expect(warnings).toHaveLength(1)
      const [fragment] = await fragments(whole.outputPath)
      expect(show(fragment!.content)).toContain('凤山|乡|人民政府')
    } finally {
      await rm(bare, { recursive: true, force: true })
    }
  }, 60_000)

  it('fails on a site without HTML', async () => {
    const empty = await mkdtemp(path.join(tmpdir(), 'pagefind-empty-'))
    try {
      await expect(indexSite({ site: empty })).rejects.toThrow(/no HTML files/)
    } finally {
      await rm(empty, { recursive: true, force: true })
    }
  }, 60_000)
})

describe('pageUrl', () => {
  it('maps built files to their URLs', () => {
    expect(pageUrl(path.join('reports', '622926214000-2020', 'index.html'))).toBe('/reports/622926214000-2020/')
    expect(pageUrl('index.html')).toBe('/')
    expect(pageUrl('404.html')).toBe('/404.html')
  })
})
