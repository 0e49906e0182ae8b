/**
 * The seed reports as PDFs (tests/fixtures/pdf-*, made from the seeds through Word and
 * LibreOffice) must give the same table cells as the seeds' text versions, and the PDFs that
 * cannot be read must say why.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parseFile, registryOf } from '../../../../src/lib/collection/parse-collection.ts'
import type { ReportRecord } from '../../../../src/lib/types.ts'

const root = 'tests/fixtures'
const { registry } = registryOf('content')
const tables = ['proactive', 'requests', 'appeals'] as const

/** The `row|column|value` cells of a record's three tables. */
function cells(record: Pick<ReportRecord, 'tables'>, skip: ReadonlySet<string> = new Set()): Record<string, string[]> {
  return Object.fromEntries(
    tables.map((k) => [k, (record.tables[k]?.cells ?? []).filter((c) => !skip.has(c.row)).map((c) => `${c.row}|${c.column}|${c.value}`)]),
  )
}

/** The expected record of the text version of seed `n`. */
function seedRecord(n: string): ReportRecord {
  const dir = readdirSync(root).find((d) => d.startsWith(`seed-${n}-`))!
  return JSON.parse(readFileSync(join(root, dir, 'expected.json'), 'utf8'))
}

/** Parse a PDF fixture. */
const parsePdf = (name: string): Promise<ReportRecord> => parseFile(join(root, name, 'input.pdf'), registry)

describe('seed reports as PDF', () => {
  const same: Array<[string, string]> = [
    ['pdf-lattice-seed-000', '000'],
    ['pdf-lattice-seed-001', '001'],
    ['pdf-lattice-seed-003', '003'],
    ['pdf-lattice-seed-004', '004'],
    ['pdf-stream-seed-004', '004'],
    ['pdf-two-page-table', '001'],
  ]
  for (const [name, seed] of same) {
    it(`${name} gives the cells of seed ${seed}`, async () => {
      const record = await parsePdf(name)
      expect(cells(record)).toEqual(cells(seedRecord(seed)))
      expect([record.organ.code, record.year, record.sections.map((s) => s.number)]).toEqual([
        seedRecord(seed).organ.code,
        seedRecord(seed).year,
        seedRecord(seed).sections.map((s) => s.number),
      ])
    })
  }

  // Seed 002's text lost one cell in each of these rows; its Word file (and so the PDF) writes 0 in every column.
  const rewritten = new Set([
    '属于国家秘密',
    '其他法律行政法规禁止公开',
    '危及“三安全一稳定”',
    '保护第三方合法权益',
    '属于三类内部事务信息',
  ])

  it('pdf-lattice-seed-002 gives the cells of seed 002 (but for rows its Word file writes out)', async () => {
    // Rows (一)/(二) have a label over two columns and a blank 总计: the covered slot must not count as a value.
    const record = await parsePdf('pdf-lattice-seed-002')
    expect(cells(record, rewritten)).toEqual(cells(seedRecord('002'), rewritten))
    for (const c of record.tables.requests!.cells) if (rewritten.has(c.row)) expect(c.value, `${c.row}|${c.column}`).toBe(0)
  })

  it('pdf-lattice-nonzero gives the figures its Word file was written with', async () => {
    const record = await parsePdf('pdf-lattice-nonzero')
    const row = (key: 'requests' | 'appeals', label: string) => record.tables[key]!.cells.filter((c) => c.row === label).map((c) => c.value)
    expect(row('requests', '本年新收政府信息公开申请数量')).toEqual([14, 5, 1, 2, 3, 0, 25])
    expect(row('requests', '本机关不掌握相关政府信息')).toEqual([3, 0, 0, 1, 0, 0, 4])
    expect(row('requests', '总计')).toEqual([15, 5, 1, 1, 2, 0, 24])
    expect(row('requests', '结转下年度继续办理')).toEqual([1, 1, 0, 1, 1, 0, 4])
    expect([...row('appeals', '行政复议'), ...row('appeals', '未经复议直接起诉'), ...row('appeals', '复议后起诉')]).toEqual([
      1, 0, 1, 1, 3, 0, 1, 0, 1, 2, 1, 0, 0, 0, 1,
    ])
    expect(record.tables.proactive!.cells.filter((c) => c.row === '其他对外管理服务事项').map((c) => c.value)).toEqual([8, -1, 30])
    expect(record.diagnostics.filter((d) => d.severity === 'error')).toEqual([])
  })
})

describe('PDFs that cannot be read', () => {
  for (const [name, ruleId] of [
    ['pdf-scanned', 'pdf-no-text'],
    ['pdf-encrypted', 'pdf-encrypted'],
    ['pdf-broken', 'pdf-unreadable'],
  ]) {
    it(`${name} is reported as ${ruleId}, with no tables`, async () => {
      const record = await parsePdf(name!)
      expect(record.diagnostics.map((d) => [d.severity, d.ruleId])).toEqual([['error', ruleId]])
      expect(record.tables).toEqual({ proactive: null, requests: null, appeals: null })
    })
  }
})
