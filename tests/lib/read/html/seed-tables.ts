/**
 * The seed reports as material for fixtures: narrative lines from content/reports, table values
 * from the seed fixtures' expected.json, and the three tables in the official layout (rows of
 * cells with their spans) for writers of web pages and Markdown files.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

export const root = fileURLToPath(new URL('../../../..', import.meta.url))

export interface SeedCell {
  row: string
  column: string
  raw: string
}
export interface SeedTable {
  format?: string
  line: number
  cells: SeedCell[]
}
export type TableKey = 'proactive' | 'requests' | 'appeals'

/** One seed: its text lines and table values. */
export interface Seed {
  lines: string[]
  tables: Partial<Record<TableKey, SeedTable>>
}

/** A cell of a table being written: its text, spans and whether it is a header cell. */
export interface Cell {
  text: string
  colspan?: number
  rowspan?: number
  head?: boolean
}

/** Read a seed report and its expected record. */
export function seed(text: string, fixture: string): Seed {
  const record = JSON.parse(readFileSync(join(root, 'tests/fixtures', fixture, 'expected.json'), 'utf8'))
  const tables: Seed['tables'] = {}
  for (const key of ['proactive', 'requests', 'appeals'] as const) if (record.tables[key]) tables[key] = record.tables[key]
  return { lines: readFileSync(join(root, 'content/reports', text), 'utf8').split('\n'), tables }
}

/** The raw text of one value cell. */
function raw(table: SeedTable, row: string, column: string): string {
  const cell = table.cells.find((c) => c.row === row && c.column === column)
  if (!cell) throw new Error(`no cell ${row}/${column}`)
  return cell.raw
}

/** Table 二, 2019 format, as rows of cells (4 columns). */
export function proactive2019(t: SeedTable): Cell[][] {
  const blocks: Array<[string, string[], string[]]> = [
    ['第二十条第（一）项', ['本年新制作数量', '本年新公开数量', '对外公开总数量'], ['规章', '规范性文件']],
    ['第二十条第（五）项', ['上一年项目数量', '本年增/减', '处理决定数量'], ['行政许可', '其他对外管理服务事项']],
    ['第二十条第（六）项', ['上一年项目数量', '本年增/减', '处理决定数量'], ['行政处罚', '行政强制']],
    ['第二十条第（八）项', ['上一年项目数量', '本年增/减'], ['行政事业性收费']],
    ['第二十条第（九）项', ['采购项目数量', '采购总金额'], ['政府集中采购']],
  ]
  const rows: Cell[][] = []
  for (const [caption, columns, labels] of blocks) {
    const pad = (cells: Cell[]): Cell[] => (columns.length === 3 ? cells : [...cells.slice(0, -1), { ...cells.at(-1)!, colspan: 2 }])
    rows.push([{ text: caption, colspan: 4, head: true }])
    rows.push(pad([{ text: '信息内容', head: true }, ...columns.map((c) => ({ text: c, head: true }))]))
    for (const label of labels) rows.push(pad([{ text: label }, ...columns.map((c) => ({ text: raw(t, label, c) }))]))
  }
  return rows
}

/** Table 二, 2021 format, as rows of cells (4 columns; a single value spans the other three). */
export function proactive2021(t: SeedTable): Cell[][] {
  const blocks: Array<[string, string[], string[]]> = [
    ['第二十条第（一）项', ['本年制发件数', '本年废止件数', '现行有效件数'], ['规章', '行政规范性文件']],
    ['第二十条第（五）项', ['本年处理决定数量'], ['行政许可']],
    ['第二十条第（六）项', ['本年处理决定数量'], ['行政处罚', '行政强制']],
    ['第二十条第（八）项', ['本年收费金额（单位：万元）'], ['行政事业性收费']],
  ]
  const rows: Cell[][] = []
  for (const [caption, columns, labels] of blocks) {
    const span = columns.length === 1 ? 3 : undefined
    rows.push([{ text: caption, colspan: 4, head: true }])
    rows.push([{ text: '信息内容', head: true }, ...columns.map((c) => ({ text: c, head: true, colspan: span }))])
    for (const label of labels)
      rows.push([{ text: label }, ...columns.map((c) => ({ text: raw(t, label, c.replace(/（单位：.*）$/, '')), colspan: span }))])
  }
  return rows
}

/** Rows of cells as a rectangular grid of texts: a spanning cell's text once, the slots it covers ''. */
export function gridOf(rows: Cell[][]): string[][] {
  const grid: string[][] = rows.map(() => [])
  rows.forEach((cells, r) => {
    let col = 0
    for (const cell of cells) {
      while (grid[r]![col] !== undefined) col++
      for (let dr = 0; dr < (cell.rowspan ?? 1); dr++)
        for (let dc = 0; dc < (cell.colspan ?? 1); dc++) grid[r + dr]![col + dc] = dr === 0 && dc === 0 ? cell.text : ''
      col += cell.colspan ?? 1
    }
  })
  return grid.map((row) => Array.from(row, (t) => t ?? ''))
}

const requestColumns = ['自然人', '商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他', '总计']

/** Table 三 (2019 or 2021 format) as rows of cells (10 columns), in the official layout. */
export function requests(t: SeedTable): Cell[][] {
  const values = (row: string): Cell[] => requestColumns.map((c) => ({ text: raw(t, row, c) }))
  const sixth: Array<[string, string]> =
    t.format === '2021'
      ? [
          [
            '1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请',
            '申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请',
          ],
          [
            '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请',
            '申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请',
          ],
          ['3.其他', '其他'],
        ]
      : []
  const groups: Array<[string, Array<[string, string]>]> = [
    [
      '（三）不予公开',
      [
        '属于国家秘密',
        '其他法律行政法规禁止公开',
        '危及“三安全一稳定”',
        '保护第三方合法权益',
        '属于三类内部事务信息',
        '属于四类过程性信息',
        '属于行政执法案卷',
        '属于行政查询事项',
      ].map((r, i) => [`${i + 1}.${r}`, r]),
    ],
    [
      '（四）无法提供',
      ['本机关不掌握相关政府信息', '没有现成信息需要另行制作', '补正后申请内容仍不明确'].map((r, i) => [`${i + 1}.${r}`, r]),
    ],
    [
      '（五）不予处理',
      ['信访举报投诉类申请', '重复申请', '要求提供公开出版物', '无正当理由大量反复申请', '要求行政机关确认或重新出具已获取信息'].map(
        (r, i) => [`${i + 1}.${r}`, r],
      ),
    ],
  ]
  if (sixth.length) groups.push(['（六）其他处理', sixth])
  const outcomeRows = 2 + groups.reduce((n, [, items]) => n + items.length, 0) + (sixth.length ? 0 : 1) + 1
  const rows: Cell[][] = [
    [
      { text: '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）', colspan: 3, rowspan: 3, head: true },
      { text: '申请人情况', colspan: 7, head: true },
    ],
    [
      { text: '自然人', rowspan: 2, head: true },
      { text: '法人或其他组织', colspan: 5, head: true },
      { text: '总计', rowspan: 2, head: true },
    ],
    ['商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他'].map((text) => ({ text, head: true })),
    [{ text: '一、本年新收政府信息公开申请数量', colspan: 3 }, ...values('本年新收政府信息公开申请数量')],
    [{ text: '二、上年结转政府信息公开申请数量', colspan: 3 }, ...values('上年结转政府信息公开申请数量')],
    [{ text: '三、本年度办理结果', rowspan: outcomeRows }, { text: '（一）予以公开', colspan: 2 }, ...values('予以公开')],
    [{ text: '（二）部分公开（区分处理的，只计这一情形，不计其他情形）', colspan: 2 }, ...values('部分公开')],
  ]
  for (const [group, items] of groups) {
    items.forEach(([label, row], i) =>
      rows.push([...(i === 0 ? [{ text: group, rowspan: items.length }] : []), { text: label }, ...values(row)]),
    )
  }
  if (!sixth.length) rows.push([{ text: '（六）其他处理', colspan: 2 }, ...values('其他处理')])
  rows.push([{ text: '（七）总计', colspan: 2 }, ...values('总计')])
  rows.push([{ text: '四、结转下年度继续办理', colspan: 3 }, ...values('结转下年度继续办理')])
  return rows
}

const appealColumns = ['结果维持', '结果纠正', '其他结果', '尚未审结', '总计']

/** Table 四 as rows of cells (15 columns). */
export function appeals(t: SeedTable): Cell[][] {
  return [
    [
      { text: '行政复议', colspan: 5, head: true },
      { text: '行政诉讼', colspan: 10, head: true },
    ],
    [
      ...appealColumns.map((text) => ({ text, rowspan: 2, head: true })),
      { text: '未经复议直接起诉', colspan: 5, head: true },
      { text: '复议后起诉', colspan: 5, head: true },
    ],
    [...appealColumns, ...appealColumns].map((text) => ({ text, head: true })),
    ['行政复议', '未经复议直接起诉', '复议后起诉'].flatMap((row) => appealColumns.map((c) => ({ text: raw(t, row, c) }))),
  ]
}

export const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')

/** The seed's narrative lines (tables and tab rows left out) with each table's rows where it stood. */
export function article(s: Seed, paragraph: (text: string, heading: boolean) => string, tables: Partial<Record<TableKey, string>>): string {
  const ranges = (Object.keys(s.tables) as TableKey[]).map((k) => {
    const t = s.tables[k]!
    return { key: k, from: t.line, to: Math.max(...t.cells.map((c) => (c as unknown as { line: number }).line)) }
  })
  const out: string[] = []
  s.lines.forEach((line, i) => {
    const n = i + 1
    const start = ranges.find((r) => r.from === n)
    if (start && tables[start.key]) out.push(tables[start.key]!)
    if (!line.trim() || line.includes('\t') || ranges.some((r) => n >= r.from && n <= r.to)) return
    const text = line.trim().replace(/\*\*/g, '')
    out.push(paragraph(esc(text), /^[一二三四五六]、/.test(text)))
  })
  return out.join('')
}
