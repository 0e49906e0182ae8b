/** The glossary explains every canonical row of tables 二, 三 and 四, with its 条例 article. */
import { describe, expect, test } from 'vitest'
import { appealRows, proactiveRows, requestRows } from '../../../src/lib/template/labels.ts'
import { tableKeys, type TableKey } from '../../../src/lib/template/tables.ts'
import { articleNotes, glossary } from '../../../src/utils/data/glossary.ts'

const rowsOf = (table: TableKey) => glossary.filter((e) => e.table === table).flatMap((e) => e.rows)

describe('glossary', () => {
  test('explains every table 二 row of both formats', () => {
    const rows = new Set([...proactiveRows['2019'], ...proactiveRows['2021']].map((r) => r.row))
    expect(new Set(rowsOf('proactive'))).toEqual(rows)
  })

  test('explains every table 三 row of both formats', () => {
    const rows = new Set([...requestRows['2019'], ...requestRows['2021']].map((r) => r.row))
    expect(new Set(rowsOf('requests'))).toEqual(rows)
  })

  test('explains every table 四 row', () => {
    expect(new Set(rowsOf('appeals'))).toEqual(new Set(appealRows))
  })

  test('explains each row once, with unique anchors', () => {
    for (const table of tableKeys) expect(new Set(rowsOf(table)).size).toBe(rowsOf(table).length)
    expect(new Set(glossary.map((e) => e.id)).size).toBe(glossary.length)
  })

  test('cites articles that are paraphrased on the page', () => {
    const known = new Set(articleNotes.map((a) => a.article))
    for (const e of glossary) for (const a of e.articles) expect(known.has(a.replace(/第（.*$/, '')), `${e.id}: ${a}`).toBe(true)
    expect(glossary.find((e) => e.id === 'p-rules')!.articles).toEqual(['第二十条第（一）项'])
    expect(glossary.find((e) => e.id === 'r-carried-out')!.articles).toEqual(['第三十三条'])
  })
})
