/**
 * A sharded build (`npm run build:shards`, docs/shards.md) of the sample reports split into two
 * shards, checked as a reader meets it: every report has its page, no link is broken, the
 * sitemap index lists every shard's sitemap, and the one search box finds a report of each
 * shard. Adding a report rebuilds only its shard and updates the site in place.
 */
import { spawn } from 'node:child_process'
import { copyFileSync, existsSync, mkdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { siteProblems } from '../../scripts/lib/site-problems.ts'
import { scratchProject, type ScratchProject } from '../support/scratch-project.ts'
import { shellEnv } from '../support/shell-env.ts'
import { launchBrowser, openPage } from './browser.ts'
import { ROOT } from './global-setup.ts'
import { serveStatic, type StaticServer } from './server.ts'

/** Sample report files by shard (first-level folder of content/). */
const shards: Record<string, string[]> = {
  宁夏回族自治区: ['中宁县徐套乡-2021.txt'],
  其他省份: ['东乡县凤山乡-2020.txt', '孝义市兑镇镇-2021.txt', '互助县哈拉直沟乡-2021.txt'],
}

let project: ScratchProject
let server: StaticServer
let browser: Browser
let first = ''

/** `npm run build:shards` in the scratch project: exit status and output. */
function buildShards(): Promise<{ status: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    // Two at a time on any machine: with one shard changed, the national pages then build beside it.
    const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/build-shards.ts', '--jobs', '2'], {
      cwd: project.dir,
      env: shellEnv(),
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let output = ''
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()))
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()))
    child.on('error', reject)
    child.on('close', (status) => resolve({ status, output }))
  })
}

const dist = (): string => path.join(project.dir, 'dist')

beforeAll(async () => {
  project = scratchProject('shards', { withContent: false })
  mkdirSync(path.join(project.dir, 'content'), { recursive: true })
  copyFileSync(path.join(ROOT, 'content/places.yaml'), path.join(project.dir, 'content/places.yaml'))
  for (const [shard, files] of Object.entries(shards)) {
    mkdirSync(path.join(project.dir, 'content', shard), { recursive: true })
    for (const file of files) copyFileSync(path.join(ROOT, 'content/reports', file), path.join(project.dir, 'content', shard, file))
  }
  const run = await buildShards()
  first = run.output
  expect(run.status, run.output.slice(-3000)).toBe(0)
  server = await serveStatic(dist())
  browser = await launchBrowser()
}, 600_000)

afterAll(async () => {
  await browser?.close()
  await server?.close()
  project?.remove()
})

describe('a site built in two shards', () => {
  test('builds each shard, then the national pages, and reports progress', () => {
    expect(first).toMatch(/2 个分片：/)
    expect(first).toMatch(/分片 \d\/2 宁夏回族自治区：1 份报告/)
    expect(first).toMatch(/分片 \d\/2 其他省份：3 份报告/)
    expect(first).toMatch(/全国页面：/)
    // A first build has no stored records to make a summary from, and as many shards to build as run
    // at once: the national pages wait for the shards.
    expect(first).toMatch(/2 个分片需要重新构建（不少于同时构建的 2 个）：全国页面在分片构建完后开始/)
    expect(first).not.toMatch(/提前生成/)
    expect(first).toMatch(/合成：完整合成（没有上一次合成的记录），链接 \d+ 个文件/)
    expect(first).toMatch(/完成：2 个分片（重新构建 2 个）/)
  })

  test('has a page for every report of every shard, the national pages, and no broken link', () => {
    for (const id of ['640521205000-2021', '622926214000-2020', '141181100000-2021', '630223204000-2021'])
      expect(existsSync(path.join(dist(), 'reports', id, 'index.html')), id).toBe(true)
    for (const page of [
      'index.html',
      'places/index.html',
      'years/2021/index.html',
      'search/index.html',
      'compare/index.html',
      'coverage/index.html',
      'coverage/64/index.html',
      'coverage/summary.csv',
      'coverage/county/640521/index.html',
      'coverage/county/141181.csv',
    ])
      expect(existsSync(path.join(dist(), page)), page).toBe(true)
    // The national home page counts every shard's reports.
    expect(readFileSync(path.join(dist(), 'index.html'), 'utf8')).toMatch(
      /<dt[^>]*>报告<\/dt><dd[^>]*><span class="figure"[^>]*>4<\/span> 份/,
    )
    // The coverage summary, from light records, counts every shard's reports.
    expect(readFileSync(path.join(dist(), 'coverage/summary.csv'), 'utf8')).toMatch(/\r\nnation,,全国,,,\d+(?:,\d+){5},4\r\n/)
    expect(existsSync(path.join(dist(), 'shard'))).toBe(false)
    // The national build makes no page of a single report or place: those are the shards' (full records).
    const national = path.join(project.dir, '.shards/_national/dist')
    expect(existsSync(path.join(national, 'index.html'))).toBe(true)
    for (const page of [
      'reports',
      'places/64',
      'places/640521205000',
      'data/reports',
      'data/compare/640521.json',
      'data/bulk/64',
      'coverage/county',
      'pagefind',
    ])
      expect(existsSync(path.join(national, page)), page).toBe(false)
    expect(siteProblems(dist(), '/')).toEqual([])
    // Bulk data: one manifest listing every shard's partitions, each file there with its size.
    const manifest = JSON.parse(readFileSync(path.join(dist(), 'data/bulk/manifest.json'), 'utf8')) as {
      files: { path: string; bytes: number }[]
    }
    const provinces = new Set(manifest.files.map((f) => f.path.split('/')[0]))
    expect([...provinces].sort()).toEqual(['14', '62', '63', '64'])
    for (const file of manifest.files) expect(statSync(path.join(dist(), 'data/bulk', file.path)).size, file.path).toBe(file.bytes)
    // Compare: each county's figures come from its shard.
    for (const county of ['640521', '141181']) expect(existsSync(path.join(dist(), `data/compare/${county}.json`)), county).toBe(true)
    const index = readFileSync(path.join(dist(), 'sitemap-index.xml'), 'utf8')
    expect([...index.matchAll(/<loc>[^<]*\/(sitemap-[^<]+\.xml)<\/loc>/g)].map((m) => m[1]).length).toBe(3)
  })

  test('one search box finds a report of each shard', async () => {
    const view = await openPage(browser, server.url, '/search/')
    try {
      const { page } = view
      for (const [query, id] of [
        ['徐套乡', '640521205000-2021'],
        ['兑镇镇', '141181100000-2021'],
      ] as const) {
        await page.locator('#q').fill(query)
        await page.locator('#q').press('Enter')
        const link = page.locator(`#results a[href="/reports/${id}/"]`).first()
        await link.waitFor({ timeout: 20_000 })
      }
      expect(view.blocked).toEqual([])
      expect(view.errors).toEqual([])
    } finally {
      await view.close()
    }
  })

  test('rebuilds only the shard of an added report', async () => {
    copyFileSync(
      path.join(ROOT, 'content/reports/乌苏市吉尔格勒特郭楞蒙古民族乡-2020.txt'),
      path.join(project.dir, 'content/其他省份/乌苏市吉尔格勒特郭楞蒙古民族乡-2020.txt'),
    )
    const run = await buildShards()
    expect(run.status, run.output.slice(-3000)).toBe(0)
    expect(run.output).toMatch(/宁夏回族自治区：未变化，沿用上次的结果/)
    expect(run.output).toMatch(/其他省份：4 份报告/)
    expect(run.output).toMatch(/完成：2 个分片（重新构建 1 个）/)
    // Its summary came from the records its last build stored (one file parsed anew), so the
    // national pages were built beside it; the runner found it equal to the shard build's own.
    expect(run.output).toMatch(/其他省份：摘要已由上次构建的记录提前生成（4 份报告，新解析 1 份，/)
    expect(run.output).toMatch(/全国页面：[\d.]+ 秒，与分片同时构建/)
    expect(run.output).not.toMatch(/程序错误/)
    // The site was updated in place from the two rebuilt outputs, not assembled whole again.
    expect(run.output).toMatch(/合成：原地更新 dist\/（有变化的输出：全国页面、其他省份），写入 [1-9]\d* 个文件，删除 \d+ 个/)
    expect(existsSync(path.join(project.dir, '.shards/previous-dist'))).toBe(false)
    expect(existsSync(path.join(dist(), 'reports/654202205000-2020/index.html'))).toBe(true)
    expect(siteProblems(dist(), '/')).toEqual([])
    // Two real Astro builds (a shard and the national pages): more than the default 30 s on a busy machine.
  }, 180_000)
})
