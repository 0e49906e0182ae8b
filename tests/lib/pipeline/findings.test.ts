/** Findings that keep a report from publishing wrong or silently: no-tables, stable ids without a place, undecodable bytes. */
import { describe, expect, it } from 'vitest'
import { parseReport } from '../../../src/lib/index.ts'

const encode = (text: string) => new TextEncoder().encode(text)
const hollow = [
  '某某镇人民政府2021年政府信息公开工作年度报告',
  '一、总体情况',
  '本年度工作平稳推进。',
  '二、主动公开政府信息情况',
  '见附表（附表为图片，未随文发布）。',
  '五、存在的主要问题及改进情况',
  '宣传不够。',
].join('\n')

describe('no-tables', () => {
  it('fails a report whose three tables were all missed, with the advice that fixes it', async () => {
    const record = await parseReport(encode(hollow), 'content/reports/某某镇-2021.txt')
    const errors = record.diagnostics.filter((d) => d.severity === 'error')
    expect(errors.map((d) => d.ruleId)).toEqual(['no-tables'])
    expect(errors[0]!.message).toMatch(/npm run check.*noTables: true/)
  })

  it('publishes it when the front matter states that the report has no table', async () => {
    const record = await parseReport(encode(`---\nnoTables: true\n---\n${hollow}`), 'content/reports/某某镇-2021.txt')
    expect(record.diagnostics.filter((d) => d.severity === 'error')).toEqual([])
  })

  it('refuses any other value for noTables', async () => {
    const record = await parseReport(encode(`---\nnoTables: yes\n---\n${hollow}`), 'content/reports/某某镇-2021.txt')
    expect(
      record.diagnostics
        .filter((d) => d.severity === 'error')
        .map((d) => d.ruleId)
        .sort(),
    ).toEqual(['front-matter', 'no-tables'])
  })

  it('leaves a report alone that lacks only some tables (兑镇镇 2021 has no table 二)', async () => {
    const { readFileSync } = await import('node:fs')
    const record = await parseReport(readFileSync('content/reports/孝义市兑镇镇-2021.txt'), 'content/reports/孝义市兑镇镇-2021.txt')
    expect(record.diagnostics.filter((d) => d.ruleId === 'no-tables')).toEqual([])
  })
})

describe('report ids without a place', () => {
  it('stay the same when the text is corrected, as long as the organ is the same', async () => {
    const a = await parseReport(encode(`---\nnoTables: true\n---\n${hollow}`), 'a.txt')
    const b = await parseReport(encode(`---\nnoTables: true\n---\n${hollow}\n六、其他需要报告的事项\n无。`), 'a.txt')
    expect(a.organ.code).toBeNull()
    expect(a.id).toMatch(/^x[0-9a-f]{10}-2021$/)
    expect(b.id).toBe(a.id)
  })
})

describe('undecodable bytes', () => {
  it('are a warning at their line, never a silent U+FFFD', async () => {
    const { readFileSync } = await import('node:fs')
    const seed = readFileSync('tests/fixtures/seed-004-xutao-2021/input.txt')
    const at = seed.indexOf(Buffer.from('行政处罚'))
    const bytes = Buffer.concat([seed.subarray(0, at), Buffer.from([0xff, 0xfe, 0xfd]), seed.subarray(at)])
    const record = await parseReport(bytes, 'input.txt')
    const warnings = record.diagnostics.filter((d) => d.ruleId === 'encoding')
    expect(warnings).toHaveLength(1)
    expect(warnings[0]).toMatchObject({ severity: 'warning', line: 51 })
    expect(warnings[0]!.message).toMatch(/有 \d+ 处字节无法按 utf-8 解码/)
  })
})

describe('text-too-long', () => {
  it('refuses a file whose text is far longer than any report, without publishing its text', async () => {
    const seed = (await import('node:fs')).readFileSync('content/reports/中宁县徐套乡-2021.txt', 'utf8')
    const huge = seed + '\n附：'.concat('全年工作平稳推进。'.repeat(70_000))
    const { parseSource } = await import('../../../src/lib/index.ts')
    const { record, text } = await parseSource(encode(huge), 'content/reports/徐套乡-2021.txt')
    expect(record.diagnostics).toEqual([expect.objectContaining({ ruleId: 'text-too-long', severity: 'error', line: 1 })])
    expect(record.diagnostics[0]!.message).toMatch(/超过单份年度报告 60 万字的上限/)
    expect(text).toBe('')
    // The seed itself is far below the limit.
    const normal = await parseSource(encode(seed), 'content/reports/徐套乡-2021.txt')
    expect(normal.record.diagnostics.some((d) => d.ruleId === 'text-too-long')).toBe(false)
  })
})
