/**
 * The bulk files as a researcher reads them: Parquet read back with a real reader (hyparquet),
 * gzip CSV unpacked with zlib, both compared row by row with the per-report CSV of the same
 * reports; the manifest's sizes, checksums and row counts checked against the files on disk.
 */
import { createHash } from 'node:crypto'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { gunzipSync } from 'node:zlib'
import { asyncBufferFromFile, parquetMetadataAsync, parquetReadObjects } from 'hyparquet'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import type { ReportRecord } from '../../../../src/lib/types.ts'
import { cellsCsv, csvColumns, csvLine } from '../../../../src/utils/data/cells-csv.ts'
import type { BulkManifest } from '../../../../src/utils/data/bulk/bulk-manifest.ts'
import { bulkTables, writeBulkFiles } from '../../../../src/utils/data/bulk/write-bulk-files.ts'
import { bulkTestRecords } from './support.ts'

const records = bulkTestRecords()
let dir: string
let manifest: BulkManifest
const progress: [number, number][] = []

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'bulk-test-'))
  manifest = await writeBulkFiles(records, dir, (done, total) => progress.push([done, total]))
})

afterAll(() => rmSync(dir, { recursive: true, force: true }))

/** The data lines of a CSV document made by cellsCsv (BOM and header left out). */
const dataLines = (csv: string): string[] => csv.slice(1).split('\r\n').slice(1, -1)

/** The rows of a Parquet file, as objects. */
async function parquetRows(file: string): Promise<Record<string, unknown>[]> {
  return parquetReadObjects({ file: await asyncBufferFromFile(path.join(dir, file)) })
}

describe('writeBulkFiles', () => {
  test('writes four files per partition and lists them in the manifest, in order', () => {
    expect(manifest.files.map((f) => f.path)).toEqual(
      ['14/2021', '22/2021', '62/2020', '63/2021', '64/2021', '65/2020', 'unknown/2022'].flatMap((p) => [
        `${p}/cells.csv.gz`,
        `${p}/cells.parquet`,
        `${p}/reports.csv.gz`,
        `${p}/reports.parquet`,
      ]),
    )
    expect(manifest.files[0]).toMatchObject({ table: 'cells', format: 'csv.gz', province: { code: '14', name: '山西省' }, year: 2021 })
    expect(manifest.files.at(-1)).toMatchObject({ table: 'reports', format: 'parquet', province: { code: null, name: null }, year: 2022 })
    expect(progress.at(-1)).toEqual([records.length, records.length])
  })

  test('every file has the size and SHA-256 the manifest gives', () => {
    for (const f of manifest.files) {
      const bytes = readFileSync(path.join(dir, f.path))
      expect(bytes.length, f.path).toBe(f.bytes)
      expect(createHash('sha256').update(bytes).digest('hex'), f.path).toBe(f.sha256)
    }
  })

  test('totals count reports and cells once, and bytes of every file', () => {
    const cells = records.reduce((n, r) => n + dataLines(cellsCsv([r])).length, 0)
    expect(manifest.totals).toMatchObject({ partitions: 7, reports: records.length, cells, files: 28 })
    expect(manifest.totals.bytes).toBe(manifest.files.reduce((n, f) => n + f.bytes, 0))
    expect(manifest.totals.bytesByFormat['csv.gz'] + manifest.totals.bytesByFormat.parquet).toBe(manifest.totals.bytes)
    expect(Object.keys(manifest.tables)).toEqual(bulkTables.map((t) => t.name))
  })

  test('the gzip CSV of cells is, line for line, the per-report CSVs of its reports (BOM and header once)', () => {
    for (const f of manifest.files.filter((f) => f.table === 'cells' && f.format === 'csv.gz')) {
      const text = gunzipSync(readFileSync(path.join(dir, f.path))).toString('utf8')
      expect(text.startsWith('\ufeff' + csvColumns.join(',') + '\r\n'), f.path).toBe(true)
      const expected = partitionRecords(f.path).flatMap((r) => dataLines(cellsCsv([r])))
      expect(dataLines(text), f.path).toEqual(expected)
      expect(f.rows).toBe(expected.length)
    }
  })

  test('the Parquet file of cells holds the same rows, typed', async () => {
    for (const f of manifest.files.filter((f) => f.table === 'cells' && f.format === 'parquet')) {
      const rows = await parquetRows(f.path)
      const expected = partitionRecords(f.path).flatMap((r) => dataLines(cellsCsv([r])))
      expect(
        rows.map((row) => csvLine(csvColumns.map((c) => row[c] as string | number | null))),
        f.path,
      ).toEqual(expected)
      expect(f.rows).toBe(rows.length)
    }
    const [xutao] = (await parquetRows('64/2021/cells.parquet')).filter((r) => r.row === '行政处罚' && r.table === '表二')
    expect(xutao).toMatchObject({ code: '640521205000', year: 2021, value: 51, source_line: 51, corrected_from: null })
  })

  test('keeps corrections: the value read from the source and the reason', async () => {
    const rows = (await parquetRows('22/2021/cells.parquet')).filter((r) => r.correction_reason !== null)
    expect(rows.map((r) => [r.row, r.value, r.corrected_from])).toEqual([
      ['行政处罚', 51, 510],
      ['予以公开', 6, null],
    ])
  })

  test('declares codes as text, years and lines as integers, values as doubles', async () => {
    const metadata = await parquetMetadataAsync(await asyncBufferFromFile(path.join(dir, '64/2021/cells.parquet')))
    const types = Object.fromEntries(metadata.schema.slice(1).map((e) => [e.name, [e.type, e.converted_type ?? null, e.repetition_type]]))
    expect(types.code).toEqual(['BYTE_ARRAY', 'UTF8', 'OPTIONAL'])
    expect(types.year).toEqual(['INT32', null, 'OPTIONAL'])
    expect(types.source_line).toEqual(['INT32', null, 'REQUIRED'])
    expect(types.value).toEqual(['DOUBLE', null, 'OPTIONAL'])
  })

  test('a partition without cells has valid empty cells files', async () => {
    expect(await parquetRows('unknown/2022/cells.parquet')).toEqual([])
    expect(gunzipSync(readFileSync(path.join(dir, 'unknown/2022/cells.csv.gz'))).toString('utf8')).toBe(
      '\ufeff' + csvColumns.join(',') + '\r\n',
    )
  })

  test('the reports table has one row per report, the same in CSV and Parquet', async () => {
    const rows = await parquetRows('64/2021/reports.parquet')
    expect(rows).toHaveLength(1)
    const xutao = records.find((r) => r.id === '640521205000-2021')!
    expect(rows[0]).toMatchObject({
      report_id: xutao.id,
      organ: xutao.organ.name,
      code: '640521205000',
      province_code: '64',
      year: 2021,
      source_sha256: xutao.source.sha256,
      proactive_cells: xutao.tables.proactive!.cells.length,
      warnings: xutao.diagnostics.filter((d) => d.severity === 'warning').length,
    })
    const csv = gunzipSync(readFileSync(path.join(dir, '64/2021/reports.csv.gz'))).toString('utf8')
    const [header, line] = csv.slice(1).split('\r\n')
    const names = bulkTables[1]!.columns.map((c) => c.name)
    expect(header).toBe(names.join(','))
    expect(line).toBe(csvLine(names.map((n) => rows[0]![n] as string | number | null)))
  })

  test('writes a publication date as a Parquet DATE', async () => {
    const dated = records.find((r) => r.publishedOn)
    expect(dated, 'a sample with a publication date').toBeDefined()
    const key = manifest.files.find((f) => f.table === 'reports' && f.format === 'parquet' && partitionRecords(f.path).includes(dated!))!
    const row = (await parquetRows(key.path)).find((r) => r.report_id === dated!.id)!
    expect((row.published_on as Date).toISOString().slice(0, 10)).toBe(dated!.publishedOn)
  })
})

/** The records written to the partition of `file`, in file order (by id). */
function partitionRecords(file: string): ReportRecord[] {
  const folder = file.slice(0, file.lastIndexOf('/'))
  return records.filter((r) => partitionPathOf(r) === folder).sort((a, b) => (a.id < b.id ? -1 : 1))
}

/** The partition folder of a record, as the manifest writes it. */
function partitionPathOf(r: ReportRecord): string {
  const code = r.organ.code?.slice(0, 2) ?? 'unknown'
  return `${code}/${r.year ?? 'unknown'}`
}
