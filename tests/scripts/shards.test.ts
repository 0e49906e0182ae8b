/** The shard runner's plan (which folders are shards) and assembly (one site from the shards' and the national outputs). */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { assembleSite, shardSitemap, shardTarget } from '../../scripts/shards/assemble.ts'
import { codeFingerprint } from '../../scripts/shards/fingerprint.ts'
import { shardPlan, shardSlug } from '../../scripts/shards/plan.ts'

const root = mkdtempSync(path.join(tmpdir(), 'shards-'))
afterAll(() => rmSync(root, { recursive: true, force: true }))

/** Write `files` (relative path → text) below `dir`. */
function tree(dir: string, files: Record<string, string>): string {
  for (const [rel, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true })
    writeFileSync(path.join(dir, rel), text)
  }
  return dir
}

describe('shard plan', () => {
  it('makes each first-level folder a shard and names a report file left directly in content/', () => {
    const content = tree(path.join(root, 'content'), {
      '宁夏回族自治区/中宁县/徐套乡-2021.txt': 'x',
      'gansu/东乡县凤山乡-2020.txt': 'x',
      'places.yaml': '',
      '.DS_Store': '',
      '.hidden/a.txt': 'x',
    })
    const clean = shardPlan(content)
    expect(clean.problems).toEqual([])
    expect(clean.shards.map((s) => [s.name, s.slug])).toEqual([
      ['gansu', 'gansu'],
      ['宁夏回族自治区', shardSlug('宁夏回族自治区')],
    ])
    expect(shardSlug('宁夏回族自治区')).toMatch(/^s-[0-9a-z]+$/)
    writeFileSync(path.join(content, '孤立-2021.txt'), 'x')
    expect(shardPlan(content).problems).toEqual([
      expect.stringMatching(/孤立-2021\.txt：分片构建时，报告文件须放在 content\/ 下的一级文件夹中/),
    ])
  })
})

describe('assembling the site', () => {
  const national = tree(path.join(root, 'national'), {
    'index.html': '全国首页',
    'years/2021/index.html': '2021 全国',
    'sitemap-index.xml': '<sitemapindex><sitemap><loc>https://x.gov.cn/gk/sitemap-0.xml</loc></sitemap></sitemapindex>',
    'sitemap-0.xml': 'national urls',
    'pagefind/pagefind.js': 'empty national bundle',
  })
  const shard = (slug: string, report: string, extra: Record<string, string> = {}) =>
    tree(path.join(root, slug), {
      'index.html': `${slug} 首页`,
      [`reports/${report}/index.html`]: report,
      'favicon.svg': 'same everywhere',
      'pagefind/pagefind.js': `${slug} bundle`,
      'pagefind/index/a.pf_index': `${slug} index`,
      'shard/summary.json': '{}',
      'sitemap-index.xml': 'shard index',
      'sitemap-0.xml': `${slug} urls`,
      ...extra,
    })
  const shards = [
    { slug: 'a', name: '甲', dist: shard('a', '1-2021') },
    { slug: 'b', name: '乙', dist: shard('b', '2-2021') },
  ]

  it("keeps the national pages, each shard's own pages, and places search bundles and sitemaps", () => {
    const out = path.join(root, 'site')
    const result = assembleSite({ national, shards, out })
    expect(result.conflicts).toEqual([])
    expect(result.mergedBundles).toEqual(['pagefind/shards/b/'])
    const read = (rel: string) => readFileSync(path.join(out, rel), 'utf8')
    expect(read('index.html')).toBe('全国首页')
    expect(read('reports/1-2021/index.html')).toBe('1-2021')
    expect(read('reports/2-2021/index.html')).toBe('2-2021')
    expect(read('pagefind/pagefind.js')).toBe('a bundle')
    expect(read('pagefind/shards/b/index/a.pf_index')).toBe('b index')
    expect(existsSync(path.join(out, 'shard'))).toBe(false)
    expect(read('sitemap-a-0.xml')).toBe('a urls')
    expect(read('sitemap-index.xml')).toBe(
      '<?xml version="1.0" encoding="UTF-8"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">' +
        ['sitemap-0.xml', 'sitemap-a-0.xml', 'sitemap-b-0.xml']
          .map((f) => `<sitemap><loc>https://x.gov.cn/gk/${f}</loc></sitemap>`)
          .join('') +
        '</sitemapindex>',
    )
    expect(result.files).toBe(13)
  })

  it('refuses two shards writing different bytes to one path, and leaves the previous site alone', () => {
    const out = path.join(root, 'site')
    const clash = [...shards, { slug: 'c', name: '丙', dist: shard('c', '3-2021', { 'reports/1-2021/index.html': '另一份' }) }]
    const result = assembleSite({ national, shards: clash, out })
    expect(result.conflicts).toEqual(['reports/1-2021/index.html（分片 甲 与 丙）'])
    expect(readFileSync(path.join(out, 'reports/1-2021/index.html'), 'utf8')).toBe('1-2021')
  })

  it('moves the replaced site aside when asked to, for the runner to delete later', () => {
    const out = path.join(root, 'site-moved')
    const previous = path.join(root, 'previous-site')
    assembleSite({ national, shards: shards.slice(0, 1), out, previous })
    expect(existsSync(previous)).toBe(false)
    assembleSite({ national, shards, out, previous })
    // The new site is whole; the old one is where the runner deletes it from, with its own files.
    expect(readFileSync(path.join(out, 'reports/2-2021/index.html'), 'utf8')).toBe('2-2021')
    expect(existsSync(path.join(previous, 'reports/1-2021/index.html'))).toBe(true)
    expect(existsSync(path.join(previous, 'reports/2-2021'))).toBe(false)
  })

  it("drops from a shard's sitemap the pages the national build makes", () => {
    const xml =
      '<urlset><url><loc>https://x.gov.cn/gk/</loc></url><url><loc>https://x.gov.cn/gk/reports/1-2021/</loc></url>' +
      '<url><loc>https://x.gov.cn/gk/years/2021/</loc></url></urlset>'
    expect(shardSitemap(xml, 'https://x.gov.cn/gk/', new Set(['index.html', 'years/2021/index.html']))).toBe(
      '<urlset><url><loc>https://x.gov.cn/gk/reports/1-2021/</loc></url></urlset>',
    )
  })

  it('maps shard paths', () => {
    expect(shardTarget('shard/summary.json', 'b', false)).toBeNull()
    expect(shardTarget('pagefind/pagefind-entry.json', 'b', true)).toBe('pagefind/pagefind-entry.json')
    expect(shardTarget('pagefind/pagefind-entry.json', 'b', false)).toBe('pagefind/shards/b/pagefind-entry.json')
    expect(shardTarget('places/64/index.html', 'b', false)).toBe('places/64/index.html')
  })
})

describe('the code fingerprint', () => {
  it('changes with the code and with every setting pages read, so no shard keeps pages built with another', () => {
    const project = tree(path.join(root, 'project'), { 'src/a.ts': 'one', 'astro.config.mjs': 'config' })
    const base = codeFingerprint(project, {})
    expect(codeFingerprint(project, {})).toBe(base)
    expect(codeFingerprint(project, { PORTAL_SITE: 'https://www.example-county.gov.cn' })).not.toBe(base)
    expect(codeFingerprint(project, { PORTAL_BASE: '/gk/' })).not.toBe(base)
    expect(codeFingerprint(project, { REPORT_DEADLINE: '03-31' })).not.toBe(base)
    writeFileSync(path.join(project, 'src/a.ts'), 'two')
    expect(codeFingerprint(project, {})).not.toBe(base)
  })
})
