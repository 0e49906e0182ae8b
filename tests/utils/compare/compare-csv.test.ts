/** The compare view's CSV for people, read back with a strict CSV parser, on the five sample reports. */
import { describe, expect, test } from 'vitest'
import { compareCsv, compareLeadColumns, compareMarks } from '../../../src/utils/compare/compare-csv.ts'
import { compareData } from '../../../src/utils/compare/compare-data.ts'
import { BLANK, compareTable } from '../../../src/utils/compare/compare-table.ts'
import { unwrapExcelText } from '../../../src/utils/data/excel-text.ts'
import { metricKey } from '../../../src/utils/metrics.ts'
import { csvObjects, parseCsv } from '../data/parse-csv.ts'
import { sampleRecords } from '../report/samples.ts'

const data = compareData(sampleRecords())
const xutao = '640521205000'
const jiergelete = '654202205000'
const XUTAO_2021 = '中宁县徐套乡 2021年'
const JIERGELETE_2020 = '乌苏市吉尔格勒特郭楞蒙古民族乡 2020年'

/** The CSV of a view of 徐套乡 2021 and 吉尔格勒特郭楞蒙古民族乡 2020 with these metrics. */
function viewCsv(...keys: string[]): string {
  return compareCsv(compareTable(data, { townships: [xutao, jiergelete], years: ['2021', '2020'], metrics: keys }))
}

describe('compare view CSV', () => {
  const penalty2019 = metricKey('proactive', '2019', '行政处罚', '处理决定数量')
  const penalty2021 = metricKey('proactive', '2021', '行政处罚', '本年处理决定数量')
  const fees2021 = metricKey('proactive', '2021', '行政事业性收费', '本年收费金额')
  const total = metricKey('requests', null, '总计', '自然人')
  const carried = metricKey('requests', null, '结转下年度继续办理', '法律服务机构')
  const other2021 = metricKey('requests', '2021', '其他', '总计')

  test('has Chinese headers: 表, 分组, 项目, 栏目, then one column per report as on the page; BOM and CRLF', () => {
    const text = viewCsv(penalty2021)
    expect(text.startsWith('\ufeff')).toBe(true)
    expect(parseCsv(text)[0]).toEqual([...compareLeadColumns, XUTAO_2021, JIERGELETE_2020])
  })

  test('first gives each report its code, written ="…" so that Excel keeps 12 digits', () => {
    const [codes] = csvObjects(viewCsv(penalty2021))
    expect(codes).toMatchObject({ 表: '', 项目: '区划代码' })
    expect([unwrapExcelText(codes![XUTAO_2021]!), unwrapExcelText(codes![JIERGELETE_2020]!)]).toEqual([xutao, jiergelete])
  })

  test('one row per metric with its table, group, row and column; a bare 总计 or 其他 keeps its group', () => {
    const rows = csvObjects(viewCsv(penalty2019, penalty2021, fees2021, total, other2021)).slice(1)
    expect(rows.map((r) => [r['表'], r['分组'], r['项目'], r['栏目']])).toEqual([
      ['表二（2019格式）', '第二十条第（六）项', '行政处罚', '处理决定数量'],
      ['表二（2021格式）', '第二十条第（六）项', '行政处罚', '本年处理决定数量'],
      ['表二（2021格式）', '第二十条第（八）项', '行政事业性收费', '本年收费金额'],
      ['表三', '三、本年度办理结果 （七）', '总计', '自然人'],
      ['表三（2021格式）', '三、本年度办理结果 （六）其他处理', '其他', '总计'],
    ])
  })

  test('tells 未填报 from 无此项: no cell is ever empty', () => {
    const rows = csvObjects(viewCsv(penalty2019, penalty2021, fees2021, carried)).slice(1)
    expect(rows.map((r) => [r[XUTAO_2021], r[JIERGELETE_2020]])).toEqual([
      [compareMarks.none, '0'],
      ['51', compareMarks.none],
      ['3.2 万元', compareMarks.none],
      [compareMarks.blank, '0'],
    ])
    for (const r of rows) for (const value of Object.values(r)) expect(value).not.toBe('')
  })

  test('has the numbers of the visible cells, ungrouped, in every view of all five reports', () => {
    const table = compareTable(data, {
      townships: data.reports.map((r) => r.t),
      years: ['2021', '2020'],
      metrics: [penalty2019, penalty2021, fees2021, total, carried, other2021],
    })
    const rows = parseCsv(compareCsv(table)).slice(2)
    table.rows.forEach((r, i) =>
      r.cells.forEach((c, j) => {
        const field = rows[i]![compareLeadColumns.length + j]
        if (c.text === BLANK) expect(field).toBe(c.href === null ? compareMarks.none : compareMarks.blank)
        else expect(field).toBe(c.text.replace(/,/g, ''))
      }),
    )
  })

  test('guards a formula-like heading', () => {
    const table = compareTable(data, { townships: [xutao], years: ['2021'], metrics: [penalty2021] })
    table.columns[0]!.heading = '=HYPERLINK("http://x")'
    expect(parseCsv(compareCsv(table))[0]![compareLeadColumns.length]).toBe(`'=HYPERLINK("http://x")`)
  })
})
