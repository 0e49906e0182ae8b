/**
 * The shard assembly updating the site in place (scripts/shards/assemble-in-place.ts): after
 * outputs are rebuilt, the site equals a whole assembly of the same outputs, file for file and
 * byte for byte; a conflict leaves the site untouched; an update that did not finish, a site
 * changed by someone else, a changed address or list of shards lead to a whole assembly.
 */
import { lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeEach, describe, expect, it } from 'vitest'
import { assembleSite, type AssembleInput } from '../../scripts/shards/assemble.ts'
import { readRecord, writeRecord } from '../../scripts/shards/assembly-record.ts'

const root = mkdtempSync(path.join(tmpdir(), 'shards-in-place-'))
afterAll(() => rmSync(root, { recursive: true, force: true }))

const ADDRESS = 'https://x.gov.cn/gk/'

/** A build writing `files` to `dir` as Astro does: the folder is emptied, then every file written anew. */
function build(dir: string, files: Record<string, string>): void {
  mkdirSync(dir, { recursive: true })
  for (const entry of readdirSync(dir)) rmSync(path.join(dir, entry), { recursive: true, force: true })
  for (const [rel, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true })
    writeFileSync(path.join(dir, rel), text)
  }
}

/** A sitemap listing `pages` (folders, '' for the home page) under the site's address. */
const urlset = (pages: string[]): string => `<urlset>${pages.map((p) => `<url><loc>${ADDRESS}${p}</loc></url>`).join('')}</urlset>`

/** The national build's files: the home page, the year pages of `years`, its sitemap and index. */
const nationalFiles = (years: number[], home = '全国首页'): Record<string, string> => ({
  'index.html': home,
  ...Object.fromEntries(years.map((y) => [`years/${y}/index.html`, `${y} 全国`])),
  '_astro/base.css': 'body{}',
  'pagefind/pagefind.js': 'empty national bundle',
  'sitemap-0.xml': urlset(['', ...years.map((y) => `years/${y}/`)]),
  'sitemap-index.xml': `<sitemapindex><sitemap><loc>${ADDRESS}sitemap-0.xml</loc></sitemap></sitemapindex>`,
})

/** A shard's files: its own home page (not published), its reports (id → text), a search bundle, a sitemap. */
const shardFiles = (
  slug: string,
  reports: Record<string, string>,
  extra: Record<string, string> = {},
  bundle = '1',
): Record<string, string> => ({
  'index.html': `${slug} 首页`,
  '_astro/base.css': 'body{}',
  ...Object.fromEntries(
    Object.entries(reports).flatMap(([id, text]) => [
      [`reports/${id}/index.html`, text],
      [`reports/${id}/data.json`, `{"id":"${id}"}`],
    ]),
  ),
  [`pagefind/pagefind.js`]: `${slug} bundle ${bundle}`,
  [`pagefind/index/${slug}-${bundle}.pf_index`]: `${slug} index ${bundle}`,
  'shard/summary.json': JSON.stringify(Object.keys(reports)),
  'sitemap-index.xml': 'shard index',
  'sitemap-0.xml': urlset([
    '',
    ...Object.keys(reports).map((id) => `reports/${id}/`),
    ...Object.keys(extra).map((rel) => rel.replace(/index\.html$/, '')),
  ]),
  ...extra,
})

/** Every file below `dir` with its text, and every folder. */
function snapshot(dir: string): { files: Record<string, string>; folders: string[] } {
  const files: Record<string, string> = {}
  const folders: string[] = []
  for (const e of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    const rel = path.relative(dir, path.join(e.parentPath, e.name))
    if (e.isDirectory()) folders.push(rel)
    else files[rel] = readFileSync(path.join(dir, rel), 'utf8')
  }
  return { files, folders: folders.sort() }
}

let n = 0
let work = ''
const outputs = () => ({
  national: path.join(work, 'national'),
  a: path.join(work, 'a'),
  b: path.join(work, 'b'),
  c: path.join(work, 'c'),
})
const input = (extra: Partial<AssembleInput> = {}): AssembleInput => ({
  national: outputs().national,
  shards: [
    { slug: 'a', name: '甲', dist: outputs().a },
    { slug: 'b', name: '乙', dist: outputs().b },
    { slug: 'c', name: '丙', dist: outputs().c },
  ],
  out: path.join(work, 'dist'),
  previous: path.join(work, 'previous-dist'),
  record: path.join(work, 'assembly'),
  ...extra,
})
/** The site a whole assembly (no record) of the same outputs makes, in a folder of its own. */
const wholeOf = (i: AssembleInput) => {
  const out = path.join(work, `whole-${n++}`)
  const result = assembleSite({ ...i, out, previous: undefined, record: undefined })
  expect(result.conflicts).toEqual([])
  return snapshot(out)
}
const ino = (rel: string): number => lstatSync(path.join(work, 'dist', rel)).ino

beforeEach(() => {
  work = path.join(root, `case-${n++}`)
  build(outputs().national, nationalFiles([2021]))
  // Shard 甲 makes a 2022 year page of its own, published while the national build has none.
  build(outputs().a, shardFiles('a', { '1-2021': '一' }, { 'years/2022/index.html': '甲 2022' }))
  build(outputs().b, shardFiles('b', { '2-2021': '二', '22-2021': '二二' }))
  build(outputs().c, shardFiles('c', { '3-2021': '三' }))
  const first = assembleSite(input())
  expect(first).toMatchObject({ mode: 'whole', reason: '没有上一次合成的记录', conflicts: [] })
})

describe('updating the assembled site in place', () => {
  it('after a shard and the national pages are rebuilt, equals a whole assembly of the same outputs', () => {
    const untouched = ino('reports/1-2021/index.html')
    const sameBytes = ino('reports/2-2021/data.json')
    // 乙 rebuilt: one report changed, one gone, one new, a new search bundle; the national pages now have 2022.
    build(outputs().b, shardFiles('b', { '2-2021': '二（改）', '23-2021': '二三' }, {}, '2'))
    build(outputs().national, nationalFiles([2021, 2022]))
    const result = assembleSite(input())
    expect(result).toMatchObject({ mode: 'in-place', conflicts: [], changed: ['全国页面', '乙'] })
    const site = snapshot(path.join(work, 'dist'))
    expect(site).toEqual(wholeOf(input()))
    expect(result.files).toBe(Object.keys(site.files).length)
    // The national 2022 page replaced 甲's, and 甲's sitemap no longer lists it.
    expect(site.files['years/2022/index.html']).toBe('2022 全国')
    expect(site.files['sitemap-a-0.xml']).not.toContain('years/2022/')
    expect(site.files['reports/22-2021/index.html']).toBeUndefined()
    expect(site.folders).not.toContain('reports/22-2021')
    expect(Object.keys(site.files).filter((f) => f.startsWith('pagefind/shards/b/'))).toEqual([
      'pagefind/shards/b/pagefind.js',
      'pagefind/shards/b/index/b-2.pf_index',
    ])
    // An unchanged shard's files and a rebuilt file with the same bytes stay as they were.
    expect(ino('reports/1-2021/index.html')).toBe(untouched)
    expect(ino('reports/2-2021/data.json')).toBe(sameBytes)
    // Nothing of the update is left next to the site or in it.
    expect(readdirSync(work).sort()).toEqual(['a', 'assembly', 'b', 'c', 'dist', 'national', expect.stringMatching(/^whole-/)])
    expect(readRecord(path.join(work, 'assembly'))?.status).toBe('complete')

    // The national build drops 2022 again: 甲's own page is back, as a whole assembly has it.
    build(outputs().national, nationalFiles([2021]))
    expect(assembleSite(input())).toMatchObject({ mode: 'in-place', changed: ['全国页面'] })
    expect(snapshot(path.join(work, 'dist'))).toEqual(wholeOf(input()))
    expect(readFileSync(path.join(work, 'dist/years/2022/index.html'), 'utf8')).toBe('甲 2022')
  })

  it('changes nothing when no output was rebuilt', () => {
    const before = snapshot(path.join(work, 'dist'))
    expect(assembleSite(input())).toMatchObject({ mode: 'in-place', changed: [], written: 0, removed: 0 })
    expect(snapshot(path.join(work, 'dist'))).toEqual(before)
  })

  it('names a conflict between a rebuilt shard and an unchanged one, and leaves the site untouched', () => {
    const before = snapshot(path.join(work, 'dist'))
    const inode = ino('reports/1-2021/index.html')
    build(outputs().c, shardFiles('c', { '3-2021': '三', '1-2021': '另一份' }))
    build(outputs().national, nationalFiles([2021], '全国首页（新）'))
    const result = assembleSite(input())
    expect(result.mode).toBe('in-place')
    // The data file has the same bytes in both: only the page is a conflict.
    expect(result.conflicts).toEqual(['reports/1-2021/index.html（分片 甲 与 丙）'])
    // The same conflicts a whole assembly finds.
    expect(assembleSite({ ...input(), out: path.join(work, 'other'), record: undefined }).conflicts.sort()).toEqual(result.conflicts.sort())
    expect(snapshot(path.join(work, 'dist'))).toEqual(before)
    expect(ino('reports/1-2021/index.html')).toBe(inode)
    // Once 丙 is fixed, the site is updated in place.
    build(outputs().c, shardFiles('c', { '3-2021': '三（改）' }))
    expect(assembleSite(input())).toMatchObject({ mode: 'in-place', conflicts: [], changed: ['全国页面', '丙'] })
    expect(snapshot(path.join(work, 'dist'))).toEqual(wholeOf(input()))
  })

  it('names a conflict a rebuilt shard earlier in order makes with an unchanged one', () => {
    build(outputs().a, shardFiles('a', { '1-2021': '一', '3-2021': '不同的三' }, { 'years/2022/index.html': '甲 2022' }))
    expect(assembleSite(input()).conflicts).toEqual(['reports/3-2021/index.html（分片 甲 与 丙）'])
  })

  it('assembles the whole site after an update that did not finish', () => {
    // A file where the update will need a folder makes it fail half way, after the national pages were written.
    writeFileSync(path.join(work, 'dist/reports/9-2021'), 'in the way')
    build(outputs().national, nationalFiles([2021], '全国首页（新）'))
    build(outputs().c, shardFiles('c', { '3-2021': '三', '9-2021': '九' }))
    expect(() => assembleSite(input())).toThrow()
    expect(readFileSync(path.join(work, 'dist/index.html'), 'utf8')).toBe('全国首页（新）')
    expect(readRecord(path.join(work, 'assembly'))?.status).toBe('updating')
    // The next run does not trust the half-updated site.
    const next = assembleSite(input())
    expect(next).toMatchObject({ mode: 'whole', reason: '上一次合成没有完成', conflicts: [] })
    expect(snapshot(path.join(work, 'dist'))).toEqual(wholeOf(input()))
    expect(readRecord(path.join(work, 'assembly'))?.status).toBe('complete')
    build(outputs().b, shardFiles('b', { '2-2021': '二' }))
    expect(assembleSite(input())).toMatchObject({ mode: 'in-place', changed: ['乙'] })
    expect(snapshot(path.join(work, 'dist'))).toEqual(wholeOf(input()))
  })

  it('assembles the whole site when the site folder was replaced, emptied or is missing', () => {
    const dist = path.join(work, 'dist')
    rmSync(dist, { recursive: true })
    mkdirSync(dist)
    writeFileSync(path.join(dist, 'index.html'), 'someone else’s site')
    build(outputs().b, shardFiles('b', { '2-2021': '二' }))
    expect(assembleSite(input())).toMatchObject({ mode: 'whole', reason: 'dist/ 在上一次合成后被改动或替换' })
    expect(snapshot(dist)).toEqual(wholeOf(input()))
    rmSync(dist, { recursive: true })
    expect(assembleSite(input())).toMatchObject({ mode: 'whole', reason: 'dist/ 不存在' })
    expect(snapshot(dist)).toEqual(wholeOf(input()))
  })

  it('assembles the whole site when the address, the shards or the record changed, or when asked to', () => {
    const national = nationalFiles([2021])
    build(outputs().national, { ...national, 'sitemap-index.xml': national['sitemap-index.xml']!.replace(ADDRESS, 'https://y.gov.cn/') })
    expect(assembleSite(input())).toMatchObject({ mode: 'whole', reason: '网站地址有变化' })
    const two = input({ shards: input().shards.slice(0, 2) })
    expect(assembleSite(two)).toMatchObject({ mode: 'whole', reason: '分片有增减' })
    expect(snapshot(path.join(work, 'dist'))).toEqual(wholeOf(two))
    expect(assembleSite(input({ whole: true }))).toMatchObject({ mode: 'whole', reason: '按要求完整合成' })
    const record = readRecord(path.join(work, 'assembly'))!
    writeRecord(path.join(work, 'assembly'), { ...record, version: 'older' })
    expect(assembleSite(input())).toMatchObject({ mode: 'whole', reason: '合成程序有变化' })
    rmSync(path.join(work, 'assembly/outputs/b.txt'))
    build(outputs().b, shardFiles('b', { '2-2021': '二' }))
    expect(assembleSite(input())).toMatchObject({ mode: 'whole', reason: '上一次合成的记录不完整' })
    expect(snapshot(path.join(work, 'dist'))).toEqual(wholeOf(input()))
    // The record is kept outside the site.
    expect(statSync(path.join(work, 'assembly/record.json')).isFile()).toBe(true)
  })
})

describe('updating in place, over many random rebuilds', () => {
  it('always equals a whole assembly, and finds the same conflicts', () => {
    // A small deterministic generator (mulberry32), so a failure can be replayed.
    let seed = 20261202
    const random = (): number => {
      seed = (seed + 0x6d2b79f5) | 0
      let t = Math.imul(seed ^ (seed >>> 15), 1 | seed)
      t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296
    }
    const pick = <T>(items: T[]): T => items[Math.floor(random() * items.length)]!
    // Paths several outputs may write, each with one of two texts: conflicts happen, and go away.
    const pages = [
      'reports/1/index.html',
      'reports/2/index.html',
      'reports/3/x/index.html',
      'years/2022/index.html',
      'index.html',
      '_astro/a.css',
    ]
    const files = (slug: string): Record<string, string> => {
      const chosen = pages.filter(() => random() < 0.4)
      return {
        ...Object.fromEntries(chosen.map((p) => [p, random() < 0.85 ? `${p} 甲` : `${p} ${slug}`])),
        [`own/${slug}/${Math.floor(random() * 3)}.html`]: slug,
        [`pagefind/${Math.floor(random() * 2)}.pf`]: `${slug} ${Math.floor(random() * 2)}`,
        'sitemap-0.xml': urlset(chosen.filter((p) => p.endsWith('.html')).map((p) => p.replace(/index\.html$/, ''))),
        'shard/summary.json': '[]',
      }
    }
    const national = (): Record<string, string> => ({
      ...nationalFiles([2021]),
      ...Object.fromEntries(pages.filter(() => random() < 0.3).map((p) => [p, `${p} 全国 ${Math.floor(random() * 2)}`])),
    })
    const steps = { inPlace: 0, whole: 0, conflicts: 0 }
    for (let step = 0; step < 60; step++) {
      const key = pick(['national', 'a', 'b', 'c', 'a+b'] as const)
      if (key === 'national') build(outputs().national, national())
      else for (const slug of key.split('+')) build(outputs()[slug as 'a'], files(slug))
      const before = snapshot(path.join(work, 'dist'))
      const result = assembleSite(input())
      const whole = assembleSite({ ...input(), out: path.join(work, `whole-${n++}`), previous: undefined, record: undefined })
      expect(result.conflicts.sort(), `step ${step}`).toEqual(whole.conflicts.sort())
      if (result.conflicts.length) {
        steps.conflicts++
        expect(snapshot(path.join(work, 'dist')), `step ${step}`).toEqual(before)
      } else {
        steps[result.mode === 'in-place' ? 'inPlace' : 'whole']++
        expect(snapshot(path.join(work, 'dist')), `step ${step}`).toEqual(snapshot(path.join(work, `whole-${n - 1}`)))
        expect(result.files, `step ${step}`).toBe(whole.files)
      }
      rmSync(path.join(work, `whole-${n - 1}`), { recursive: true, force: true })
    }
    // The walk met every case: updates in place, conflicts, and no whole assembly after the first.
    expect(steps.inPlace).toBeGreaterThan(20)
    expect(steps.conflicts).toBeGreaterThan(3)
    expect(steps.whole).toBe(0)
    // Sixty rounds of real files: seconds on a busy machine.
  }, 60_000)
})
