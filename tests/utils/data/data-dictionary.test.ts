/** The data dictionary documents every field of real parsed records, and every CSV column. */
import { readFileSync } from 'node:fs'
import { describe, expect, test } from 'vitest'
import { csvColumns, csvField } from '../../../src/utils/data/cells-csv.ts'
import { cellTable } from '../../../src/utils/data/bulk/cell-table.ts'
import { reportTable } from '../../../src/utils/data/bulk/report-table.ts'
import { csvColumnDocs, recordFields, reportColumnDocs } from '../../../src/utils/data/data-dictionary.ts'
import { cellMarks, wideLeadColumns, wideTailColumns } from '../../../src/utils/data/wide-csv.ts'
import { cellMarkDocs, wideColumnDocs } from '../../../src/utils/data/wide-csv-docs.ts'
import { compareLeadColumns, compareMarks } from '../../../src/utils/compare/compare-csv.ts'
import { sampleRecords } from '../report/samples.ts'

/** Every path of a JSON value: objects add `.key`, arrays add `[]` (the value itself is ''). */
function pathsOf(value: unknown, path = '', into = new Set<string>()): Set<string> {
  if (path) into.add(path)
  if (Array.isArray(value)) for (const item of value) pathsOf(item, `${path}[]`, into)
  else if (value && typeof value === 'object')
    for (const [key, child] of Object.entries(value)) pathsOf(child, path ? `${path}.${key}` : key, into)
  return into
}

describe('data dictionary', () => {
  const documented = recordFields.map((f) => f.path)

  test('documents each path once', () => {
    expect(new Set(documented).size).toBe(documented.length)
  })

  test('documents every field of every sample record', () => {
    const corrected = JSON.parse(readFileSync('tests/fixtures/corrections/expected.json', 'utf8'))
    for (const record of [...sampleRecords(), corrected]) {
      const missing = [...pathsOf(record)].filter((p) => !documented.includes(p))
      expect(missing, `undocumented fields of ${record.id}`).toEqual([])
    }
  })

  test('documents no field the records do not have', () => {
    // The samples have no correction; the engine fixture with corrections shows those fields.
    const corrected = JSON.parse(readFileSync('tests/fixtures/corrections/expected.json', 'utf8'))
    const seen = new Set([...sampleRecords(), corrected].flatMap((r) => [...pathsOf(r)]))
    // Fields that only some records have (documented as 可无, and the fields below them).
    const optional = recordFields.filter((f) => f.type.includes('可无')).map((f) => f.path)
    const sometimes = (p: string): boolean => optional.some((o) => p === o || p.startsWith(`${o}.`))
    expect(documented.filter((p) => !seen.has(p) && !sometimes(p))).toEqual([])
  })

  test('gives every field a type and a Chinese meaning', () => {
    for (const f of recordFields) {
      expect(f.type, f.path).not.toBe('')
      expect(f.meaning, f.path).toMatch(/\p{Script=Han}/u)
    }
  })

  test('documents every CSV column, in order', () => {
    expect(csvColumnDocs.map((c) => c.column)).toEqual([...csvColumns])
    for (const c of csvColumnDocs) expect(c.meaning).toMatch(/\p{Script=Han}/u)
  })

  test('documents every column of the bulk tables, in order, with its Parquet type', () => {
    expect(cellTable.columns.map((c) => c.name)).toEqual([...csvColumns])
    expect(reportColumnDocs.map((c) => c.column)).toEqual(reportTable.columns.map((c) => c.name))
    for (const c of [...csvColumnDocs, ...reportColumnDocs]) {
      expect(c.meaning, c.column).toMatch(/\p{Script=Han}/u)
      expect(c.type, c.column).toMatch(/^(文本|整数|数值|日期)(，可空)?$/)
    }
    expect(csvColumnDocs.find((c) => c.column === 'code')!.type).toBe('文本，可空')
    expect(csvColumnDocs.find((c) => c.column === 'source_line')!.type).toBe('整数')
  })

  test('docs/data-format.md names every column of both bulk tables and every record field', () => {
    const doc = readFileSync('docs/data-format.md', 'utf8')
    for (const column of [...csvColumns, ...reportTable.columns.map((c) => c.name)]) expect(doc, column).toContain(`\`${column}\``)
    const leaves = new Set(recordFields.map((f) => f.path.split('.').pop()!.replace('[]', '')))
    for (const name of leaves) expect(doc, name).toMatch(new RegExp(`\`(?:[A-Za-z.]+\\.)?${name}(?:\\.[A-Za-z.]+)?\``))
  })
})

describe('data dictionary of the Excel-friendly CSV', () => {
  test('documents its columns in order: lead columns, the value columns as one entry, tail columns', () => {
    expect(wideColumnDocs.map((c) => c.column)).toEqual([...wideLeadColumns, '各栏（本年制发件数 …… 总计）', ...wideTailColumns])
    for (const c of wideColumnDocs) expect(c.meaning, c.column).toMatch(/\p{Script=Han}/u)
    expect(wideColumnDocs[0]!.example).toBe('="640521205000"')
  })

  test('documents every word a value cell may hold, and the empty cell as 无此项 only', () => {
    expect(cellMarkDocs.map((m) => m.mark)).toEqual(['51', ...Object.values(cellMarks), ''])
    expect(cellMarkDocs.at(-1)!.meaning).toMatch(/^无此项/)
  })

  test('docs/data-format.md explains both layouts, the wide columns, the cell words and why the code is ="…"', () => {
    const doc = readFileSync('docs/data-format.md', 'utf8')
    for (const column of [...wideLeadColumns, ...wideTailColumns, ...compareLeadColumns]) expect(doc, column).toContain(`\`${column}\``)
    for (const mark of [...Object.values(cellMarks), ...Object.values(compareMarks)]) expect(doc, mark).toContain(`\`${mark}\``)
    expect(doc).toContain('/data/tables/<报告编号>.csv')
    expect(doc).toContain('### 两种 CSV：宽表给人看，长表给程序用')
    expect(doc).toContain('### 区划代码为什么写成 `="640521205000"`')
  })
})

describe('csvField', () => {
  test('prefixes every formula-like text (OWASP: = + - @ tab CR) and leaves plain numbers alone', () => {
    expect(['=1+1', '+1+1', '-2+3+HYPERLINK("http://x")', '@SUM(A1)', '\t=1', '\r=1'].map(csvField)).toEqual([
      "'=1+1",
      "'+1+1",
      `"'-2+3+HYPERLINK(""http://x"")"`,
      "'@SUM(A1)",
      "'\t=1",
      `"'\r=1"`,
    ])
    expect(['-8', '+12', '3.5', '518 万元', '无'].map(csvField)).toEqual(['-8', '+12', '3.5', '518 万元', '无'])
    expect(csvField(-8)).toBe('-8')
  })
})
