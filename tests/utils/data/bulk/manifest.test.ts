/** The manifest's totals, its listing by province for the data page, sizes for people, and the read examples. */
import { describe, expect, test } from 'vitest'
import { bulkManifest, type BulkFile } from '../../../../src/utils/data/bulk/bulk-manifest.ts'
import { bulkSummaryLine, formatBytes, provinceListings } from '../../../../src/utils/data/bulk/manifest-groups.ts'
import { readExamples } from '../../../../src/utils/data/bulk/read-examples.ts'
import { bulkTables } from '../../../../src/utils/data/bulk/write-bulk-files.ts'

/** The four files of a partition with made-up rows and sizes. */
function partitionFiles(
  path: string,
  code: string | null,
  name: string | null,
  year: number | null,
  reports: number,
  cells: number,
): BulkFile[] {
  return (['cells', 'reports'] as const).flatMap((table) =>
    (['csv.gz', 'parquet'] as const).map((format) => ({
      path: `${path}/${table}.${format}`,
      table,
      format,
      province: { code, name },
      year,
      rows: table === 'cells' ? cells : reports,
      bytes: (table === 'cells' ? 1000 : 100) + (format === 'parquet' ? 1 : 0),
      sha256: '0'.repeat(64),
    })),
  )
}

const files = [
  ...partitionFiles('64/2020', '64', '宁夏回族自治区', 2020, 2, 300),
  ...partitionFiles('64/2021', '64', '宁夏回族自治区', 2021, 3, 450),
  ...partitionFiles('unknown/2021', null, null, 2021, 1, 0),
]

describe('bulkManifest', () => {
  test('counts partitions, reports and cells once each, and bytes of every file by format', () => {
    const m = bulkManifest(files, bulkTables)
    expect(m.version).toBe(1)
    expect(m.totals).toEqual({
      partitions: 3,
      reports: 6,
      cells: 750,
      files: 12,
      bytes: 3 * (1000 + 1001 + 100 + 101),
      bytesByFormat: { 'csv.gz': 3 * 1100, parquet: 3 * 1102 },
    })
    expect(m.tables.cells.map((c) => c.name)).toContain('corrected_from')
    expect(m.tables.reports.find((c) => c.name === 'published_on')).toEqual({ name: 'published_on', type: 'DATE', required: false })
  })

  test('merges shards: the manifest of two manifests’ files is the manifest of all of them', () => {
    const a = bulkManifest(files.slice(0, 4), bulkTables)
    const b = bulkManifest(files.slice(4), bulkTables)
    expect(bulkManifest([...a.files, ...b.files], bulkTables)).toEqual(bulkManifest(files, bulkTables))
  })
})

describe('provinceListings', () => {
  test('groups files by province and year, unknown province named, with counts and bytes', () => {
    const listings = provinceListings({ files })
    expect(listings.map((p) => [p.code, p.name, p.reports, p.cells, p.bytes])).toEqual([
      ['64', '宁夏回族自治区', 5, 750, 2 * 2202],
      [null, '未识别的省份', 1, 0, 2202],
    ])
    expect(listings[0]!.partitions.map((p) => [p.path, p.year, p.reports, p.cells, p.files.length])).toEqual([
      ['64/2020', 2020, 2, 300, 4],
      ['64/2021', 2021, 3, 450, 4],
    ])
  })
})

describe('bulkSummaryLine', () => {
  test('says how many reports became how many partitions and files, their size and the time', () => {
    expect(bulkSummaryLine(bulkManifest(files, bulkTables), 12_345)).toBe(
      '批量数据：6 份报告写成 3 个分区、12 个文件（6.5 KB），用时 12.3 秒',
    )
  })
})

describe('formatBytes', () => {
  test('uses binary units with one decimal', () => {
    expect([0, 812, 1024, 36_044, 4_300_000, 1_400_000_000].map(formatBytes)).toEqual([
      '0 B',
      '812 B',
      '1.0 KB',
      '35.2 KB',
      '4.1 MB',
      '1.3 GB',
    ])
  })
})

describe('readExamples', () => {
  test('gives pandas, DuckDB and R three lines each that read the given file', () => {
    const url = 'https://example.gov.cn/gk/nianbao/data/bulk/64/2021/cells.parquet'
    const examples = readExamples(url)
    expect(examples.map((e) => e.tool)).toEqual(['pandas', 'DuckDB', 'arrow'])
    for (const e of examples) {
      expect(e.code.split('\n'), e.tool).toHaveLength(3)
      expect(e.code, e.tool).toContain(`"${url}"`)
      expect(e.code, e.tool).toContain('行政处罚')
    }
  })
})
