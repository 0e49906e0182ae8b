/**
 * Properties over random tables: blank cells never cause a report, and no report is ever
 * about a relation one of whose cells is blank, missing or in another unit.
 */
import fc from 'fast-check'
import { VFile } from 'vfile'
import { describe, expect, it } from 'vitest'
import { diagnosticsOf } from '../../../src/lib/diagnostics/report.ts'
import {
  appealColumns,
  appealRows,
  applicantColumns,
  proactiveRows,
  requestColumns,
  requestRows,
} from '../../../src/lib/template/labels.ts'
import { runRules } from '../../../src/lib/rules/index.ts'
import type { CheckedReport } from '../../../src/lib/rules/rule.ts'
import type { Cell, Diagnostic, TableFormat } from '../../../src/lib/types.ts'
import { buildReport } from './support/build-report.ts'

const arithmetic = new Set(['proactive-balance', 'request-balance', 'request-outcome-sum', 'request-row-total', 'appeal-sum'])
const formatArb = fc.constantFrom<TableFormat>('2019', '2021')

/** Run every rule and return the diagnostics. */
function check(report: CheckedReport): Diagnostic[] {
  const file = new VFile({ path: report.source.path })
  runRules(report, file)
  return diagnosticsOf(file)
}

/** Every value cell of the report's tables. */
function allCells(report: CheckedReport): Cell[] {
  const { proactive, requests, appeals } = report.tables
  return [...(proactive?.cells ?? []), ...(requests?.cells ?? []), ...(appeals?.cells ?? [])]
}

/** The cells a diagnostic's relation reads, found from the row/column its message names. */
function cellsOf(report: CheckedReport, d: Diagnostic): { target: Cell | undefined; cells: (Cell | undefined)[] } {
  const name = /「(.+?)」/.exec(d.message)![1]!
  const find = (cells: Cell[] | undefined, row: string, column: string) => cells?.find((c) => c.row === row && c.column === column)
  const req = report.tables.requests
  const outcomeRows = req ? requestRows[req.format].filter((r) => r.outcome).map((r) => r.row) : []
  switch (d.ruleId) {
    case 'request-balance':
      return {
        target: find(req?.cells, '总计', name),
        cells: ['本年新收政府信息公开申请数量', '上年结转政府信息公开申请数量', '总计', '结转下年度继续办理'].map((row) =>
          find(req?.cells, row, name),
        ),
      }
    case 'request-outcome-sum':
      return { target: find(req?.cells, '总计', name), cells: ['总计', ...outcomeRows].map((row) => find(req?.cells, row, name)) }
    case 'request-row-total':
      return { target: find(req?.cells, name, '总计'), cells: requestColumns.map((column) => find(req?.cells, name, column)) }
    case 'appeal-sum':
      return {
        target: find(report.tables.appeals?.cells, name, '总计'),
        cells: appealColumns.map((column) => find(report.tables.appeals?.cells, name, column)),
      }
    default:
      return {
        target: find(report.tables.proactive?.cells, name, '对外公开总数量'),
        cells: ['对外公开总数量', '本年新公开数量'].map((column) => find(report.tables.proactive?.cells, name, column)),
      }
  }
}

/** Random figures for a consistent table 三 of `format`. */
const figuresArb = (format: TableFormat) => {
  const row = fc.array(fc.nat(60), { minLength: 6, maxLength: 6 })
  const outcomeCount = requestRows[format].filter((r) => r.outcome).length
  return fc.record({
    received: row,
    carried: row,
    outcomes: fc.array(fc.array(fc.nat(9), { minLength: 6, maxLength: 6 }), { minLength: outcomeCount, maxLength: outcomeCount }),
  })
}

/** A random value: blank, a count, a signed count or a decimal amount. */
const valueArb = fc.oneof(
  { arbitrary: fc.constant(null), weight: 1 },
  { arbitrary: fc.nat(3), weight: 8 },
  { arbitrary: fc.integer({ min: -20, max: 20 }), weight: 1 },
  { arbitrary: fc.double({ min: 0, max: 1000, noNaN: true, noDefaultInfinity: true }), weight: 1 },
)

/** A table 三/四/二 of random cells: any cell may be blank, missing or in another unit. */
function randomCells(
  places: [string, string][],
  seed: { value: number | null; unit: string | null; present: boolean }[],
  firstLine: number,
): Cell[] {
  return places.flatMap(([row, column], i) => {
    const s = seed[i]!
    return s.present
      ? [{ row, column, value: s.value, raw: s.value === null ? '' : String(s.value), unit: s.unit, line: firstLine + i }]
      : []
  })
}

const seedArb = (n: number) =>
  fc.array(
    fc.record({
      value: valueArb,
      unit: fc.oneof({ arbitrary: fc.constant(null), weight: 20 }, { arbitrary: fc.constantFrom('万元', '元'), weight: 1 }),
      present: fc.oneof({ arbitrary: fc.constant(true), weight: 20 }, { arbitrary: fc.constant(false), weight: 1 }),
    }),
    { minLength: n, maxLength: n },
  )

describe('rules on random tables', () => {
  it('never report a consistent table whose cells are randomly blanked', () => {
    const arb = formatArb.chain((format) =>
      fc.tuple(fc.constant(format), figuresArb(format), fc.array(fc.boolean(), { minLength: 200, maxLength: 200 })),
    )
    fc.assert(
      fc.property(arb, ([format, figures, blanks]) => {
        const report = buildReport(format, figures)
        allCells(report).forEach((cell, i) => {
          if (blanks[i]) {
            cell.value = null
            cell.raw = ''
          }
        })
        expect(check(report).filter((d) => arithmetic.has(d.ruleId))).toEqual([])
      }),
      { numRuns: 300 },
    )
  })

  it('never throw, and report only relations whose cells are all filled in, in one unit', () => {
    const arb = formatArb.chain((format) => {
      const req = requestRows[format].flatMap(({ row }) => requestColumns.map((column): [string, string] => [row, column]))
      const app = appealRows.flatMap((row) => appealColumns.map((column): [string, string] => [row, column]))
      const pro = proactiveRows[format].flatMap(({ row, columns }) => columns.map((column): [string, string] => [row, column]))
      return fc.record({
        format: fc.constant(format),
        req: seedArb(req.length),
        app: seedArb(app.length),
        pro: seedArb(pro.length),
        places: fc.constant({ req, app, pro }),
      })
    })
    const reported = new Set<string>()
    fc.assert(
      fc.property(arb, ({ format, req, app, pro, places }) => {
        const report = buildReport(format)
        report.tables = {
          proactive: { format, line: 1000, cells: randomCells(places.pro, pro, 1000) },
          requests: { format, line: 2000, cells: randomCells(places.req, req, 2000) },
          appeals: { line: 3000, cells: randomCells(places.app, app, 3000) },
        }
        for (const d of check(report).filter((d) => arithmetic.has(d.ruleId))) {
          const { target, cells } = cellsOf(report, d)
          expect(d.message).not.toMatch(/null|undefined|NaN|Infinity/)
          expect(d.line).toBe(target!.line)
          for (const cell of cells) expect(cell?.value).toEqual(expect.any(Number))
          expect(new Set(cells.map((cell) => cell!.unit)).size).toBe(1)
          reported.add(d.ruleId)
        }
      }),
      { numRuns: 300 },
    )
    expect([...reported].sort()).toEqual([...arithmetic].sort())
  })
})

describe('applicant columns', () => {
  it('are the six columns before 总计', () => {
    expect([...applicantColumns, '总计']).toEqual([...requestColumns])
  })
})
