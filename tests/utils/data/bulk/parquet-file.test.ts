/** Parquet files are written a row group at a time; read back, the groups join into the same rows. */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { asyncBufferFromFile, parquetMetadataAsync, parquetReadObjects } from 'hyparquet'
import { afterAll, describe, expect, test } from 'vitest'
import { cellTable } from '../../../../src/utils/data/bulk/cell-table.ts'
import { writeParquet } from '../../../../src/utils/data/bulk/parquet-file.ts'
import { sampleRecords } from '../../report/samples.ts'

const dir = mkdtempSync(path.join(tmpdir(), 'bulk-parquet-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

describe('writeParquet', () => {
  test('splits the rows into groups of at most rowGroupRows and loses none', async () => {
    const records = sampleRecords()
    const small = path.join(dir, 'small-groups.parquet')
    const whole = path.join(dir, 'one-group.parquet')
    const rows = await writeParquet(small, cellTable, records, { rowGroupRows: 150 })
    expect(await writeParquet(whole, cellTable, records)).toBe(rows)
    const metadata = await parquetMetadataAsync(await asyncBufferFromFile(small))
    expect(metadata.row_groups.map((g) => Number(g.num_rows))).toEqual([
      ...Array<number>(Math.floor(rows / 150)).fill(150),
      ...(rows % 150 ? [rows % 150] : []),
    ])
    const read = async (file: string) => parquetReadObjects({ file: await asyncBufferFromFile(file) })
    expect(await read(small)).toEqual(await read(whole))
    expect(rows).toBe(records.reduce((n, r) => n + cellTable.rows(r).length, 0))
  })
})
