/**
 * Corrections in the front matter: applied before the checks (which see the corrected value),
 * kept with the original reading and the reason, named at their own line in the file beside a
 * PDF/Word/web file, and never dropped in silence. The fixtures `corrections` and
 * `corrections-invalid` hold the full records and messages; these tests cover what they cannot.
 */
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { parseReport, parseSource } from '../../../src/lib/index.ts'

const seedPath = 'content/reports/中宁县徐套乡-2021.txt'
const seed = readFileSync(seedPath, 'utf8')
const encode = (text: string) => new TextEncoder().encode(text)
const cell = (record: Awaited<ReturnType<typeof parseReport>>, row: string, column: string) =>
  record.tables.requests!.cells.find((c) => c.row === row && c.column === column)!

describe('corrections', () => {
  it('lets the checks see the corrected value: a total made inconsistent by a misprint is consistent again', async () => {
    // A misprint in 予以公开/自然人 breaks the row sum (request-row-total); the correction restores the original.
    const original = await parseReport(encode(seed), seedPath)
    const right = cell(original, '予以公开', '自然人')
    const lines = seed.split('\n')
    const at = right.line - 1
    lines[at] = lines[at]!.replace(new RegExp(`(予以公开\\s+)${right.raw}`), `$1${Number(right.raw) + 7}`)
    const misprinted = lines.join('\n')
    const broken = await parseReport(encode(misprinted), seedPath)
    expect(cell(broken, '予以公开', '自然人').value).toBe(right.value! + 7)
    const ruleIds = (r: typeof broken) => r.diagnostics.filter((d) => d.severity !== 'info').map((d) => d.ruleId)
    expect(ruleIds(broken).length).toBeGreaterThan(ruleIds(original).length)

    const front = `---\ncorrections:\n  - table: 表三\n    row: 予以公开\n    column: 自然人\n    value: ${right.value}\n    reason: 原文误印，以存档原件为准\n---\n`
    const corrected = await parseReport(encode(front + misprinted), seedPath)
    expect(ruleIds(corrected)).toEqual(ruleIds(original))
    expect(cell(corrected, '予以公开', '自然人')).toMatchObject({
      value: right.value,
      raw: String(right.value! + 7),
      corrected: { from: right.value! + 7, reason: '原文误印，以存档原件为准' },
    })
  })

  it('reads corrections from the file beside a report, naming that file and line in its problems', async () => {
    const sidecar = {
      path: 'content/reports/中宁县徐套乡-2021.yaml',
      text: [
        'sourceUrl: https://www.znzf.gov.cn/xxgk/ndbg/2022/01/18/1.html',
        'corrections:',
        '  - field: documentNumber',
        '    value: 徐政发〔2022〕3号',
        '    reason: 网页未登文号，依纸质原件补录',
        '  - table: 表三',
        '    row: 没有这一行',
        '    column: 自然人',
        '    value: 1',
        '    reason: 测试',
      ].join('\n'),
    }
    const { record } = await parseSource(encode(seed), seedPath, { sidecar })
    expect(record.sourceUrl).toBe('https://www.znzf.gov.cn/xxgk/ndbg/2022/01/18/1.html')
    expect(record.documentNumber).toBe('徐政发〔2022〕3号')
    expect(record.corrections).toEqual([
      {
        target: { field: 'documentNumber' },
        from: null,
        to: '徐政发〔2022〕3号',
        reason: '网页未登文号，依纸质原件补录',
        at: { path: sidecar.path, line: 3 },
      },
    ])
    const invalid = record.diagnostics.find((d) => d.ruleId === 'correction-invalid')
    expect(invalid).toMatchObject({ severity: 'error', line: 1 })
    expect(invalid!.message).toMatch(/^文件头文件 中宁县徐套乡-2021\.yaml 第 6 行：表三中没有名为“没有这一行”的行/)
  })

  it('moves a report whose year is corrected to that year’s address, and settles the year mismatch', async () => {
    const front = '---\ncorrections:\n  - field: year\n    value: 2022\n    reason: 标题年份笔误\n---\n'
    const record = await parseReport(encode(front + seed), 'content/reports/中宁县徐套乡-2022.txt')
    expect(record.year).toBe(2022)
    expect(record.id).toBe('640521205000-2022')
    expect(record.diagnostics.filter((d) => d.ruleId === 'year-mismatch').every((d) => d.severity === 'info')).toBe(true)
  })

  it('refuses an address that is not http or https as the official source', async () => {
    for (const bad of ['javascript:alert(1)', 'data:text/html,<script>alert(1)</script>', 'ftp://x.gov.cn/a', '/relative/path']) {
      const record = await parseReport(encode(`---\nsourceUrl: "${bad}"\n---\n${seed}`), seedPath)
      expect(record.sourceUrl).toBeNull()
      expect(record.diagnostics).toContainEqual(expect.objectContaining({ ruleId: 'front-matter', severity: 'error', line: 2 }))
    }
  })

  it('fills a row the reading lost (its label was cut short) from the template, at the table’s first line', async () => {
    const cut = readFileSync('tests/fixtures/row-unknown/input.txt', 'utf8')
    const front =
      '---\ncorrections:\n  - table: 表二\n    row: 行政处罚\n    column: 本年处理决定数量\n    value: 51\n    reason: 原文行名被截断为“行政处”\n---\n'
    const record = await parseReport(encode(front + cut), 'content/reports/中宁县徐套乡-2021.txt')
    const filled = record.tables.proactive!.cells.find((c) => c.row === '行政处罚')!
    expect(filled).toMatchObject({ value: 51, raw: '', line: record.tables.proactive!.line, corrected: { from: null } })
    expect(record.diagnostics.filter((d) => d.severity === 'error')).toEqual([])
  })
})
