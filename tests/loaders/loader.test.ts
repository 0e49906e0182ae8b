/**
 * The content loader, run for real through `astro build` in a scratch copy of the project:
 * unchanged files are skipped by digest, changed ones re-parsed, removed ones deleted, a change
 * to the engine's code re-parses everything, and bad files fail the build all at once.
 */
import { spawnSync } from 'node:child_process'
import { appendFileSync, cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { shellEnv } from '../support/shell-env.ts'

let dir = ''

/** Run `astro build` in the scratch project; its exit status and combined output. */
function build(): { status: number | null; output: string } {
  const r = spawnSync(process.execPath, [join(dir, 'node_modules/astro/bin/astro.mjs'), 'build'], {
    cwd: dir,
    encoding: 'utf8',
    env: shellEnv(),
  })
  return { status: r.status, output: r.stdout + r.stderr }
}

/** The loader's summary line: how many files, parsed and skipped. */
function summary(output: string): string {
  return /\d+ 份报告文件：解析 \d+ 份，未变化跳过 \d+ 份/.exec(output)?.[0] ?? output.slice(-2000)
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'loader-'))
  for (const path of ['src', 'content', 'public', 'docs', 'package.json', 'tsconfig.json'])
    if (existsSync(path)) cpSync(path, join(dir, path), { recursive: true })
  cpSync('astro.config.mjs', join(dir, 'astro.base.mjs'))
  // A cache of its own: the real project's node_modules/.astro must not be touched.
  writeFileSync(
    join(dir, 'astro.config.mjs'),
    "import base from './astro.base.mjs'\nexport default { ...base, cacheDir: './.cache-astro' }\n",
  )
  symlinkSync(resolve('node_modules'), join(dir, 'node_modules'), 'dir')
})

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true })
})

describe('report loader', { timeout: 300_000 }, () => {
  it('parses every file once, then skips unchanged files', () => {
    expect(summary(build().output)).toBe('5 份报告文件：解析 5 份，未变化跳过 0 份')
    expect(summary(build().output)).toBe('5 份报告文件：解析 0 份，未变化跳过 5 份')
  })

  it('keeps records and source texts out of the data store, and pages still show them', () => {
    // A sentence of 徐套乡 2021's narrative that is in no table: it must be on the source page and
    // in the record's file, but not in the store (which holds only where each record is).
    const sentence = '2021年共发布各类信息1630余条'
    const store = readFileSync(join(dir, '.cache-astro/data-store.json'), 'utf8')
    const page = readFileSync(join(dir, 'dist/reports/640521205000-2021/source/index.html'), 'utf8')
    expect(page).toContain(sentence)
    expect(store).not.toContain(sentence)
    // Not even a table label: no record is in the store.
    expect(store).not.toContain('本年新收政府信息公开申请数量')
    expect(readFileSync(join(dir, 'dist/reports/640521205000-2021/index.html'), 'utf8')).toContain(sentence)
    const records = readdirSync(join(dir, '.cache-astro/report-records'))
    expect(records).toHaveLength(5)
    const withSentence = records.filter((name) => readFileSync(join(dir, '.cache-astro/report-records', name), 'utf8').includes(sentence))
    expect(withSentence).toHaveLength(1)
    expect(readdirSync(join(dir, '.cache-astro/report-texts'))).toHaveLength(5)
  })

  it('re-parses a changed file only, and drops a removed file', () => {
    appendFileSync(join(dir, 'content/reports/中宁县徐套乡-2021.txt'), '\n')
    expect(summary(build().output)).toBe('5 份报告文件：解析 1 份，未变化跳过 4 份')
    rmSync(join(dir, 'content/reports/孝义市兑镇镇-2021.txt'))
    const r = build()
    expect(summary(r.output)).toBe('4 份报告文件：解析 0 份，未变化跳过 4 份')
    expect(existsSync(join(dir, 'dist/reports/141181100000-2021'))).toBe(false)
  })

  it('re-parses everything when the engine code changes', () => {
    appendFileSync(join(dir, 'src/lib/tables/cell-value.ts'), '\n// a change to the engine\n')
    expect(summary(build().output)).toBe('4 份报告文件：解析 4 份，未变化跳过 0 份')
  })

  it('reads a report dropped anywhere in content/, not only in content/reports/', () => {
    cpSync(join(dir, 'content/reports/中宁县徐套乡-2021.txt'), join(dir, 'content/徐套乡-2021-副本.txt'))
    const r = build()
    expect(r.status).not.toBe(0)
    expect(r.output).toContain(
      'content/徐套乡-2021-副本.txt:1:1  错误  与另一文件内容完全相同（重复文件），请删除其中一份  duplicate-report  （见 content/reports/中宁县徐套乡-2021.txt:1）',
    )
    rmSync(join(dir, 'content/徐套乡-2021-副本.txt'))
  })

  it('fails the build listing every bad file with its line and rule', () => {
    writeFileSync(join(dir, 'content/reports/空白-2021.txt'), '')
    writeFileSync(join(dir, 'content/reports/统计表-2021.xlsx'), 'PK')
    const r = build()
    expect(r.status).not.toBe(0)
    expect(r.output).toContain('content/reports/空白-2021.txt:1:1  错误  文件是空的：没有可读取的内容  empty-file')
    expect(r.output).toContain('content/reports/统计表-2021.xlsx:1:1  错误  不支持的文件类型')
    expect(r.output).toContain('2 个错误，涉及 2 个文件：content/reports/空白-2021.txt、content/reports/统计表-2021.xlsx（每个错误见上）')
    expect(r.output).toContain('dist/ 中仍是上一次的网站，请不要上传')
    // An editor's mistake: the message and the fix, never an internal stack trace.
    expect(r.output).toContain('先运行 npm run check 查看全部问题')
    expect(r.output).not.toMatch(/Stack trace:|Location:|at sync \(/)
  })

  it('gives a places.yaml warning the same verdict as npm run check: shown, and the build goes on', () => {
    const registry = join(dir, 'content/places.yaml')
    const original = readFileSync(registry, 'utf8')
    writeFileSync(registry, `${original}\nunknown_section:\n  - x: 1\n`)
    try {
      rmSync(join(dir, 'content/reports/空白-2021.txt'), { force: true })
      rmSync(join(dir, 'content/reports/统计表-2021.xlsx'), { force: true })
      const r = build()
      expect(r.status, r.output.slice(-1500)).toBe(0)
      expect(r.output).toMatch(/content\/places\.yaml  警告  .*未知栏目「unknown_section」已忽略/)
    } finally {
      writeFileSync(registry, original)
    }
  })

  it('re-parses a report when the front matter file beside it changes, and uses it', () => {
    const sidecar = join(dir, 'content/reports/中宁县徐套乡-2021.yaml')
    build() // settle the cache after the tests before
    writeFileSync(sidecar, 'publishedOn: 2022-01-18\n')
    try {
      const first = build()
      expect(summary(first.output)).toMatch(/解析 1 份/)
      const record = JSON.parse(readFileSync(join(dir, 'dist/data/reports/640521205000-2021.json'), 'utf8'))
      expect(record.publishedOn).toBe('2022-01-18')
      expect(summary(build().output)).toMatch(/解析 0 份/)
      writeFileSync(sidecar, 'publishedOn: 2022-01-19\n')
      expect(summary(build().output)).toMatch(/解析 1 份/)
    } finally {
      rmSync(sidecar)
    }
  })

  it('ends the build with what was read and understood of every file with problems, and the totals', () => {
    const r = build()
    expect(r.status, r.output.slice(-1500)).toBe(0)
    const lines = r.output.trimEnd().split('\n')
    const start = lines.findIndex((l) => l.includes('本次构建读取的报告'))
    // After every page and the search index: the editor's last screen.
    expect(start).toBeGreaterThan(lines.findLastIndex((l) => /pagefind|index\.html/i.test(l)))
    const tail = lines.slice(start).join('\n')
    expect(tail).toContain(
      'content/reports/中宁县徐套乡-2021.txt  读取方式：文本（编码 utf-8）；徐套乡（宁夏回族自治区中卫市中宁县）；2021 年度；表二✓ 表三✓ 表四✓；',
    )
    expect(tail).toMatch(/\.txt  读取方式：.*表二[✓✗] 表三[✓✗] 表四[✓✗]；\d+ 个警告$/m)
    // Of the logger's lines (time-stamped), only Astro's own closing ones ("N page(s) built in …",
    // "Complete!") follow the totals. Lines from outside the logger (a Node or browserslist warning on
    // stderr, appended after stdout here) are not the build's to order.
    const totals = lines.findLastIndex((l) => /检查了 \d+ 个文件：0 个错误，\d+ 个警告，\d+ 条提示。$/.test(l))
    expect(totals).toBeGreaterThan(start)
    const logged = lines.slice(totals + 1).filter((l) => /^\d\d:\d\d:\d\d \[/.test(l))
    expect(logged.filter((l) => !/ \[build\] (\d+ page\(s\) built|Complete)/.test(l))).toEqual([])
  })

  it('builds from its cache after the project moved (a CI cache restored in another folder)', () => {
    const moved = `${dir}-moved`
    cpSync(dir, moved, { recursive: true, verbatimSymlinks: true })
    rmSync(dir, { recursive: true, force: true })
    dir = moved
    const r = build()
    // The store names record and text files by absolute path; Astro clears it when the project
    // moves (all reports are parsed again), so no entry may point at the old folder.
    expect(r.status, r.output.slice(-3000)).toBe(0)
    expect(summary(r.output)).toMatch(/^4 份报告文件/)
    expect(readFileSync(join(dir, 'dist/reports/640521205000-2021/index.html'), 'utf8')).toContain('徐套乡')
  })
})
