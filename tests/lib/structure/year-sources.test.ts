/** The year is also read from the statistics period and the file name, so a report filed under the wrong year is named. */
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { parseReport } from '../../../src/lib/index.ts'
import { fileNameYear, statedPeriodYear } from '../../../src/lib/structure/metadata/year-sources.ts'
import { textToLines } from '../../../src/lib/read/text-lines.ts'

const seed = readFileSync('tests/fixtures/seed-004-xutao-2021/input.txt')

describe('statedPeriodYear and fileNameYear', () => {
  it('reads the period as reports write it, and only a whole calendar year', () => {
    const at = (text: string) => statedPeriodYear(textToLines(text))?.year ?? null
    expect(at('所列数据的统计期限自2021年1月1日起至2021年12月31日止。')).toBe(2021)
    expect(at('统计期限为 2021 年 1 月 1 日至 2021 年 12 月 31 日')).toBe(2021)
    expect(at('统计期限：2020.1.1—2020.12.31')).toBe(2020)
    expect(at('自2020年7月1日至2021年6月30日')).toBeNull()
    expect(at('2021年1月1日至2022年12月31日')).toBeNull()
  })

  it('takes the one year a file name holds, not its folders', () => {
    expect(fileNameYear('content/2021/中宁县徐套乡-2020.txt')).toBe(2020)
    expect(fileNameYear('content/reports/徐套乡2021年报告.pdf')).toBe(2021)
    expect(fileNameYear('content/reports/徐套乡.pdf')).toBeNull()
    expect(fileNameYear('content/reports/徐套乡-2020-2021.pdf')).toBeNull()
  })
})

describe('year-mismatch', () => {
  it('warns when a 2021 report is saved under a 2020 file name', async () => {
    const record = await parseReport(seed, 'content/reports/中宁县徐套乡-2020.txt')
    expect(record.year).toBe(2021)
    expect(record.diagnostics.filter((d) => d.ruleId === 'year-mismatch')).toEqual([
      {
        ruleId: 'year-mismatch',
        severity: 'warning',
        message: '按标题认定的年度 2021 与文件名中的年份（2020）不一致：请核对，并改正文件名或年度',
        line: 1,
        column: 1,
      },
    ])
  })

  it('says nothing when title, period and file name agree', async () => {
    const record = await parseReport(seed, 'content/reports/中宁县徐套乡-2021.txt')
    expect(record.diagnostics.filter((d) => d.ruleId === 'year-mismatch')).toEqual([])
  })

  it('only informs when the front matter sets the year the editor means', async () => {
    const text = `---\nyear: 2020\n---\n${seed.toString('utf8').split('\n').slice(3).join('\n')}`
    const record = await parseReport(new TextEncoder().encode(text), 'content/reports/徐套乡.txt')
    expect(record.year).toBe(2020)
    expect(record.diagnostics.filter((d) => d.ruleId === 'year-mismatch').map((d) => d.severity)).toEqual(['info'])
  })
})
