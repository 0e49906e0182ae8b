/**
 * Incremental builds (src/data/cache-key.ts, `experimental.incrementalBuild` in astro.config.mjs):
 * after reports are changed, added and removed, a rebuild that reuses the previous build's pages
 * must publish exactly the bytes a cold build of the same content publishes, file for file,
 * and must really have reused pages. A wrong cache key would show here as a stale page.
 */
import { spawnSync } from 'node:child_process'
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, relative, resolve } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { shellEnv } from '../support/shell-env.ts'

let root = ''

/** A copy of the project (its own cache folder) in `root/name`. */
function project(name: string): string {
  const dir = join(root, name)
  for (const path of ['src', 'content', 'public', 'docs', 'package.json', 'package-lock.json', 'tsconfig.json'])
    if (existsSync(path)) cpSync(path, join(dir, path), { recursive: true })
  cpSync('astro.config.mjs', join(dir, 'astro.base.mjs'))
  writeFileSync(
    join(dir, 'astro.config.mjs'),
    "import base from './astro.base.mjs'\nexport default { ...base, cacheDir: './.cache-astro' }\n",
  )
  symlinkSync(resolve('node_modules'), join(dir, 'node_modules'), 'dir')
  return dir
}

/** Run `astro build` in `dir`; fails the test with the output's end when it fails. */
function build(dir: string): string {
  const r = spawnSync(process.execPath, [join(dir, 'node_modules/astro/bin/astro.mjs'), 'build'], {
    cwd: dir,
    encoding: 'utf8',
    env: shellEnv(),
  })
  const output = r.stdout + r.stderr
  if (r.status !== 0) throw new Error(`astro build failed in ${dir}:\n${output.slice(-3000)}`)
  return output
}

/** Every file below `dir`, relative, sorted. */
function files(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)))
    .sort()
}

/** Change, add and remove reports in `dir`'s content, the same way each time. */
function editContent(dir: string): void {
  const reports = join(dir, 'content/reports')
  // A changed figure: 徐套乡 2021's 行政处罚 51 → 52.
  const xutao = join(reports, '中宁县徐套乡-2021.txt')
  writeFileSync(xutao, readFileSync(xutao, 'utf8').replace('行政处罚\t51', '行政处罚\t52'))
  // A new year of a township already on the site: its township, county and year pages change.
  const duizhen = readFileSync(join(reports, '孝义市兑镇镇-2021.txt'), 'utf8')
  writeFileSync(join(reports, '孝义市兑镇镇-2022.txt'), duizhen.replaceAll('2021', '2022'))
  // A removed report: its pages must be gone, not left over from the previous build.
  rmSync(join(reports, '东乡县凤山乡-2020.txt'))
}

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'incremental-'))
})

afterAll(() => {
  if (root) rmSync(root, { recursive: true, force: true })
})

describe('incremental build', { timeout: 600_000 }, () => {
  it('publishes after a rebuild exactly what a cold build of the same content publishes', () => {
    const warm = project('warm')
    build(warm)
    expect(existsSync(join(warm, 'dist/reports/622926214000-2020/index.html'))).toBe(true)
    editContent(warm)
    const rebuild = build(warm)

    const cold = project('cold')
    editContent(cold)
    build(cold)

    // Pages were reused, not all rendered again; the changed report's were rendered.
    const reused = rebuild.split('\n').filter((line) => /\((?:cached|restored)\)/.test(line))
    expect(reused.length).toBeGreaterThan(10)
    expect(reused.join('\n')).not.toContain('640521205000-2021')
    expect(reused.join('\n')).toContain('reports/630223204000-2021/')
    // Coverage: an untouched county's matrix and province's summary are reused; those of the county
    // and province that gained a year (孝义市, 山西省) are rendered again.
    for (const page of ['coverage/county/654202/', 'coverage/county/654202.csv', 'coverage/county/654202-excel.csv', 'coverage/65/'])
      expect(reused.join('\n'), page).toContain(page)
    for (const page of ['coverage/county/141181/', 'coverage/county/141181.csv', 'coverage/14/'])
      expect(reused.join('\n'), page).not.toContain(page)

    // The downloads (JSON, CSV, original) of the unchanged reports are the ones staged last time;
    // the changed and the new report's are written again (and a report whose checks across years changed).
    const downloads = /报告下载文件：(\d+) 份报告的 \d+ 个文件，其中 (\d+) 份报告的文件重新写出/.exec(rebuild)
    expect(downloads, rebuild.slice(-3000)).not.toBeNull()
    expect(Number(downloads![2])).toBeGreaterThanOrEqual(2)
    expect(Number(downloads![2])).toBeLessThan(Number(downloads![1]))

    const warmFiles = files(join(warm, 'dist'))
    expect(warmFiles).toEqual(files(join(cold, 'dist')))
    const differing = warmFiles.filter((f) => !readFileSync(join(warm, 'dist', f)).equals(readFileSync(join(cold, 'dist', f))))
    expect(differing).toEqual([])
    // The edits are on the site: the new figure, the new report, and no page of the removed one.
    expect(readFileSync(join(warm, 'dist/data/reports/640521205000-2021.json'), 'utf8')).toContain('"raw":"52"')
    expect(warmFiles.some((f) => f.startsWith('reports/141181100000-2022/'))).toBe(true)
    expect(warmFiles.some((f) => f.includes('622926214000-2020'))).toBe(false)
  })
})
