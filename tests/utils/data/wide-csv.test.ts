/** The Excel-friendly CSV of a report, read back with a strict CSV parser, on the sample reports and engine fixtures. */
import { readFileSync } from 'node:fs'
import { describe, expect, test } from 'vitest'
import { appealColumns, proactiveRows, requestColumns } from '../../../src/lib/template/labels.ts'
import type { ReportRecord } from '../../../src/lib/types.ts'
import { cellsCsv } from '../../../src/utils/data/cells-csv.ts'
import { unwrapExcelText } from '../../../src/utils/data/excel-text.ts'
import { cellMarks, wideCsv, wideCsvFileName, wideCsvPath, wideLeadColumns, wideTailColumns } from '../../../src/utils/data/wide-csv.ts'
import { sampleRecord, sampleRecords } from '../report/samples.ts'
import { csvObjects, parseCsv } from './parse-csv.ts'

const XUTAO = '640521205000-2021'
const DUIZHEN = '141181100000-2021'
const JIERGELETE = '654202205000-2020'

/** An engine fixture's expected record. */
const fixture = (name: string): ReportRecord => JSON.parse(readFileSync(`tests/fixtures/${name}/expected.json`, 'utf8')) as ReportRecord

/** The rows of a record's wide CSV, keyed by header. */
const rowsOf = (record: ReportRecord): Record<string, string>[] => csvObjects(wideCsv(record))

/** The one row of `item` (its canonical label) in table `table`. */
function rowOf(rows: Record<string, string>[], table: string, item: string): Record<string, string> {
  const found = rows.filter((r) => r['表'] === table && r['项目'] === item)
  expect(found, `${table} ${item}`).toHaveLength(1)
  return found[0]!
}

describe('the Excel-friendly CSV of 徐套乡 2021', () => {
  const text = wideCsv(sampleRecord(XUTAO))
  const rows = csvObjects(text)

  test('is UTF-8 with a BOM and CRLF line ends, and parses with a strict CSV parser', () => {
    expect(text.startsWith('\ufeff')).toBe(true)
    expect(text.endsWith('\r\n')).toBe(true)
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/)
    const records = parseCsv(text)
    expect(new Set(records.map((r) => r.length))).toEqual(new Set([records[0]!.length]))
  })

  test('has Chinese headers: lead columns, the value columns of its 2021 tables (总计 once, last), tail columns', () => {
    const [header] = parseCsv(text)
    expect(header).toEqual([
      ...wideLeadColumns,
      ...['本年制发件数', '本年废止件数', '现行有效件数', '本年处理决定数量', '本年收费金额'],
      ...requestColumns.filter((c) => c !== '总计'),
      ...appealColumns.filter((c) => c !== '总计'),
      '总计',
      ...wideTailColumns,
    ])
    for (const h of header!) expect(h).toMatch(/^\p{Script=Han}/u)
  })

  test('writes the code as ="640521205000" on every row, which unwraps to the 12 digits', () => {
    expect(text).toContain('"=""640521205000"""')
    for (const r of rows) expect(unwrapExcelText(r['区划代码']!)).toBe('640521205000')
  })

  test('has one row per table row (6 + 25 + 3) and 行政处罚 = 51 on its own row, with its line', () => {
    expect(rows).toHaveLength(6 + 25 + 3)
    expect(rowOf(rows, '表二', '行政处罚')).toMatchObject({
      县: '中宁县',
      乡镇: '徐套乡',
      年度: '2021',
      分组: '第二十条第（六）项',
      本年处理决定数量: '51',
      本年制发件数: '',
      自然人: '',
      原文行: '51',
      备注: '',
    })
  })

  test('keeps the group of a bare 总计 or 其他 row', () => {
    expect(rowOf(rows, '表三', '总计')['分组']).toBe('三、本年度办理结果 （七）')
    expect(rowOf(rows, '表三', '其他')['分组']).toBe('三、本年度办理结果 （六）其他处理')
    expect(rowOf(rows, '表三', '属于国家秘密')['分组']).toBe('三、本年度办理结果 （三）不予公开')
    expect(rowOf(rows, '表三', '本年新收政府信息公开申请数量')['分组']).toBe('一')
    expect(rowOf(rows, '表四', '复议后起诉')).toMatchObject({ 分组: '行政诉讼', 结果维持: '0', 总计: '0', 自然人: '' })
  })

  test('writes 未填报 for a blank cell, so that an empty cell only ever means 无此项', () => {
    const carried = rowOf(rows, '表三', '结转下年度继续办理')
    expect(carried['法律服务机构']).toBe(cellMarks.blank)
    expect(carried['总计']).toBe('0')
    const valueColumns = parseCsv(text)[0]!.slice(wideLeadColumns.length, -wideTailColumns.length)
    const own: Record<string, readonly string[]> = {
      表二: proactiveRows['2021'].flatMap((r) => r.columns),
      表三: requestColumns,
      表四: appealColumns,
    }
    for (const r of rows)
      for (const column of valueColumns) {
        const inRow = r['表'] === '表二' ? proactiveRows['2021'].find((p) => p.row === r['项目'])!.columns : own[r['表']!]!
        expect(r[column] === '', `${r['项目']} ${column}`).toBe(!inRow.includes(column))
      }
  })

  test('writes the unit of a money row in 单位', () => {
    expect(rowOf(rows, '表二', '行政事业性收费')).toMatchObject({ 本年收费金额: '3.2', 单位: '万元' })
  })
})

describe('the Excel-friendly CSV of other reports', () => {
  test('has every figure of the long CSV at its row and column, in every sample report', () => {
    for (const record of sampleRecords()) {
      const wide = rowsOf(record)
      const long = csvObjects(cellsCsv([record]))
      expect(long.length, record.id).toBeGreaterThan(0)
      for (const cell of long) {
        const row = rowOf(wide, cell['table']!, cell['row']!)
        expect(row[cell['column']!], `${record.id} ${cell['row']} ${cell['column']}`).toEqual(
          cell['value'] === '' ? expect.stringMatching(/^(未填报|无法确定)$/) : cell['value'],
        )
      }
    }
  })

  test('a 2019-format report has the 2019 columns and the 2019 row （六）其他处理', () => {
    const record = sampleRecord(JIERGELETE)
    expect(record.tables.proactive?.format).toBe('2019')
    const [header] = parseCsv(wideCsv(record))
    expect(header).toEqual(expect.arrayContaining(['本年新制作数量', '上一年项目数量', '本年增/减', '采购总金额']))
    expect(header).not.toContain('本年制发件数')
    const rows = rowsOf(record)
    expect(rowOf(rows, '表三', '其他处理')['分组']).toBe('三、本年度办理结果 （六）')
    expect(rowOf(rows, '表二', '行政事业性收费')['处理决定数量']).toBe('')
  })

  test('a table the report does not have is one row that says so', () => {
    const rows = rowsOf(sampleRecord(DUIZHEN))
    const missing = rows.filter((r) => r['表'] === '表二')
    expect(missing).toHaveLength(1)
    expect(missing[0]).toMatchObject({ 项目: '（未找到此表）', 分组: '', 原文行: '' })
    expect(missing[0]!['备注']).toMatch(/^未找到表二/)
    expect(rows.filter((r) => r['表'] === '表三')).toHaveLength(25)
  })

  test('says 无法确定 for a cell written but not read, with the reason once in 备注', () => {
    const rows = rowsOf(fixture('row-cell-missing'))
    const row = rowOf(rows, '表三', '予以公开')
    for (const column of requestColumns) expect(row[column]).toBe(cellMarks.uncertain)
    expect(row['备注']).toMatch(
      /^自然人、商业企业、科研机构、社会公益组织、法律服务机构、其他、总计无法确定：表三「（一）予以公开」行有 6 个单元格/,
    )
    expect(row['备注']!.match(/无法确定：/g)).toHaveLength(1)
  })

  test('says 未识别 for a template cell the engine did not find', () => {
    const record = structuredClone(sampleRecord(XUTAO))
    record.tables.proactive!.cells = record.tables.proactive!.cells.filter((c) => c.row !== '行政处罚')
    const row = rowOf(rowsOf(record), '表二', '行政处罚')
    expect(row).toMatchObject({ 本年处理决定数量: cellMarks.absent, 原文行: '' })
  })

  test('gives a corrected value and notes the original reading and the reason', () => {
    const rows = rowsOf(fixture('corrections'))
    expect(rowOf(rows, '表二', '行政处罚')).toMatchObject({
      本年处理决定数量: '51',
      备注: '本年处理决定数量已更正，原文读作 510（原文误印为 510，以县司法局行政执法统计为准）',
    })
    expect(rowOf(rows, '表三', '予以公开')['备注']).toBe('自然人已更正，原文读作 空（原文此格空白；县政务公开办公室存档的纸质原件为 6）')
  })

  test('gives the lines of a row whose cells stand on several lines as a range', () => {
    const record = structuredClone(sampleRecord(XUTAO))
    record.tables.appeals!.cells.forEach((c, i) => (c.line = 94 + (i % 5)))
    expect(rowOf(rowsOf(record), '表四', '行政复议')['原文行']).toBe('94–98')
  })

  test('guards formula-like text and leaves the code empty when it is not digits', () => {
    const record = structuredClone(sampleRecord(XUTAO))
    record.organ.township = '=HYPERLINK("http://x","徐套乡")'
    record.organ.county = '@SUM(A1)'
    record.organ.code = '64052120500X'
    const rows = rowsOf(record)
    expect(rows[0]).toMatchObject({ 区划代码: '', 乡镇: `'=HYPERLINK("http://x","徐套乡")`, 县: "'@SUM(A1)" })
    expect(wideCsv(record)).not.toMatch(/(^|,)"?[=+@]/m)
  })

  test('is offered under a Chinese file name and published at /data/tables/<id>.csv', () => {
    expect(wideCsvFileName(sampleRecord(XUTAO))).toBe('中宁县徐套乡2021年统计表.csv')
    expect(wideCsvFileName({ id: 'x1-2021', organ: { ...sampleRecord(XUTAO).organ, township: null, county: null }, year: 2021 })).toBe(
      'x1-2021-统计表.csv',
    )
    expect(wideCsvPath(XUTAO)).toBe(`/data/tables/${XUTAO}.csv`)
  })
})
