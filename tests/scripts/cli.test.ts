/**
 * The command-line entry points, run for real: `parse` prints one JSON array with a record
 * per file (even unreadable ones), `check` prints compiler-style lines and exits 1 on errors.
 */
import { spawnSync } from 'node:child_process'
import { copyFileSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'

/** Run a script with tsx and return its exit status and output. */
function run(script: string, args: string[]): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, ['--import', 'tsx', script, ...args], { encoding: 'utf8' })
  return { status: r.status, stdout: r.stdout, stderr: r.stderr }
}

describe('npm run parse', { timeout: 60_000 }, () => {
  it('prints one record per file, in order, and a record with an error for a missing file', () => {
    const r = run('scripts/parse.ts', [
      'content/reports/中宁县徐套乡-2021.txt',
      'no/such/file.txt',
      'content/reports/孝义市兑镇镇-2021.txt',
    ])
    expect(r.status).toBe(0)
    const records = JSON.parse(r.stdout)
    expect(records.map((x: { source: { path: string } }) => x.source.path)).toEqual([
      'content/reports/中宁县徐套乡-2021.txt',
      'no/such/file.txt',
      'content/reports/孝义市兑镇镇-2021.txt',
    ])
    expect(records[0].tables.proactive.cells.find((c: { row: string }) => c.row === '行政处罚')).toMatchObject({
      value: 51,
      raw: '51',
      line: 51,
    })
    expect(records[1].diagnostics).toEqual([{ ruleId: 'read-error', severity: 'error', message: '文件不存在', line: null, column: null }])
    expect(r.stderr).not.toMatch(/at .*\.ts:\d+/)
  })
})

describe('npm run check', { timeout: 60_000 }, () => {
  it('lists the sample reports’ real problems and exits 0 when none is an error', () => {
    const r = run('scripts/check.ts', [])
    expect(r.status).toBe(0)
    expect(r.stdout).toContain(
      'content/reports/中宁县徐套乡-2021.txt:87:1  警告  表三「四、结转下年度继续办理」行「法律服务机构」为空，视为未填报  cell-blank',
    )
    expect(r.stdout).toContain('content/reports/孝义市兑镇镇-2021.txt  警告  未找到表二「主动公开政府信息情况」  missing-table')
    expect(r.stdout).toMatch(/检查了 5 个文件：0 个错误，\d+ 个警告，\d+ 条提示。/)
  })

  it('says how each file was read and skips litter with an info line naming it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'check-'))
    copyFileSync('content/reports/中宁县徐套乡-2021.txt', join(dir, '徐套乡-2021.txt'))
    copyFileSync('tests/fixtures/pdf-lattice-seed-000/input.pdf', join(dir, '哈拉直沟乡-2021.pdf'))
    mkdirSync(join(dir, '徐套乡-2021_files'))
    writeFileSync(join(dir, '徐套乡-2021_files', 'style.css'), 'p{}')
    writeFileSync(join(dir, 'Thumbs.db'), 'x')
    const r = run('scripts/check.ts', [dir])
    expect(r.status).toBe(0)
    expect(r.stdout).toContain(`${join(dir, '哈拉直沟乡-2021.pdf')}  读取方式：PDF（6 页，有文字层）`)
    expect(r.stdout).toContain(`${join(dir, '徐套乡-2021.txt')}  读取方式：文本（编码 utf-8）`)
    expect(r.stdout).toMatch(new RegExp(`${join(dir, '徐套乡-2021_files')}  提示  浏览器“网页，全部”.*已跳过  litter`))
    expect(r.stdout).toMatch(new RegExp(`${join(dir, 'Thumbs.db')}  提示  Windows .*已跳过  litter`))
    expect(r.stdout).toMatch(/检查了 2 个文件：0 个错误/)
  })

  it('exits 1 and names file, line and rule when a file cannot become a report', () => {
    const dir = mkdtempSync(join(tmpdir(), 'check-'))
    writeFileSync(join(dir, 'empty.txt'), '')
    writeFileSync(join(dir, 'report.xlsx'), 'PK')
    const r = run('scripts/check.ts', [dir])
    expect(r.status).toBe(1)
    expect(r.stdout).toContain(`${join(dir, 'empty.txt')}:1:1  错误  文件是空的：没有可读取的内容  empty-file`)
    expect(r.stdout).toContain(`${join(dir, 'report.xlsx')}:1:1  错误  不支持的文件类型`)
    expect(r.stdout).toMatch(/2 个文件有错误，无法发布：/)
    const summary = r.stdout.trim().split('\n').at(-1) ?? ''
    expect(summary).toContain(join(dir, 'empty.txt'))
    expect(summary).toContain(join(dir, 'report.xlsx'))
  })

  it('prints the same findings as one JSON object with --format json, and refuses an unknown format', () => {
    const dir = mkdtempSync(join(tmpdir(), 'check-'))
    copyFileSync('content/reports/孝义市兑镇镇-2021.txt', join(dir, '兑镇镇-2021.txt'))
    writeFileSync(join(dir, 'empty.txt'), '')
    writeFileSync(join(dir, 'Thumbs.db'), 'x')
    const r = run('scripts/check.ts', ['--format', 'json', dir])
    expect(r.status).toBe(1)
    const result = JSON.parse(r.stdout)
    const byPath = Object.fromEntries(result.files.map((f: { path: string }) => [f.path, f]))
    expect(byPath[join(dir, '兑镇镇-2021.txt')]).toMatchObject({
      reader: 'text',
      id: '141181100000-2021',
      year: 2021,
      organ: { township: '兑镇镇', code: '141181100000' },
      tables: { proactive: false, requests: true, appeals: true },
      publishable: true,
    })
    expect(byPath[join(dir, '兑镇镇-2021.txt')].diagnostics).toContainEqual(
      expect.objectContaining({ ruleId: 'missing-table', severity: 'warning' }),
    )
    expect(byPath[join(dir, 'empty.txt')]).toMatchObject({
      publishable: false,
      diagnostics: [expect.objectContaining({ ruleId: 'empty-file' })],
    })
    expect(result.skipped).toEqual([expect.objectContaining({ path: join(dir, 'Thumbs.db'), ruleId: 'litter' })])
    expect(result.summary).toMatchObject({ files: 2, errors: 1, failed: [join(dir, 'empty.txt')] })
    const bad = run('scripts/check.ts', ['--format=xml', dir])
    expect(bad.status).toBe(2)
    expect(bad.stderr).toContain('--format 只能是 text 或 json')
  })
})
