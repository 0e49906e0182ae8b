/** A report's own long CSV: the cells table's rows without the columns that are the same on every row of one report. */
import { describe, expect, test } from 'vitest'
import { cellsCsv, csvColumns, reportCellsCsv, reportCsvColumns, reportLevelColumns } from '../../../src/utils/data/cells-csv.ts'
import { sampleRecords } from '../report/samples.ts'
import { csvObjects, parseCsv } from './parse-csv.ts'

describe('reportCellsCsv', () => {
  test('has the columns of the cells table, in order, less the report-level ones; report_id stays to join', () => {
    expect(reportCsvColumns).toEqual(csvColumns.filter((c) => !(reportLevelColumns as readonly string[]).includes(c)))
    expect(reportCsvColumns[0]).toBe('report_id')
    expect(reportCsvColumns).toEqual([
      'report_id',
      'table',
      'format',
      'row',
      'column',
      'value',
      'raw',
      'unit',
      'source_line',
      'corrected_from',
      'correction_reason',
    ])
  })

  test('is, row for row, the cells table of the bulk files restricted to its columns; the left-out columns are constant', () => {
    for (const record of sampleRecords()) {
      const text = reportCellsCsv(record)
      expect(text.startsWith('\ufeff' + reportCsvColumns.join(',') + '\r\n')).toBe(true)
      const own = csvObjects(text)
      const full = csvObjects(cellsCsv([record]))
      expect(own).toEqual(full.map((row) => Object.fromEntries(reportCsvColumns.map((c) => [c, row[c]]))))
      for (const column of reportLevelColumns) expect(new Set(full.map((row) => row[column])).size, column).toBe(1)
    }
  })

  test('is less than half the bytes of the full rows', () => {
    for (const record of sampleRecords()) {
      const own = Buffer.byteLength(reportCellsCsv(record))
      const full = Buffer.byteLength(cellsCsv([record]))
      expect(own / full, record.id).toBeLessThan(0.5)
      expect(parseCsv(reportCellsCsv(record)).length).toBe(parseCsv(cellsCsv([record])).length)
    }
  })
})
