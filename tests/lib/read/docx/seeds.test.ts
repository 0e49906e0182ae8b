/**
 * The Word versions of the seed reports (tests/fixtures/docx-seed-*, doc-seed-*, made from the
 * seeds by tests/support/make-office-fixtures.ts) must give the records of the text versions:
 * the same cells {row, column, value} in tables 二/三/四, organ, year and sections.
 */
import { describe, expect, it } from 'vitest'
import { parseFile, registryOf } from '../../../../src/lib/collection/parse-collection.ts'
import type { ReportRecord } from '../../../../src/lib/types.ts'

const { registry } = registryOf('content')

const seeds: Record<string, string> = {
  '000': 'seed-000-halazhigou-2021',
  '001': 'seed-001-fengshan-2020',
  '002': 'seed-002-duizhen-2021',
  '003': 'seed-003-jiergelete-2020',
  '004': 'seed-004-xutao-2021',
}

/** Seed 002's text lost one cell in each of these rows; its Word files have 0 in every column (see docx-seed-002/README.md). */
const restored002 = ['属于国家秘密', '其他法律行政法规禁止公开', '危及“三安全一稳定”', '保护第三方合法权益', '属于三类内部事务信息']

/**
 * Seed 002 rows whose 总计 cell is blank: the table recogniser reads their grid rows one column
 * off (自然人 blank, 总计 0), where the text gives 自然人 0, 总计 blank. A downstream problem:
 * the HTML reader's grid of the same table is read the same way.
 */
const misread002 = ['予以公开', '部分公开']

/** The cells of a record's tables as "table|row|column|value". */
function cells(record: ReportRecord, skipRows: readonly string[] = []): string[] {
  return (['proactive', 'requests', 'appeals'] as const).flatMap((t) =>
    (record.tables[t]?.cells ?? []).filter((c) => !skipRows.includes(c.row)).map((c) => `${t}|${c.row}|${c.column}|${c.value}`),
  )
}

/** What must be equal besides the cells: organ, year, sections and table formats. */
function outline(record: ReportRecord) {
  return {
    organ: record.organ,
    year: record.year,
    sections: record.sections.map((s) => [s.number, s.title]),
    formats: [record.tables.proactive?.format ?? null, record.tables.requests?.format ?? null, record.tables.appeals ? 'appeals' : null],
  }
}

/** Parse a fixture's input file. */
const parse = (dir: string, file: string): Promise<ReportRecord> => parseFile(`tests/fixtures/${dir}/${file}`, registry)

const wordCases: Array<[string, string, string]> = [
  ...Object.keys(seeds).map((n): [string, string, string] => [`docx-seed-${n}`, 'input.docx', n]),
  ['doc-seed-002', 'input.doc', '002'],
  ['doc-seed-004', 'input.doc', '004'],
]

describe('Word versions of the seed reports', () => {
  for (const [dir, file, n] of wordCases) {
    it(`${dir} gives the cells, organ, year and sections of ${seeds[n]}`, async () => {
      const [word, text] = await Promise.all([parse(dir, file), parse(seeds[n], 'input.txt')])
      const skip = n === '002' ? [...restored002] : []
      expect(outline(word)).toEqual(outline(text))
      expect(cells(word, skip)).toEqual(cells(text, skip))
      if (n === '002') {
        const restored = word.tables.requests!.cells.filter((c) => restored002.includes(c.row))
        expect(restored.map((c) => c.value)).toEqual(Array(35).fill(0))
      }
    })
  }

  it("docx-seed-002: rows with a blank 总计 are read as in the text (the label's gridSpan slot is covered, not a blank value)", async () => {
    const [word, text] = await Promise.all([parse('docx-seed-002', 'input.docx'), parse(seeds['002'], 'input.txt')])
    const rows = (r: ReportRecord) => cells(r).filter((c) => misread002.some((row) => c.startsWith(`requests|${row}|`)))
    expect(rows(word)).toEqual(rows(text))
  })
})
