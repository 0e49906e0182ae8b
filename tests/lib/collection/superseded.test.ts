/** A 更正版 names the file it replaces (`supersedes`): the old one is kept but not published, and both say so. */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { collectContent, registryOf } from '../../../src/lib/index.ts'

const { registry } = registryOf('content')
const seed = readFileSync('content/reports/中宁县徐套乡-2021.txt', 'utf8')
// The same report with one figure changed: what a 修订版 looks like.
const revised = seed.replace(/(行政处罚\t)51/, '$152')

function folder(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'superseded-'))
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text)
  return dir
}

describe('supersedes', () => {
  it('without it, two versions of one report are a duplicate whose advice names supersedes and the old file', async () => {
    const dir = folder({ '徐套乡-2021.txt': seed, '徐套乡-2021-更正版.txt': revised })
    const { files } = await collectContent([dir], { registry })
    const error = files.flatMap((f) => f.record.diagnostics).find((d) => d.ruleId === 'duplicate-report')
    expect(error?.message).toMatch(/如为更正版（修订版），请删除旧文件，或在更正版的文件头写明 supersedes 和旧文件名/)
    expect(error?.message).toContain('supersedes: 徐套乡-2021.txt')
  })

  it('publishes the 更正版 only, says so in both, and keeps the old file out of the published list', async () => {
    const dir = folder({ '徐套乡-2021.txt': seed, '徐套乡-2021-更正版.txt': `---\nsupersedes: 徐套乡-2021.txt\n---\n${revised}` })
    const { files, skipped } = await collectContent([dir], { registry })
    expect(files.map((f) => f.path)).toEqual([join(dir, '徐套乡-2021-更正版.txt')])
    const record = files[0]!.record
    expect(record.supersedes).toBe('徐套乡-2021.txt')
    expect(record.diagnostics.filter((d) => d.severity === 'error')).toEqual([])
    expect(record.diagnostics).toContainEqual(
      expect.objectContaining({ ruleId: 'superseded', severity: 'info', cause: { path: join(dir, '徐套乡-2021.txt'), line: 1 } }),
    )
    expect(record.tables.proactive!.cells.find((c) => c.row === '行政处罚')!.value).toBe(52)
    expect(skipped).toEqual([expect.objectContaining({ path: join(dir, '徐套乡-2021.txt'), ruleId: 'superseded' })])
    expect(skipped[0]!.reason).toMatch(/已被更正版 .*徐套乡-2021-更正版\.txt 取代/)
  })

  it('refuses a supersedes that names another report, and warns when the named file is gone', async () => {
    const other = folder({
      '兑镇镇-2021.txt': readFileSync('content/reports/孝义市兑镇镇-2021.txt', 'utf8'),
      '徐套乡-2021.txt': `---\nsupersedes: 兑镇镇-2021.txt\n---\n${seed}`,
    })
    const { files } = await collectContent([other], { registry })
    expect(files).toHaveLength(2)
    const wrong = files.flatMap((f) => f.record.diagnostics).find((d) => d.ruleId === 'supersedes-invalid')
    expect(wrong).toMatchObject({ severity: 'error' })
    expect(wrong!.message).toContain('是另一份报告（141181100000-2021）')

    const gone = folder({ '徐套乡-2021-更正版.txt': `---\nsupersedes: 徐套乡-2021.txt\n---\n${revised}` })
    const [only] = (await collectContent([gone], { registry })).files
    expect(only!.record.diagnostics).toContainEqual(expect.objectContaining({ ruleId: 'supersedes-invalid', severity: 'warning' }))
  })
})
