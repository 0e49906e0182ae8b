/**
 * The indexed text of real reports from content/ (parsed by the engine), against golden files
 * in ./golden/ read and checked by hand once. `UPDATE_FIXTURES=1` rewrites them; review the diff.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { parseFile, registryOf } from '../../../src/lib/index.ts'
import { townshipSpellings } from '../../../src/utils/search/place-names.ts'
import { paragraphLine, recordLines, recordText } from '../../../src/utils/search/record-text.ts'

const ROOT = path.resolve(import.meta.dirname, '../../..')
const CONTENT = path.join(ROOT, 'content')
const { registry } = registryOf(CONTENT)
const aliases = registry?.aliases ?? []

async function record(file: string) {
  return parseFile(path.join(CONTENT, 'reports', file), registry)
}

function expectGolden(name: string, lines: string[]): void {
  const file = path.join(import.meta.dirname, 'golden', name)
  const text = `${lines.join('\n')}\n`
  if (process.env.UPDATE_FIXTURES === '1' || !existsSync(file)) writeFileSync(file, text)
  expect(text).toBe(readFileSync(file, 'utf8'))
}

describe('recordText', () => {
  it('reads 徐套乡 2021 as title, places, table rows as phrases and the text under its headings', async () => {
    const r = await record('中宁县徐套乡-2021.txt')
    const text = recordText(r, townshipSpellings(r.organ, aliases))
    expectGolden('xutao-2021.txt', recordLines(text))
    expect(text.title).toBe('中宁县徐套乡人民政府2021年政府信息公开工作年度报告')
    expect(text.places).toEqual(['中宁县徐套乡人民政府', '宁夏回族自治区', '中卫市', '中宁县', '徐套乡', '宁夏'])
    const table2 = text.sections.find((s) => s.id === 'table-2')!
    expect(table2).toMatchObject({ kind: 'table', heading: '表二 主动公开政府信息情况' })
    expect(table2.lines).toContain('表二 行政处罚 本年处理决定数量 51')
    expect(text.sections.map((s) => s.id)).toEqual(['table-2', 'table-3', 'table-4', 'intro', 'section-1', 'section-5', 'section-6'])
  })

  it('gives 凤山乡 2020 the national list spelling 风山乡 and its short county name', async () => {
    const r = await record('东乡县凤山乡-2020.txt')
    const text = recordText(r, townshipSpellings(r.organ, aliases, '风山乡'))
    expectGolden('fengshan-2020.txt', recordLines(text))
    expect(text.places).toEqual([
      '东乡族自治县凤山乡人民政府',
      '甘肃省',
      '临夏回族自治州',
      '东乡族自治县',
      '凤山乡',
      '临夏州',
      '东乡县',
      '东乡县凤山乡',
      '风山乡',
    ])
    expect(text.facts).toEqual([`文号 ${r.documentNumber}`])
  })

  it('carries nothing of the page around the report: no contents, checks, downloads or links', async () => {
    const r = await record('东乡县凤山乡-2020.txt')
    const all = recordLines(recordText(r)).join('\n')
    for (const word of ['数据核对', '下载', '查看原文', '本部分的统计数据见', '需要注意的问题']) expect(all).not.toContain(word)
  })
})

describe('paragraphLine', () => {
  it('joins Chinese wrapped in the source and keeps other line breaks as spaces', () => {
    expect(paragraphLine('实现行政机关工\n作的透明')).toBe('实现行政机关工作的透明')
    expect(paragraphLine('  网站（http://www.example.gov.cn）\n 查阅 ')).toBe('网站（http://www.example.gov.cn）查阅')
    expect(paragraphLine('共 12\n件')).toBe('共 12 件')
    expect(paragraphLine('a\n\nb  c')).toBe('a b c')
  })
})
