import { describe, expect, it } from 'vitest'
import { splitFrontMatter } from '../../../src/lib/read/front-matter.ts'

const body = '哈拉直沟乡人民政府 2021 年 政务信息公开工作年度报告\n一、总体情况'

describe('splitFrontMatter', () => {
  it('returns a file without front matter unchanged', () => {
    expect(splitFrontMatter(body)).toEqual({ front: null, bodyStartLine: 1, diagnostics: [] })
  })

  it('reads valid fields and says where the body starts', () => {
    const text = [
      '---',
      'id: halazhigou-2021',
      'organ: 哈拉直沟乡人民政府',
      'township: 哈拉直沟乡',
      'county: 互助土族自治县',
      'prefecture: 海东市',
      'province: 青海省',
      "code: '630223204000'",
      'year: 2021',
      'publishedOn: 2022-01-04',
      'documentNumber: 东凤府发[2021]20号',
      '---',
      body,
    ].join('\n')
    const split = splitFrontMatter(text)
    expect(split.diagnostics).toEqual([])
    expect(split.front).toEqual({
      id: 'halazhigou-2021',
      organ: '哈拉直沟乡人民政府',
      township: '哈拉直沟乡',
      county: '互助土族自治县',
      prefecture: '海东市',
      province: '青海省',
      code: '630223204000',
      year: 2021,
      publishedOn: '2022-01-04',
      documentNumber: '东凤府发[2021]20号',
    })
    expect(split.bodyStartLine).toBe(13)
  })

  it('accepts an unquoted 12-digit code and a quoted year', () => {
    expect(splitFrontMatter('---\ncode: 630223204000\nyear: "2021"\n---\n').front).toEqual({ code: '630223204000', year: 2021 })
  })

  it('reports each invalid field as an error on its line and leaves it out', () => {
    const text = [
      '---',
      'id: Halazhigou_2021',
      'year: 2021.5',
      'publishedOn: 2022-02-30',
      'code: 63022320',
      'organ: 哈拉直沟乡人民政府',
      'township: [a, b]',
      '---',
      body,
    ].join('\n')
    const split = splitFrontMatter(text)
    expect(split.front).toEqual({ organ: '哈拉直沟乡人民政府' })
    expect(split.diagnostics.map((d) => [d.ruleId, d.severity, d.line])).toEqual([
      ['front-matter', 'error', 2],
      ['front-matter', 'error', 3],
      ['front-matter', 'error', 4],
      ['front-matter', 'error', 5],
      ['front-matter', 'error', 7],
    ])
    expect(split.diagnostics[2]!.message).toBe('元数据字段“publishedOn”的值无效：应为真实存在的日期，格式 YYYY-MM-DD（如 2022-01-04）')
  })

  it('rejects years outside 2000–2100', () => {
    expect(splitFrontMatter('---\nyear: 1999\n---\n').diagnostics).toHaveLength(1)
    expect(splitFrontMatter('---\nyear: 2101\n---\n').diagnostics).toHaveLength(1)
  })

  it('warns about an unknown key and ignores it', () => {
    const split = splitFrontMatter('---\nyear: 2021\nauthor: 张三\n---\n' + body)
    expect(split.front).toEqual({ year: 2021 })
    expect(split.diagnostics).toEqual([
      { ruleId: 'front-matter', severity: 'warning', message: expect.stringContaining('未知的元数据字段“author”'), line: 3, column: 1 },
    ])
  })

  it('treats a field left empty as not given', () => {
    expect(splitFrontMatter('---\norgan:\nyear: 2021\n---\n')).toMatchObject({ front: { year: 2021 }, diagnostics: [] })
  })

  it('reports broken YAML and an unclosed block', () => {
    const broken = splitFrontMatter('---\nyear: 2021\nyear: 2022\n---\n' + body)
    expect(broken).toMatchObject({ front: null, bodyStartLine: 5 })
    expect(broken.diagnostics.map((d) => [d.severity, d.line, d.message])).toEqual([
      ['error', 3, '元数据格式有误（DUPLICATE_KEY）：同一个字段写了两次，请只保留一个'],
    ])
    const bracket = splitFrontMatter('---\ndocumentNumber: [2021]20号\n---\n')
    expect(bracket.diagnostics.map((d) => [d.line, d.message.includes('英文双引号')])).toEqual([[2, true]])
    const unclosed = splitFrontMatter('---\nyear: 2021\n' + body)
    expect(unclosed).toMatchObject({ front: null, bodyStartLine: 1, diagnostics: [{ severity: 'error', line: 1 }] })
  })

  it('keeps CRLF line ends and a byte-order mark working', () => {
    const split = splitFrontMatter('\uFEFF---\r\nyear: 2021\r\n---\r\n' + body)
    expect(split).toMatchObject({ front: { year: 2021 }, bodyStartLine: 4, diagnostics: [] })
  })

  it('reads an empty block as no fields', () => {
    expect(splitFrontMatter('---\n---\n' + body)).toMatchObject({ front: {}, bodyStartLine: 3, diagnostics: [] })
  })
})
