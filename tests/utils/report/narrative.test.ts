/**
 * Narrative fixtures: one folder per case in tests/utils/report/fixtures/narrative/ with the source
 * (`input.txt`, `input.md` or `input.html`), the parts of its record the narrative reads
 * (`record.json`: source path, sections, tables) and the expected narrative (`expected.json`).
 * `UPDATE_FIXTURES=1` rewrites the expectations; review the diff by hand.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import * as narrative from '../../../src/utils/report/narrative.ts'
import { reportNarrative, tableRegions, textLinesOf } from '../../../src/utils/report/narrative.ts'
import { sourceLines } from '../../../src/utils/report/source-lines.ts'
import type { ReportRecord } from '../../../src/lib/types.ts'

const root = 'tests/utils/report/fixtures/narrative'
const update = process.env.UPDATE_FIXTURES === '1'

type NarrativeInput = Pick<ReportRecord, 'sections' | 'tables' | 'source'>

/** A case's record and source text. */
function load(name: string): { record: NarrativeInput; source: string } {
  const dir = join(root, name)
  const record = JSON.parse(readFileSync(join(dir, 'record.json'), 'utf8')) as NarrativeInput
  return { record, source: readFileSync(join(dir, record.source.path), 'utf8') }
}

describe('narrative.ts', () => {
  it('exports its public API', () => {
    expect(Object.keys(narrative).sort()).toEqual(['isHtmlSource', 'reportNarrative', 'tableRegions', 'textLinesOf'])
  })

  for (const name of readdirSync(root).sort()) {
    it(`splits ${name} as expected`, () => {
      const { record, source } = load(name)
      const result = reportNarrative(record, source)
      const path = join(root, name, 'expected.json')
      if (update) writeFileSync(path, JSON.stringify(result, null, 2) + '\n')
      expect(existsSync(path), `${path} is missing: run UPDATE_FIXTURES=1 and review it`).toBe(true)
      expect(result).toEqual(JSON.parse(readFileSync(path, 'utf8')))
    })
  }

  it('never returns a line inside a table region, a blank line or a heading line', () => {
    for (const name of readdirSync(root)) {
      const { record, source } = load(name)
      const { intro, sections } = reportNarrative(record, source)
      const regions = tableRegions(record)
      for (const p of [...intro, ...sections.flatMap((s) => s.paragraphs)]) {
        expect(regions.some((r) => p.line >= r.from && p.line <= r.to), `${name}:${p.line}`).toBe(false)
        expect(p.text.trim(), `${name}:${p.line}`).not.toBe('')
        expect(sections.some((s) => p.text === s.title), `${name}:${p.line}`).toBe(false)
      }
    }
  })

  it('keeps paragraphs in source order and each inside its own section', () => {
    for (const name of readdirSync(root)) {
      const { record, source } = load(name)
      const { intro, sections } = reportNarrative(record, source)
      const lines = [...intro, ...sections.flatMap((s) => s.paragraphs)].map((p) => p.line)
      expect(lines, name).toEqual([...lines].sort((a, b) => a - b))
      sections.forEach((s, k) => {
        const next = sections[k + 1]?.line ?? Number.POSITIVE_INFINITY
        for (const p of s.paragraphs) expect(p.line >= s.line && p.line < next, `${name}:${p.line}`).toBe(true)
      })
    }
  })

  it('reads 徐套乡 2021: line 51 (行政处罚) stays in the table, the text around it does not', () => {
    const { record, source } = load('xutao-2021')
    const { sections } = reportNarrative(record, source)
    const two = sections.find((s) => s.number === 2)!
    expect(two.paragraphs).toEqual([])
    expect(sections.find((s) => s.number === 6)!.paragraphs).toEqual([{ text: '无。', line: 106 }])
  })

  it('keeps the text after a heading on the same line and strips markdown marks', () => {
    const { record, source } = load('heading-text-front-matter')
    const { intro, sections } = reportNarrative(record, source)
    expect(intro).toEqual([{ text: '某某乡2021年政府信息公开工作年度报告', line: 5 }])
    expect(sections[0]!.paragraphs[0]).toEqual({ text: '一是加强领导，明确分工。', line: 7 })
  })

  it('puts everything in the introduction when no section was found', () => {
    const { record, source } = load('no-sections')
    const result = reportNarrative(record, source)
    expect(result.sections).toEqual([])
    expect(result.intro.map((p) => p.line)).toEqual([1, 3, 6])
  })

  it('reads saved web pages as text lines, never as markup', () => {
    const { record, source } = load('html-report-2021')
    const lines = textLinesOf(source, record.source.path)
    expect(lines.some((p) => /<\/?[a-z]+[\s>]/i.test(p.text))).toBe(false)
    const { sections } = reportNarrative(record, source)
    expect(sections.find((s) => s.number === 6)!.paragraphs[0]!.text).toContain('本年度未收取信息处理费')
  })

  it('computes table regions from the table line to its last cell line', () => {
    const cell = { row: 'r', column: 'c', value: 1, raw: '1', unit: null }
    expect(
      tableRegions({
        tables: {
          proactive: { format: '2021', line: 10, cells: [{ ...cell, line: 12 }, { ...cell, line: 15 }] },
          requests: null,
          appeals: { line: 30, cells: [] },
        },
      }),
    ).toEqual([
      { from: 10, to: 15 },
      { from: 30, to: 30 },
    ])
  })
})

describe('source-lines.ts', () => {
  it('numbers lines like the engine: LF, CRLF and CR, no empty line after the last break', () => {
    expect(sourceLines('a\nb\r\nc\rd\n')).toEqual(['a', 'b', 'c', 'd'])
    expect(sourceLines('a\n\n')).toEqual(['a', ''])
    expect(sourceLines('')).toEqual([''])
  })
})
