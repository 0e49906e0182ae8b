/**
 * The same synthetic report in every layout (tab rows, pipes, one cell per line, pipe cell
 * per line, pdftotext -layout, CRLF + full-width digits + BOM, UTF-16) yields exactly the
 * figures it was generated from.
 */
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { parseReport } from '../../../src/lib/pipeline/index.ts'
import { appealColumns, appealRows, requestColumns, requestRows } from '../../../src/lib/template/labels.ts'
import { appealValues, proactiveTable, requestTable } from './support/synthetic-report.ts'

const layouts = [
  'layout-tab-2021/input.txt',
  'encoding-gb18030/input.txt',
  'layout-pipe/input.md',
  'layout-one-cell-per-line/input.txt',
  'layout-pipe-cell-per-line/input.md',
  'layout-pdftotext/input.txt',
  'layout-single-spaces/input.txt',
  'crlf-fullwidth-bom/input.txt',
  'encoding-utf16le/input.txt',
]

/** Expected cells as "row|column=value". */
function expectedCells(): { proactive: string[]; requests: string[]; appeals: string[] } {
  const proactive = proactiveTable.flatMap(([, header, rows]) =>
    rows.flatMap(([row, values]) => values.map((v, i) => `${row}|${header[i + 1]!.replace('（单位：万元）', '')}=${Number(v)}`)),
  )
  const requests = requestRows['2021'].flatMap((r, i) => requestColumns.map((c, j) => `${r.row}|${c}=${requestTable[i]![2][j]}`))
  const appeals = appealRows.flatMap((r, i) => appealColumns.map((c, j) => `${r}|${c}=${appealValues[i * 5 + j]}`))
  return { proactive, requests, appeals }
}

describe('layouts', () => {
  for (const path of layouts) {
    it(`reads every figure of ${path.split('/')[0]}`, async () => {
      const record = await parseReport(readFileSync(`tests/fixtures/${path}`), path)
      const show = (cells: { row: string; column: string; value: number | null }[] | undefined) =>
        (cells ?? []).map((c) => `${c.row}|${c.column}=${c.value}`)
      expect(record.tables.proactive?.format).toBe('2021')
      expect(record.tables.requests?.format).toBe('2021')
      expect(show(record.tables.proactive?.cells)).toEqual(expectedCells().proactive)
      expect(show(record.tables.requests?.cells)).toEqual(expectedCells().requests)
      expect(show(record.tables.appeals?.cells)).toEqual(expectedCells().appeals)
      expect(record.tables.proactive!.cells.find((c) => c.row === '行政事业性收费')!.unit).toBe('万元')
      expect(record.organ.county).toBe('集安市')
      expect(record.diagnostics.filter((d) => d.severity !== 'info')).toEqual([])
    })
  }
})
