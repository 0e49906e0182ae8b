/**
 * Writes the input fixtures of the PDF / Word / web-page readers into tests/fixtures/<case>/input.<ext>,
 * built from the five seed reports (content/reports/) and the figures the engine reads from them.
 *
 * Run: npx tsx tests/support/make-office-fixtures.ts   (the produced files are committed; re-running rewrites them)
 * Needs: LibreOffice (`soffice`), poppler-utils (`pdftotext`, `pdftoppm`), qpdf (`apt-get install -y qpdf`).
 *
 * Word files are written with the `docx` package (fixed clock, so .docx bytes are reproducible), PDFs and .doc
 * files by LibreOffice from those .docx (PDF dates, /ID and /DocChecksum are then overwritten in place with fixed
 * values of the same length). With the same LibreOffice, poppler and fonts (Debian 12: LibreOffice 7.4,
 * fonts-noto-cjk) every file comes out byte-identical on re-runs; the AES-256 encrypted PDF has random salts,
 * so the committed one is kept when it decrypts to the same PDF. Web pages are hand-written templates filled
 * with a seed's figures. The engine (src/lib) supplies the figures: the script stops if it cannot read a seed's tables.
 */
import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { deflateSync } from 'node:zlib'
import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  Header,
  LineRuleType,
  Packer,
  PageNumber,
  Paragraph,
  ShadingType,
  Table,
  TableBorders,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlignTable,
  VerticalMergeType,
  WidthType,
} from 'docx'
import { parseReport } from '../../src/lib/index.ts'
import { proactiveRows, requestColumns, requestRows, appealRows, appealColumns } from '../../src/lib/template/labels.ts'
import type { ReportRecord, TableFormat } from '../../src/lib/types.ts'
import { gb18030 } from './gb18030.ts'
import { pinPdf, soffice } from '../../scripts/corpus/render/office.ts'

// Zip entry times are written in local time: fix the zone so the bytes do not depend on the machine.
process.env.TZ = 'UTC'

const root = fileURLToPath(new URL('../..', import.meta.url))
const outRoot = join(root, 'tests', 'fixtures')
const seedDir = join(root, 'content', 'reports')

/** Seed number → file in content/reports (names as the seed ids in /work/shared/seeds). */
const seedFiles: Record<string, string> = {
  '000': '互助县哈拉直沟乡-2021.txt',
  '001': '东乡县凤山乡-2020.txt',
  '002': '孝义市兑镇镇-2021.txt',
  '003': '乌苏市吉尔格勒特郭楞蒙古民族乡-2020.txt',
  '004': '中宁县徐套乡-2021.txt',
}

/** Fixed "saved on" times of the Word files (core properties and zip entries): the report's own dates. */
const seedDates: Record<string, string> = {
  '000': '2022-01-04T08:30:00Z',
  '001': '2021-01-22T08:30:00Z',
  '002': '2022-01-20T08:30:00Z',
  '003': '2021-01-25T08:30:00Z',
  '004': '2022-01-18T08:30:00Z',
}

// ---------------------------------------------------------------------------------------------------------------
// Report model: the seed's paragraphs (outside the tables) and its three tables as grids with merged cells.
// ---------------------------------------------------------------------------------------------------------------

type TableName = 'proactive' | 'requests' | 'appeals'

interface Inline {
  text: string
  bold?: boolean
}

type BlockKind = 'redhead' | 'docno' | 'signer' | 'title' | 'heading' | 'subheading' | 'para' | 'sign'

type Block = { kind: BlockKind; runs: Inline[] } | { kind: 'table'; table: TableName }

/** One cell of a table grid; `span` columns wide; `vmerge` as Word's vMerge (restart / continue). */
interface GridCell {
  text: string
  span?: number
  vmerge?: 'restart' | 'continue'
  role: 'caption' | 'head' | 'label' | 'value'
}

interface Grid {
  name: TableName
  /** Column widths in twips (sum = text width). */
  widths: number[]
  rows: GridCell[][]
  /** How many leading rows are the column header. */
  headerRows: number
  /** Font size in half-points. */
  size: number
}

interface Report {
  seed: string
  record: ReportRecord
  blocks: Block[]
  grids: Partial<Record<TableName, Grid>>
  /** The organ as the report names itself (running headers, web-page chrome). */
  organ: string
  date: string
}

/** Values of a table by "row|column" (raw text as written), after any overrides. */
type Values = Map<string, string>

const key = (row: string, column: string) => `${row}|${column}`

const headingRe = /^[一二三四五六]、/
const subheadingRe = /^[（(][一二三四五六七八九十]+[)）]/
const listStartRe = /^(\d+[、.．]|[（(][一二三四五六七八九十]+[)）]|[一二三四五六七八九十]+、)/

/** Split markdown-ish seed text into runs: **bold**, <http://autolinks>. */
function inlineRuns(text: string): Inline[] {
  const runs: Inline[] = []
  const parts = text.replace(/<(https?:\/\/[^>]+)>/g, '$1').split(/\*\*/)
  parts.forEach((part, i) => {
    if (part) runs.push(i % 2 === 1 ? { text: part, bold: true } : { text: part })
  })
  return runs
}

const plain = (runs: Inline[]) => runs.map((r) => r.text).join('')

/** Lines [from, to] (1-based) of each table in the seed text. */
function tableRanges(record: ReportRecord): Array<{ name: TableName; from: number; to: number }> {
  const out: Array<{ name: TableName; from: number; to: number }> = []
  for (const name of ['proactive', 'requests', 'appeals'] as const) {
    const table = record.tables[name]
    if (!table) continue
    const to = Math.max(table.line, ...table.cells.map((c) => c.line))
    out.push({ name, from: table.line, to })
  }
  return out.sort((a, b) => a.from - b.from)
}

/** The seed's paragraphs and tables in order, with page-break splits of paragraphs joined again. */
function blocksOf(lines: string[], record: ReportRecord, textOverrides: Record<number, string> = {}): Block[] {
  const ranges = tableRanges(record)
  type Item = { text: string; line: number } | { table: TableName }
  const items: Item[] = []
  for (let i = 1; i <= lines.length; i++) {
    const range = ranges.find((r) => r.from === i)
    if (range) {
      items.push({ table: range.name })
      i = range.to
      continue
    }
    let text = (textOverrides[i] ?? lines[i - 1]).trim()
    text = text.replace(/^-\s+/, '') // markdown list items ("- 1、行政法规…")
    if (text === '' || text === '-') continue
    items.push({ text, line: i })
  }
  // Join paragraphs that a page break split in the source (line ends mid-sentence, next is not a new item).
  const joined: Item[] = []
  for (const item of items) {
    const prev = joined[joined.length - 1]
    if (
      prev &&
      'text' in prev &&
      'text' in item &&
      prev.text.length >= 20 &&
      !/[。：:；;！!？?）)]$/.test(prev.text) &&
      !headingRe.test(prev.text) &&
      !listStartRe.test(item.text) &&
      !/年度\s*报\s*告$/.test(prev.text)
    ) {
      prev.text += item.text
      continue
    }
    joined.push('text' in item ? { ...item } : item)
  }
  const blocks: Block[] = []
  let seenBody = false
  const lastHeading = joined.reduce((at, item, i) => ('text' in item && headingRe.test(item.text) ? i : at), -1)
  joined.forEach((item, i) => {
    if (!('text' in item)) {
      blocks.push({ kind: 'table', table: item.table })
      return
    }
    const text = item.text
    const runs = inlineRuns(text)
    let kind: BlockKind = 'para'
    if (headingRe.test(text) && text.length <= 30 && !text.includes('。')) {
      kind = 'heading'
      seenBody = true
    } else if (!seenBody) {
      if (/(文件|便函)$/.test(text)) kind = 'redhead'
      else if (/^.{0,8}[〔[]\d{4}[〕\]]\d+号$/.test(text)) kind = 'docno'
      else if (/^签发人/.test(text)) kind = 'signer'
      else if (text.length < 45 && !text.includes('。')) kind = 'title'
      else seenBody = true
    } else if (subheadingRe.test(text) && text.length <= 32) kind = 'subheading'
    else if (
      i > lastHeading &&
      text.length <= 20 &&
      (/^\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日/.test(text) || /(政府|办公室)$/.test(text))
    )
      kind = 'sign'
    blocks.push({ kind, runs })
  })
  return blocks
}

/** Tab-separated cells of a seed line, whitespace-trimmed. */
const cellsOf = (lines: string[], line: number) => (lines[line - 1] ?? '').split('\t').map((c) => c.trim())
const squeeze = (s: string) => s.replace(/\s+/g, '')
const valueLike = (s: string) => /^([+-]?\d+(\.\d+)?(\s*万?元)?|无|-|\/|—)$/.test(s)

/** Values of one table of the record (raw as written), keyed by row|column. */
function valuesOf(record: ReportRecord, name: TableName): Values {
  const out: Values = new Map()
  for (const c of record.tables[name]?.cells ?? []) out.set(key(c.row, c.column), c.raw)
  return out
}

// Table 二 ----------------------------------------------------------------------------------------------------

function proactiveGrid(format: TableFormat, values: Values, captions: string[]): Grid {
  const rows: GridCell[][] = []
  const blocks: Array<{ item: string; columns: readonly string[]; rows: string[] }> = []
  for (const r of proactiveRows[format]) {
    const last = blocks[blocks.length - 1]
    if (last && last.item === r.item) last.rows.push(r.row)
    else blocks.push({ item: r.item, columns: r.columns, rows: [r.row] })
  }
  blocks.forEach((block, b) => {
    rows.push([{ text: captions[b] ?? block.item, span: 4, role: 'caption' }])
    const header = (c: string) => (c === '本年收费金额' ? '本年收费金额（单位：万元）' : c)
    const spans = block.columns.length === 3 ? [1, 1, 1] : block.columns.length === 2 ? [1, 2] : [3]
    rows.push([
      { text: '信息内容', role: 'head' },
      ...block.columns.map((c, i) => ({ text: header(c), span: spans[i], role: 'head' as const })),
    ])
    for (const row of block.rows) {
      rows.push([
        { text: row, role: 'label' },
        ...block.columns.map((c, i) => ({ text: values.get(key(row, c)) ?? '', span: spans[i], role: 'value' as const })),
      ])
    }
  })
  return { name: 'proactive', widths: [3414, 1810, 1810, 1810], rows, headerRows: 0, size: 21 }
}

// Table 三 ----------------------------------------------------------------------------------------------------

interface RequestLabels {
  corner: string
  columns: Record<string, string>
  /** Text of each value row's own label (一、…, （一）…, 1.…), by canonical row. */
  rows: Map<string, string>
  /** Group labels: 三、本年度办理结果 and （三）（四）（五）（六）. */
  groups: Map<string, string>
}

const requestGroupCanon: Record<string, string> = {
  三: '三、本年度办理结果',
  '（三）不予公开': '（三）不予公开',
  '（四）无法提供': '（四）无法提供',
  '（五）不予处理': '（五）不予处理',
  '（六）其他处理': '（六）其他处理',
}

/** Canonical label text of a table 三 row with the template's numbering. */
function requestRowCanon(format: TableFormat, row: string): string {
  const spec = requestRows[format].find((r) => r.row === row)!
  if (spec.group === '一') return '一、本年新收政府信息公开申请数量'
  if (spec.group === '二') return '二、上年结转政府信息公开申请数量'
  if (spec.group === '四') return '四、结转下年度继续办理'
  if (row === '部分公开') return '（二）部分公开（区分处理的，只计这一情形，不计其他情形）'
  if (!spec.group.includes('）') || spec.group.length === 3) return `${spec.group}${row}`
  const members = requestRows[format].filter((r) => r.group === spec.group)
  return `${members.findIndex((r) => r.row === row) + 1}.${row}`
}

/** Table 三 labels as the seed writes them (typos kept, letter-spacing removed), else the template's. */
function requestLabels(lines: string[], record: ReportRecord, columnNames: Record<string, string> = {}): RequestLabels {
  const table = record.tables.requests!
  const format = table.format
  const rowLine = new Map<string, number>()
  for (const c of table.cells) if (!rowLine.has(c.row)) rowLine.set(c.row, c.line)
  const to = Math.max(...table.cells.map((c) => c.line))
  const labelsIn = (from: number, until: number) => {
    const out: string[] = []
    for (let l = from; l <= until; l++) for (const c of cellsOf(lines, l)) if (c && !valueLike(c)) out.push(squeeze(c))
    return out
  }
  const all = labelsIn(table.line, to)
  const corner = all.find((c) => c.includes('勾稽关系')) ?? '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）'
  const rows = new Map<string, string>()
  let prevLine = table.line
  for (const spec of requestRows[format]) {
    const line = rowLine.get(spec.row)!
    const candidates = labelsIn(prevLine + 1 > line ? line : prevLine + 1, line)
    prevLine = Math.max(prevLine, line)
    const canon = requestRowCanon(format, spec.row)
    const number = canon.match(/^[（]?([一二三四五六七]|\d+)/)![1]
    const re =
      spec.group.length === 1
        ? new RegExp(`^${number}、`)
        : canon.startsWith('（')
          ? new RegExp(`^[（(]${number}[)）]`)
          : new RegExp(`^${number}[.．、]`)
    const found = candidates.filter((c) => re.test(c)).pop()
    rows.set(spec.row, found ?? canon)
  }
  const groups = new Map<string, string>()
  for (const [group, canon] of Object.entries(requestGroupCanon)) {
    const re = group === '三' ? /^三、/ : new RegExp(`^[（(]${group[1]}[)）]`)
    groups.set(group, all.find((c) => re.test(c)) ?? canon)
  }
  const columns: Record<string, string> = {}
  for (const c of requestColumns) columns[c] = columnNames[c] ?? c
  return { corner, columns, rows, groups }
}

function requestGrid(format: TableFormat, values: Values, labels: RequestLabels): Grid {
  const col = labels.columns
  const rows: GridCell[][] = [
    [
      { text: labels.corner, span: 3, vmerge: 'restart', role: 'head' },
      { text: '申请人情况', span: 7, role: 'head' },
    ],
    [
      { text: '', span: 3, vmerge: 'continue', role: 'head' },
      { text: col['自然人'], vmerge: 'restart', role: 'head' },
      { text: '法人或其他组织', span: 5, role: 'head' },
      { text: col['总计'], vmerge: 'restart', role: 'head' },
    ],
    [
      { text: '', span: 3, vmerge: 'continue', role: 'head' },
      { text: '', vmerge: 'continue', role: 'head' },
      ...['商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他'].map((c) => ({ text: col[c], role: 'head' as const })),
      { text: '', vmerge: 'continue', role: 'head' },
    ],
  ]
  const valueCells = (row: string): GridCell[] =>
    requestColumns.map((c) => ({ text: values.get(key(row, c)) ?? '', role: 'value' as const }))
  const specs = requestRows[format]
  const outcomeFirst = specs.findIndex((s) => s.row === '予以公开')
  const outcomeLast = specs.findIndex((s) => s.group === '（七）')
  specs.forEach((spec, i) => {
    const label = labels.rows.get(spec.row)!
    if (i < outcomeFirst || i > outcomeLast) {
      rows.push([{ text: label, span: 3, role: 'label' }, ...valueCells(spec.row)])
      return
    }
    const first: GridCell =
      i === outcomeFirst
        ? { text: labels.groups.get('三')!, vmerge: 'restart', role: 'label' }
        : { text: '', vmerge: 'continue', role: 'label' }
    if (!spec.group.includes('）') || spec.group.length === 3) {
      rows.push([first, { text: label, span: 2, role: 'label' }, ...valueCells(spec.row)])
      return
    }
    const groupStart = specs.findIndex((s) => s.group === spec.group) === i
    const group: GridCell = groupStart
      ? { text: labels.groups.get(spec.group)!, vmerge: 'restart', role: 'label' }
      : { text: '', vmerge: 'continue', role: 'label' }
    rows.push([first, group, { text: label, role: 'label' }, ...valueCells(spec.row)])
  })
  return { name: 'requests', widths: [560, 1100, 2900, 612, 612, 612, 612, 612, 612, 612], rows, headerRows: 3, size: 21 }
}

// Table 四 ----------------------------------------------------------------------------------------------------

function appealGrid(values: Values): Grid {
  const heads = appealColumns.map((c) => ({ text: c, role: 'head' as const }))
  const rows: GridCell[][] = [
    [
      { text: '行政复议', span: 5, role: 'head' },
      { text: '行政诉讼', span: 10, role: 'head' },
    ],
    [
      ...appealColumns.map((c) => ({ text: c, vmerge: 'restart' as const, role: 'head' as const })),
      { text: '未经复议直接起诉', span: 5, role: 'head' },
      { text: '复议后起诉', span: 5, role: 'head' },
    ],
    [...appealColumns.map(() => ({ text: '', vmerge: 'continue' as const, role: 'head' as const })), ...heads, ...heads],
    appealRows.flatMap((r) => appealColumns.map((c) => ({ text: values.get(key(r, c)) ?? '', role: 'value' as const }))),
  ]
  return { name: 'appeals', widths: [...Array(14).fill(590), 584], rows, headerRows: 3, size: 18 }
}

// Seeds -------------------------------------------------------------------------------------------------------

interface SeedOptions {
  /** Replace table values: table → row|column → raw. */
  values?: Partial<Record<TableName, Record<string, string>>>
  /** Replace source lines (1-based) of the narrative. */
  text?: Record<number, string>
}

/** Table 三 header words as a seed writes them. */
const columnNames: Record<string, Record<string, string>> = { '001': { 社会公益组织: '社会组织' } }

async function loadSeed(seed: string, options: SeedOptions = {}): Promise<Report & { lines: string[] }> {
  const path = join(seedDir, seedFiles[seed])
  const bytes = readFileSync(path)
  const record = await parseReport(bytes, `content/reports/${seedFiles[seed]}`)
  const lines = bytes.toString('utf8').split(/\r?\n/)
  // The engine is the source of the figures: stop rather than write fixtures without tables.
  const expected = { proactive: seed !== '002', requests: true, appeals: true }
  for (const name of ['proactive', 'requests', 'appeals'] as const) {
    const table = record.tables[name]
    const cells = table ? table.cells.length : 0
    const want =
      name === 'appeals'
        ? 15
        : table && 'format' in table
          ? (name === 'proactive' ? { '2019': 22, '2021': 10 } : { '2019': 161, '2021': 175 })[table.format]
          : 0
    if (Boolean(table) !== expected[name] || cells !== want)
      throw new Error(
        `seed ${seed}: the engine read table ${name} as ${table ? `${cells} cells` : 'missing'}; expected ${expected[name] ? want || 'all' : 'no'} cells`,
      )
  }
  const grids: Partial<Record<TableName, Grid>> = {}
  const proactive = record.tables.proactive
  if (proactive) {
    const values = valuesOf(record, 'proactive')
    for (const [k, v] of Object.entries(options.values?.proactive ?? {})) values.set(k, v)
    const to = Math.max(...proactive.cells.map((c) => c.line))
    const captions: string[] = []
    for (let l = proactive.line; l <= to; l++)
      for (const c of cellsOf(lines, l)) if (/^第二十.{0,2}条第[（(].[)）]项$/.test(c)) captions.push(c)
    grids.proactive = proactiveGrid(proactive.format, values, captions)
  }
  const requests = record.tables.requests
  if (requests) {
    const values = valuesOf(record, 'requests')
    // Rows the engine could not place (a cell lost in the text copy, all cells uncertain) but whose source line
    // shows one figure repeated: write that figure in every column (the Word original had one per cell).
    for (const spec of requestRows[requests.format]) {
      const cells = requests.cells.filter((c) => c.row === spec.row)
      if (cells.some((c) => c.raw !== '')) continue
      const figures = [...new Set(cellsOf(lines, cells[0].line).filter((c) => /^\d+$/.test(c)))]
      if (figures.length === 1) for (const c of cells) values.set(key(c.row, c.column), figures[0])
    }
    for (const [k, v] of Object.entries(options.values?.requests ?? {})) values.set(k, v)
    grids.requests = requestGrid(requests.format, values, requestLabels(lines, record, columnNames[seed]))
  }
  if (record.tables.appeals) {
    const values = valuesOf(record, 'appeals')
    for (const [k, v] of Object.entries(options.values?.appeals ?? {})) values.set(k, v)
    grids.appeals = appealGrid(values)
  }
  const organ = record.organ.name ?? seedFiles[seed]
  return { seed, record, lines, blocks: blocksOf(lines, record, options.text), grids, organ, date: seedDates[seed] }
}

/** Seed 000 with several non-zero figures; table 三 balanced per column and per row, table 四 groups summed. */
function nonZeroOptions(): SeedOptions {
  const cols = requestColumns
  const r3: Record<string, number[]> = {
    本年新收政府信息公开申请数量: [14, 5, 1, 2, 3, 0, 25],
    上年结转政府信息公开申请数量: [2, 1, 0, 0, 0, 0, 3],
    予以公开: [7, 2, 1, 0, 1, 0, 11],
    部分公开: [2, 1, 0, 0, 0, 0, 3],
    保护第三方合法权益: [1, 0, 0, 0, 1, 0, 2],
    属于四类过程性信息: [0, 1, 0, 0, 0, 0, 1],
    本机关不掌握相关政府信息: [3, 0, 0, 1, 0, 0, 4],
    没有现成信息需要另行制作: [1, 0, 0, 0, 0, 0, 1],
    重复申请: [1, 0, 0, 0, 0, 0, 1],
    其他处理: [0, 1, 0, 0, 0, 0, 1],
    总计: [15, 5, 1, 1, 2, 0, 24],
    结转下年度继续办理: [1, 1, 0, 1, 1, 0, 4],
  }
  const requests: Record<string, string> = {}
  for (const spec of requestRows['2019']) {
    const figures = r3[spec.row] ?? [0, 0, 0, 0, 0, 0, 0]
    cols.forEach((c, i) => (requests[key(spec.row, c)] = String(figures[i])))
  }
  const proactive: Record<string, string> = {
    [key('规范性文件', '本年新制作数量')]: '3',
    [key('规范性文件', '本年新公开数量')]: '3',
    [key('规范性文件', '对外公开总数量')]: '17',
    [key('行政许可', '上一年项目数量')]: '12',
    [key('行政许可', '本年增/减')]: '+2',
    [key('行政许可', '处理决定数量')]: '46',
    [key('其他对外管理服务事项', '上一年项目数量')]: '8',
    [key('其他对外管理服务事项', '本年增/减')]: '-1',
    [key('其他对外管理服务事项', '处理决定数量')]: '30',
    [key('行政处罚', '上一年项目数量')]: '0',
    [key('行政处罚', '本年增/减')]: '0',
    [key('行政处罚', '处理决定数量')]: '5',
    [key('行政事业性收费', '上一年项目数量')]: '2',
    [key('行政事业性收费', '本年增/减')]: '0',
  }
  const a4: Record<string, number[]> = { 行政复议: [1, 0, 1, 1, 3], 未经复议直接起诉: [0, 1, 0, 1, 2], 复议后起诉: [1, 0, 0, 0, 1] }
  const appeals: Record<string, string> = {}
  for (const r of appealRows) appealColumns.forEach((c, i) => (appeals[key(r, c)] = String(a4[r][i])))
  return {
    values: { requests, proactive, appeals },
    text: {
      47: '本年度共收到政府信息公开申请25件，上年结转3件，办结24件，结转下年度继续办理4件。',
      79: '因政府信息公开申请行政复议、提起行政诉讼情况：本年度发生行政复议3件、行政诉讼3件。',
    },
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Word (.docx)
// ---------------------------------------------------------------------------------------------------------------

interface DocxOptions {
  /** Draw table ruling lines (false: borderless tables, as a "stream" PDF has them). */
  borders?: boolean
  /** Running header text on every page. */
  header?: string
  /** Page numbers in the footer. */
  footer?: 'dash' | 'page-of' | null
  /** Mark table 三's header rows as repeated on each page (Word's "repeat header row"). */
  repeatHeader?: boolean
}

const FONT_BODY = '仿宋_GB2312'
const FONT_HEAD = '黑体'
const FONT_KAI = '楷体_GB2312'
const FONT_TITLE = '方正小标宋简体'
const FONT_TABLE = '宋体'
const TEXT_WIDTH = 8844

const bodySpacing = { line: 560, lineRule: LineRuleType.EXACT, before: 0, after: 0 }

function runsOf(runs: Inline[], font: string, size: number, extra: { bold?: boolean; color?: string } = {}): TextRun[] {
  return runs.map((r) => new TextRun({ text: r.text, font, size, bold: r.bold || extra.bold, color: extra.color }))
}

function docxBlock(block: Exclude<Block, { kind: 'table' }>): Paragraph {
  const { kind, runs } = block
  switch (kind) {
    case 'redhead':
      return new Paragraph({
        alignment: AlignmentType.CENTER,
        spacing: { before: 240, after: 240 },
        children: runsOf(runs, FONT_TITLE, 52, { color: 'FF0000' }),
      })
    case 'docno':
      return new Paragraph({ alignment: AlignmentType.CENTER, spacing: bodySpacing, children: runsOf(runs, FONT_BODY, 32) })
    case 'signer':
      return new Paragraph({ alignment: AlignmentType.RIGHT, spacing: bodySpacing, children: runsOf(runs, FONT_BODY, 32) })
    case 'title':
      return new Paragraph({
        alignment: AlignmentType.CENTER,
        spacing: { line: 700, lineRule: LineRuleType.EXACT, before: 120, after: 120 },
        children: runsOf(runs, FONT_TITLE, 44),
      })
    case 'heading':
      return new Paragraph({ indent: { firstLine: 640 }, spacing: bodySpacing, keepNext: true, children: runsOf(runs, FONT_HEAD, 32) })
    case 'subheading':
      return new Paragraph({ indent: { firstLine: 640 }, spacing: bodySpacing, keepNext: true, children: runsOf(runs, FONT_KAI, 32) })
    case 'sign':
      return new Paragraph({
        alignment: AlignmentType.RIGHT,
        indent: { right: 640 },
        spacing: bodySpacing,
        children: runsOf(runs, FONT_BODY, 32),
      })
    default:
      return new Paragraph({
        alignment: AlignmentType.JUSTIFIED,
        indent: { firstLine: 640 },
        spacing: bodySpacing,
        children: runsOf(runs, FONT_BODY, 32),
      })
  }
}

const line = { style: BorderStyle.SINGLE, size: 4, color: '000000' }
const none = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' }

function docxTable(grid: Grid, options: DocxOptions): Table {
  const borders = options.borders !== false
  const edge = borders ? line : none
  const rows = grid.rows.map((cells, r) => {
    let at = 0
    const children = cells.map((cell) => {
      const span = cell.span ?? 1
      const width = grid.widths.slice(at, at + span).reduce((a, b) => a + b, 0)
      at += span
      const bold = cell.role === 'caption'
      const paragraphs = (cell.vmerge === 'continue' ? [''] : cell.text.split('\n')).map(
        (text) =>
          new Paragraph({
            alignment: cell.role === 'label' && !cell.vmerge ? AlignmentType.LEFT : AlignmentType.CENTER,
            spacing: { line: 240, lineRule: LineRuleType.AUTO, before: 0, after: 0 },
            children: text ? [new TextRun({ text, font: FONT_TABLE, size: grid.size, bold })] : [],
          }),
      )
      return new TableCell({
        children: paragraphs,
        columnSpan: span > 1 ? span : undefined,
        verticalMerge:
          cell.vmerge === 'restart' ? VerticalMergeType.RESTART : cell.vmerge === 'continue' ? VerticalMergeType.CONTINUE : undefined,
        width: { size: width, type: WidthType.DXA },
        verticalAlign: VerticalAlignTable.CENTER,
        margins: { left: 57, right: 57, top: 0, bottom: 0 },
        shading: cell.role === 'caption' && borders ? { type: ShadingType.CLEAR, color: 'auto', fill: 'D9D9D9' } : undefined,
        borders: { top: edge, bottom: edge, left: edge, right: edge },
      })
    })
    return new TableRow({
      children,
      tableHeader: options.repeatHeader && r < grid.headerRows ? true : undefined,
      height: { value: grid.name === 'appeals' && r === grid.rows.length - 1 ? 560 : 400, rule: 'atLeast' },
    })
  })
  return new Table({
    rows,
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: grid.widths,
    layout: TableLayoutType.FIXED,
    borders: borders
      ? { top: line, bottom: line, left: line, right: line, insideHorizontal: line, insideVertical: line }
      : TableBorders.NONE,
  })
}

/** Run `fn` with `Date` and `Date.now()` pinned to `iso` (docx stamps core properties and zip entries). */
async function withClock<T>(iso: string, fn: () => Promise<T>): Promise<T> {
  const RealDate = Date
  const fixed = RealDate.parse(iso)
  class FixedDate extends RealDate {
    constructor(...args: unknown[]) {
      if (args.length === 0) super(fixed)
      else super(...(args as [string]))
    }
    static now() {
      return fixed
    }
  }
  globalThis.Date = FixedDate as DateConstructor
  try {
    return await fn()
  } finally {
    globalThis.Date = RealDate
  }
}

function footerOf(kind: DocxOptions['footer']): Footer | undefined {
  if (!kind) return undefined
  const children =
    kind === 'dash' ? ['- ', PageNumber.CURRENT, ' -'] : ['第 ', PageNumber.CURRENT, ' 页 共 ', PageNumber.TOTAL_PAGES, ' 页']
  return new Footer({
    children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children, font: FONT_TABLE, size: 24 })] })],
  })
}

async function makeDocx(report: Report, options: DocxOptions = {}): Promise<Buffer> {
  return withClock(report.date, async () => {
    const children: Array<Paragraph | Table> = []
    for (const block of report.blocks) {
      if (block.kind === 'table') {
        const grid = report.grids[block.table]
        if (!grid) continue
        children.push(docxTable(grid, options))
        children.push(new Paragraph({ spacing: bodySpacing, children: [] }))
      } else children.push(docxBlock(block))
    }
    const header = options.header
      ? new Header({
          children: [
            new Paragraph({
              alignment: AlignmentType.CENTER,
              border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 1 } },
              children: [new TextRun({ text: options.header, font: FONT_TABLE, size: 21 })],
            }),
          ],
        })
      : undefined
    const footer = footerOf(options.footer)
    const doc = new Document({
      creator: report.organ,
      lastModifiedBy: report.organ,
      title: plain((report.blocks.find((b) => b.kind === 'title') as { runs: Inline[] } | undefined)?.runs ?? []),
      revision: 1,
      styles: { default: { document: { run: { font: FONT_BODY, size: 32 } } } },
      sections: [
        {
          properties: {
            page: {
              size: { width: 11906, height: 16838 },
              margin: { top: 2098, bottom: 1984, left: 1588, right: 1474, header: 851, footer: 992 },
            },
          },
          headers: header ? { default: header } : undefined,
          footers: footer ? { default: footer } : undefined,
          children,
        },
      ],
    })
    return Packer.toBuffer(doc)
  })
}

// ---------------------------------------------------------------------------------------------------------------
// LibreOffice conversions and PDF post-processing
// ---------------------------------------------------------------------------------------------------------------

const work = mkdtempSync(join(tmpdir(), 'office-fixtures-'))
const profile = `file://${join(work, 'lo-profile')}`

/** Convert files with LibreOffice (a private profile, so a running soffice is not disturbed). */
const convert = (target: string, files: string[], outdir: string): void => soffice(profile, target, files, outdir)

/** Where tables 二 and 三 fall in a PDF (from its text, page by page), for the case's README. */
function pageNotes(pdf: Buffer): string {
  const file = join(work, 'notes.pdf')
  writeFileSync(file, pdf)
  const pages = execFileSync('pdftotext', ['-layout', file, '-']).toString('utf8').split('\f').slice(0, -1)
  const pageOf = (re: RegExp, last = false) => {
    const hits = pages.flatMap((text, i) => (re.test(text) ? [i + 1] : []))
    return hits.length ? (last ? hits[hits.length - 1] : hits[0]) : 0
  }
  const span = (name: string, from: number, to: number) =>
    !from ? '' : from === to ? `table ${name} on page ${from}` : `table ${name} crosses pages ${from}–${to}`
  const notes = [
    `${pages.length} pages`,
    span('二', pageOf(/第[（(]一[)）]项/), pageOf(/政府集中采购|行政事业性收费/, true)),
    span('三', pageOf(/申请人情况/), pageOf(/结转下年度继续办理/, true)),
    span('四', pageOf(/未经复议直接起诉/), pageOf(/未经复议直接起诉/)),
  ]
  return notes.filter(Boolean).join('; ')
}

// ---------------------------------------------------------------------------------------------------------------
// Image-only PDF (a "scan"): grey pixels from pdftoppm, deflated, one image per page.
// ---------------------------------------------------------------------------------------------------------------

interface Jpeg {
  width: number
  height: number
  components: number
  bytes: Buffer
}

/** Size and colour components of a JPEG, from its SOF marker. */
function readJpeg(bytes: Buffer): Jpeg {
  let at = 2
  while (at < bytes.length) {
    const marker = bytes[at + 1]
    const length = bytes.readUInt16BE(at + 2)
    if (marker >= 0xc0 && marker <= 0xc2) {
      return { height: bytes.readUInt16BE(at + 5), width: bytes.readUInt16BE(at + 7), components: bytes[at + 9], bytes }
    }
    at += 2 + length
  }
  throw new Error('no SOF marker in JPEG')
}

/** A minimal PDF whose pages are each one JPEG image filling an A4 page (no text layer), as scanners write them. */
function imagePdf(pages: Jpeg[]): Buffer {
  const objects: Buffer[] = []
  const add = (body: Buffer | string) => objects.push(typeof body === 'string' ? Buffer.from(body, 'latin1') : body)
  const pageIds: number[] = []
  // 1: catalog, 2: pages; then per page: page, content, image.
  add('') // placeholder catalog
  add('') // placeholder pages
  for (const page of pages) {
    const base = objects.length + 1
    pageIds.push(base)
    const data = page.bytes
    const draw = `q 595.28 0 0 841.89 0 0 cm /Im0 Do Q`
    add(
      `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595.28 841.89] /Resources << /XObject << /Im0 ${base + 2} 0 R >> >> /Contents ${base + 1} 0 R >>`,
    )
    add(`<< /Length ${draw.length} >>\nstream\n${draw}\nendstream`)
    add(
      Buffer.concat([
        Buffer.from(
          `<< /Type /XObject /Subtype /Image /Width ${page.width} /Height ${page.height} /ColorSpace /${page.components === 1 ? 'DeviceGray' : 'DeviceRGB'} /BitsPerComponent 8 /Filter /DCTDecode /Length ${data.length} >>\nstream\n`,
          'latin1',
        ),
        data,
        Buffer.from('\nendstream', 'latin1'),
      ]),
    )
  }
  objects[0] = Buffer.from('<< /Type /Catalog /Pages 2 0 R >>', 'latin1')
  objects[1] = Buffer.from(`<< /Type /Pages /Kids [${pageIds.map((id) => `${id} 0 R`).join(' ')}] /Count ${pageIds.length} >>`, 'latin1')
  const parts: Buffer[] = [Buffer.from('%PDF-1.4\n%\xe2\xe3\xcf\xd3\n', 'latin1')]
  const offsets: number[] = []
  let size = parts[0].length
  objects.forEach((body, i) => {
    offsets.push(size)
    const chunk = Buffer.concat([Buffer.from(`${i + 1} 0 obj\n`, 'latin1'), body, Buffer.from('\nendobj\n', 'latin1')])
    parts.push(chunk)
    size += chunk.length
  })
  const xref = [
    `xref\n0 ${objects.length + 1}\n`,
    '0000000000 65535 f \n',
    ...offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`),
  ].join('')
  parts.push(Buffer.from(`${xref}trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${size}\n%%EOF\n`, 'latin1'))
  return Buffer.concat(parts)
}

// ---------------------------------------------------------------------------------------------------------------
// Web pages
// ---------------------------------------------------------------------------------------------------------------

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')

/** HTML rowspan of each cell that starts a vertical merge. */
function rowspans(grid: Grid): Map<GridCell, number> {
  const out = new Map<GridCell, number>()
  const positions = grid.rows.map((cells) => {
    let at = 0
    return cells.map((cell) => {
      const p = at
      at += cell.span ?? 1
      return p
    })
  })
  grid.rows.forEach((cells, r) =>
    cells.forEach((cell, i) => {
      if (cell.vmerge !== 'restart') return
      let n = 1
      for (let below = r + 1; below < grid.rows.length; below++) {
        const j = positions[below].indexOf(positions[r][i])
        if (j < 0 || grid.rows[below][j].vmerge !== 'continue') break
        n++
      }
      out.set(cell, n)
    }),
  )
  return out
}

interface HtmlTableStyle {
  /** Opening <table …> tag. */
  open: string
  /** Inner markup of a cell (text already escaped), given its role. */
  cell: (text: string, cell: GridCell) => string
  /** Extra attributes of a <td>, given the cell and its width in px. */
  td: (cell: GridCell, px: number) => string
  /** Use <tbody>. */
  tbody?: boolean
  /** Written after each row (CMSs that keep the markup on one line write nothing). */
  rowEnd?: string
}

/** Render grid rows [from, to) as one HTML table; merged cells cut by the range start again as blank cells. */
function htmlTable(grid: Grid, style: HtmlTableStyle, from = 0, to = grid.rows.length): string {
  const spans = rowspans(grid)
  const px = (twips: number) => Math.round(twips / 15)
  let html = style.open + (style.tbody ? '<tbody>' : '')
  for (let r = from; r < to; r++) {
    html += '<tr>'
    let at = 0
    for (const cell of grid.rows[r]) {
      const span = cell.span ?? 1
      const width = px(grid.widths.slice(at, at + span).reduce((a, b) => a + b, 0))
      at += span
      let rowspan = spans.get(cell) ?? 1
      let shown = cell
      if (cell.vmerge === 'continue') {
        if (r !== from) continue
        // The merge started above the range: the CMS wrote a fresh blank cell for the rest of it.
        let n = 1
        const col = at - span
        for (let below = r + 1; below < to; below++) {
          let p = 0
          const next = grid.rows[below].find((c) => {
            const hit = p === col
            p += c.span ?? 1
            return hit
          })
          if (!next || next.vmerge !== 'continue') break
          n++
        }
        rowspan = n
        shown = { ...cell, text: '' }
      }
      rowspan = Math.min(rowspan, to - r)
      const attrs = `${span > 1 ? ` colspan="${span}"` : ''}${rowspan > 1 ? ` rowspan="${rowspan}"` : ''}${style.td(shown, width)}`
      html += `<td${attrs}>${style.cell(esc(shown.text), shown)}</td>`
    }
    html += '</tr>' + (style.rowEnd ?? '')
  }
  return html + (style.tbody ? '</tbody>' : '') + '</table>'
}

/** Paragraph blocks as simple HTML (for pages). */
function htmlBlock(block: Exclude<Block, { kind: 'table' }>, word: boolean): string {
  const inner = block.runs.map((r) => (r.bold ? `<strong>${esc(r.text)}</strong>` : esc(r.text))).join('')
  const span = (style: string, s: string) => (word ? `<span style="${style}">${s}</span>` : s)
  switch (block.kind) {
    case 'title':
    case 'redhead':
      return `<p align="center" style="text-align:center">${span('font-family:方正小标宋简体;font-size:22px', `<strong>${inner}</strong>`)}</p>`
    case 'docno':
      return `<p align="center" style="text-align:center">${inner}</p>`
    case 'heading':
      return `<p style="text-indent:2em">${span('font-family:黑体', `<strong>${inner}</strong>`)}</p>`
    case 'subheading':
      return `<p style="text-indent:2em">${span('font-family:楷体_GB2312', inner)}</p>`
    case 'sign':
    case 'signer':
      return `<p align="right" style="text-align:right">${inner}</p>`
    default:
      return `<p style="text-indent:2em;line-height:2">${span('font-family:仿宋_GB2312;font-size:16px', inner)}</p>`
  }
}

/** The report body as HTML, tables rendered by `table`. */
function htmlBody(report: Report, table: (grid: Grid) => string, word: boolean, skipTitle = false, sep = ''): string {
  return report.blocks
    .map((b) => {
      if (b.kind === 'table') return report.grids[b.table] ? table(report.grids[b.table]!) : ''
      if (skipTitle && b.kind === 'title') return ''
      return htmlBlock(b, word)
    })
    .join(sep)
}

/** Header cells of a pasted Word table: several <p>, &nbsp; padding, spans with inline styles. */
const trsStyle: HtmlTableStyle = {
  open: '<table border="1" cellspacing="0" cellpadding="0" width="590" align="center" style="border-collapse:collapse;border:none">',
  td: (_, px) => ` width="${px}" valign="center" style="width:${px}px;border:solid windowtext 1.0pt;padding:0px 7px 0px 7px"`,
  cell: (text, cell) => {
    const span = (s: string) => `<span style="font-family:宋体;font-size:14px">${s}</span>`
    if (cell.role === 'value') return `<p align="center" style="text-align:center">${span(text || '&nbsp;')}</p>`
    if (cell.role === 'head' || cell.role === 'caption') {
      if (!text) return `<p align="center">&nbsp;</p>`
      const chunks = text.length > 4 && !text.includes('勾稽') ? text.match(/.{1,4}/g)! : [text]
      return `<p align="center" style="text-align:center">&nbsp;</p>${chunks.map((c) => `<p align="center" style="text-align:center">${span(`&nbsp;${c}&nbsp;`)}</p>`).join('')}`
    }
    return text ? `<p style="text-align:left">${span(text)}</p>` : `<p>&nbsp;</p>`
  },
}

const fragmentStyle: HtmlTableStyle = {
  open: '<table border="1" cellspacing="0" cellpadding="0" style="border-collapse:collapse" width="100%">',
  tbody: true,
  td: () => '',
  cell: (text) => text || '&nbsp;',
}

const plainStyle: HtmlTableStyle = {
  open: '<table class="MsoNormalTable" border="1" cellspacing="0" cellpadding="0">',
  tbody: true,
  td: (cell) => (cell.role === 'value' ? ' align="center"' : ''),
  cell: (text) => text || '&nbsp;',
}

function trsPage(report: Report): string {
  const title = plain((report.blocks.find((b) => b.kind === 'title') as { runs: Inline[] }).runs)
  const article = `<div class="TRS_Editor"><style type="text/css">.TRS_Editor P{margin-top:0;margin-bottom:0;line-height:2;font-family:宋体;font-size:12pt;}.TRS_Editor TD{font-size:12pt;}</style>${htmlBody(report, (g) => htmlTable(g, trsStyle), true)}</div>`
  const others = ['大战场镇', '喊叫水乡', '白马乡', '余丁乡', '恩和镇']
  return `<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<meta http-equiv="X-UA-Compatible" content="IE=edge" />
<title>${esc(title.replace(/\s+/g, ''))}_政府信息公开年报_中宁县人民政府</title>
<meta name="SiteName" content="中宁县人民政府" />
<meta name="SiteDomain" content="www.znxf.gov.cn" />
<meta name="ColumnName" content="政府信息公开年报" />
<meta name="ArticleTitle" content="${esc(title.replace(/\s+/g, ''))}" />
<meta name="PubDate" content="2022-01-18 16:32" />
<link href="../../../images/common.css" rel="stylesheet" type="text/css" />
<script type="text/javascript" src="../../../images/jquery.min.js"></script>
</head>
<body>
<div class="top">
  <div class="top_nr"><span class="fl">今天是：<script>document.write(new Date().toLocaleDateString())</script></span><span class="fr"><a href="http://www.znxf.gov.cn/">首页</a> | <a href="#">无障碍浏览</a> | <a href="#">长者模式</a></span></div>
</div>
<div class="header"><div class="logo"><img src="../../../images/logo.png" alt="中宁县人民政府" /></div>
  <div class="search"><form action="/search/" method="get"><input type="text" name="searchword" value="请输入关键字" /><input type="submit" value="搜索" /></form></div>
</div>
<div class="nav">
  <ul>
    <li><a href="http://www.znxf.gov.cn/">网站首页</a></li>
    <li><a href="http://www.znxf.gov.cn/zwgk/">政务公开</a></li>
    <li><a href="http://www.znxf.gov.cn/zwfw/">政务服务</a></li>
    <li><a href="http://www.znxf.gov.cn/hdjl/">互动交流</a></li>
    <li><a href="http://www.znxf.gov.cn/zjzn/">走进中宁</a></li>
  </ul>
</div>
<div class="main">
  <div class="position">当前位置：<a href="../../../" title="首页" class="CurrChnlCls">首页</a>&nbsp;&gt;&nbsp;<a href="../../" title="政务公开" class="CurrChnlCls">政务公开</a>&nbsp;&gt;&nbsp;<a href="../" title="政府信息公开年报" class="CurrChnlCls">政府信息公开年报</a></div>
  <table class="xxgk_table" width="100%" border="0" cellspacing="0" cellpadding="0">
    <tr><td width="12%">索&nbsp;引&nbsp;号：</td><td width="38%">640521205/2022-00003</td><td width="12%">发布机构：</td><td width="38%">中宁县徐套乡人民政府</td></tr>
    <tr><td>主题分类：</td><td>政务公开</td><td>成文日期：</td><td>2022-01-18</td></tr>
  </table>
  <div class="article">
    <h1 class="title">${esc(title)}</h1>
    <div class="info">发布日期：2022-01-18&nbsp;&nbsp;&nbsp;&nbsp;来源：中宁县徐套乡人民政府&nbsp;&nbsp;&nbsp;&nbsp;浏览次数：<span id="visitCount">1236</span>&nbsp;&nbsp;&nbsp;&nbsp;字号：[<a href="javascript:doZoom(18)">大</a> <a href="javascript:doZoom(16)">中</a> <a href="javascript:doZoom(14)">小</a>]</div>
    <div class="content" id="zoom">
${article}
    </div>
    <div class="print"><a href="javascript:window.print()">【打印本页】</a> <a href="javascript:window.close()">【关闭窗口】</a></div>
  </div>
  <div class="related">
    <div class="related_title">相关链接</div>
    <ul>
${others.map((t, i) => `      <li><a href="./t202201${17 - i}_${3512040 + i}.html" target="_blank">中宁县${t}人民政府2021年政府信息公开工作年度报告</a><span>2022-01-${String(17 - i).padStart(2, '0')}</span></li>`).join('\n')}
    </ul>
  </div>
</div>
<div class="footer">
  <p><a href="#">网站地图</a> | <a href="#">联系我们</a> | <a href="#">隐私声明</a></p>
  <p>版权所有：中宁县人民政府办公室&nbsp;&nbsp;主办：中宁县人民政府办公室&nbsp;&nbsp;联系电话：0955-5011234</p>
  <p><a href="https://beian.miit.gov.cn/" target="_blank">宁ICP备05001234号-1</a>&nbsp;&nbsp;<img src="../../../images/ga.png" alt="" />宁公网安备 64052102000123号&nbsp;&nbsp;网站标识码：6405210001</p>
</div>
<script type="text/javascript">var _count = document.getElementById("visitCount");</script>
</body>
</html>
`
}

function splitTablePage(report: Report): string {
  const title = plain((report.blocks.find((b) => b.kind === 'title') as { runs: Inline[] }).runs)
  const table = (grid: Grid) => {
    const style = { ...plainStyle, rowEnd: '\n' }
    if (grid.name !== 'requests') return htmlTable(grid, style)
    // The CMS broke table 三 in two after （三）不予公开 (a page break in the Word original).
    const cut = grid.rows.findIndex((cells) => cells.some((c) => /^[（(]四[)）]/.test(c.text)))
    return `${htmlTable(grid, style, 0, cut)}\n<p>&nbsp;</p>\n${htmlTable(grid, style, cut)}`
  }
  return `<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>${esc(title.replace(/\s+/g, ''))}</title>
<link rel="stylesheet" href="/static/css/style.css">
</head>
<body leftmargin="0" topmargin="0">
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0">
  <tr><td colspan="2" height="120" background="/static/images/banner.jpg"><img src="/static/images/logo.png" width="420" height="80" alt="中宁县人民政府"></td></tr>
  <tr><td colspan="2" class="nav"><a href="/">首页</a>　<a href="/zwgk/">政务公开</a>　<a href="/zwgk/xxgknb/">政府信息公开年报</a>　<a href="/hdjl/">互动交流</a></td></tr>
  <tr>
    <td width="200" valign="top" class="left">
      <table width="100%" border="0" cellspacing="0" cellpadding="0">
        <tr><td class="left_title">政府信息公开</td></tr>
        <tr><td><a href="/zwgk/xxgkzn/">政府信息公开指南</a></td></tr>
        <tr><td><a href="/zwgk/xxgkzd/">政府信息公开制度</a></td></tr>
        <tr><td><a href="/zwgk/xxgknb/">政府信息公开年报</a></td></tr>
        <tr><td><a href="/zwgk/ysqgk/">依申请公开</a></td></tr>
      </table>
    </td>
    <td width="800" valign="top">
      <table width="100%" border="0" cellspacing="0" cellpadding="0">
        <tr><td class="pos">您现在的位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; 政府信息公开年报</td></tr>
        <tr><td align="center" class="art_title">${esc(title)}</td></tr>
        <tr><td align="center" class="art_info">发布时间：2022-01-18　信息来源：徐套乡　点击数：<span id="hits">87</span></td></tr>
        <tr><td class="art_content">
${htmlBody(report, table, false, true, '\n')}
        </td></tr>
      </table>
    </td>
  </tr>
  <tr><td colspan="2" align="center" class="foot">版权所有：中宁县人民政府　宁ICP备05001234号-1</td></tr>
</table>
</body>
</html>
`
}

function gbkPage(report: Report): string {
  const title = plain((report.blocks.find((b) => b.kind === 'title') as { runs: Inline[] }).runs)
  const body = report.blocks
    .map((b) =>
      b.kind === 'table'
        ? report.grids[b.table]
          ? htmlTable(report.grids[b.table]!, { ...plainStyle, rowEnd: '\n' })
          : ''
        : htmlBlock(b, false),
    )
    .join('\n')
  return `<!DOCTYPE html PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>${esc(title.replace(/\s+/g, ''))}-互助土族自治县人民政府</title>
<meta name="keywords" content="政府信息公开,年度报告">
</head>
<body>
<div id="header"><a href="/">互助土族自治县人民政府</a> | <a href="/zwgk/">政务公开</a> | <a href="/zwgk/gknb/">公开年报</a></div>
<div id="location">当前位置：首页 &gt; 政务公开 &gt; 政府信息公开年报</div>
<div id="article">
<h2>${esc(title)}</h2>
<div class="source">发布时间：2022-01-06 10:12　来源：哈拉直沟乡人民政府</div>
${body}
</div>
<div id="footer">主办：互助土族自治县人民政府办公室　青ICP备12000345号</div>
</body>
</html>
`
}

// MHT ------------------------------------------------------------------------------------------------------------

function crc32(bytes: Buffer): number {
  let crc = 0xffffffff
  for (const b of bytes) {
    crc ^= b
    for (let k = 0; k < 8; k++) crc = crc & 1 ? (crc >>> 1) ^ 0xedb88320 : crc >>> 1
  }
  return (crc ^ 0xffffffff) >>> 0
}

/** A small RGB PNG (a red banner with a white bar: the site logo of the saved page). */
function logoPng(width = 96, height = 24): Buffer {
  const raw = Buffer.alloc((width * 3 + 1) * height)
  for (let y = 0; y < height; y++) {
    raw[y * (width * 3 + 1)] = 0
    for (let x = 0; x < width; x++) {
      const bar = y >= 10 && y < 14 && x >= 8 && x < width - 8
      const o = y * (width * 3 + 1) + 1 + x * 3
      raw[o] = bar ? 255 : 200
      raw[o + 1] = bar ? 255 : 16
      raw[o + 2] = bar ? 255 : 32
    }
  }
  const chunk = (type: string, data: Buffer) => {
    const len = Buffer.alloc(4)
    len.writeUInt32BE(data.length)
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data])
    const crc = Buffer.alloc(4)
    crc.writeUInt32BE(crc32(body))
    return Buffer.concat([len, body, crc])
  }
  const ihdr = Buffer.alloc(13)
  ihdr.writeUInt32BE(width, 0)
  ihdr.writeUInt32BE(height, 4)
  ihdr[8] = 8
  ihdr[9] = 2
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ])
}

/** Quoted-printable (RFC 2045) of bytes with CRLF line ends, soft breaks at 76 columns. */
function quotedPrintable(bytes: Uint8Array): string {
  const lines: string[] = []
  let current = ''
  const push = (token: string) => {
    if (current.length + token.length > 75) {
      lines.push(current + '=')
      current = ''
    }
    current += token
  }
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]
    if (b === 0x0a) {
      lines.push(current)
      current = ''
      continue
    }
    if (b === 0x0d) continue
    const next = bytes[i + 1]
    const literal = (b >= 33 && b <= 126 && b !== 61) || ((b === 32 || b === 9) && next !== 0x0a && next !== 0x0d && i + 1 < bytes.length)
    push(literal ? String.fromCharCode(b) : `=${b.toString(16).toUpperCase().padStart(2, '0')}`)
  }
  lines.push(current)
  return lines.join('\r\n')
}

function base64Lines(bytes: Buffer): string {
  return (bytes.toString('base64').match(/.{1,76}/g) ?? []).join('\r\n')
}

function mhtFile(report: Report): Buffer {
  const title = plain((report.blocks.find((b) => b.kind === 'title') as { runs: Inline[] }).runs).replace(/\s+/g, '')
  const url = 'http://www.huzhu.gov.cn/html/3275/287441.html'
  const logoUrl = 'http://www.huzhu.gov.cn/images/logo.png'
  const body = report.blocks
    .map((b) =>
      b.kind === 'table'
        ? report.grids[b.table]
          ? htmlTable(report.grids[b.table]!, {
              ...plainStyle,
              open: '<TABLE border=1 cellSpacing=0 cellPadding=0 width="100%">',
              rowEnd: '\r\n',
            })
          : ''
        : htmlBlock(b, true),
    )
    .join('\r\n')
  const html = `<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">\r\n<HTML><HEAD><TITLE>${esc(title)}</TITLE>\r\n<META content="text/html; charset=gb2312" http-equiv=Content-Type>\r\n<META name=GENERATOR content="MSHTML 11.00.9600.19597"></HEAD>\r\n<BODY>\r\n<DIV class=head><IMG src="${logoUrl}" width=96 height=24> 互助土族自治县人民政府</DIV>\r\n<DIV class=dqwz>您当前的位置：<A href="http://www.huzhu.gov.cn/">首页</A> &gt; <A href="http://www.huzhu.gov.cn/html/3275/">政府信息公开年报</A></DIV>\r\n<DIV class=title>${esc(title)}</DIV>\r\n<DIV class=time>发布时间：2022-01-06 来源：哈拉直沟乡</DIV>\r\n<DIV id=content class=content>\r\n${body}\r\n</DIV>\r\n<DIV class=foot>互助土族自治县人民政府 版权所有 青ICP备12000345号</DIV></BODY></HTML>\r\n`
  const boundary = '----=_NextPart_000_0000_01D80306.6E8B5C20'
  const subject = `=?gb2312?B?${Buffer.from(gb18030(title)).toString('base64')}?=`
  const head = [
    'From: <Saved by Windows Internet Explorer 11>',
    `Subject: ${subject}`,
    'Date: Thu, 6 Jan 2022 10:30:12 +0800',
    'MIME-Version: 1.0',
    `Content-Type: multipart/related;`,
    '\ttype="text/html";',
    `\tboundary="${boundary}"`,
    'X-MimeOLE: Produced By Microsoft MimeOLE V6.1.7601.24158',
    '',
    'This is a multi-part message in MIME format.',
    '',
  ]
  const parts = [
    ...head,
    `--${boundary}`,
    'Content-Type: text/html;',
    '\tcharset="gb2312"',
    'Content-Transfer-Encoding: quoted-printable',
    `Content-Location: ${url}`,
    '',
    quotedPrintable(gb18030(html)),
    '',
    `--${boundary}`,
    'Content-Type: image/png',
    'Content-Transfer-Encoding: base64',
    `Content-Location: ${logoUrl}`,
    '',
    base64Lines(logoPng()),
    '',
    `--${boundary}--`,
    '',
  ]
  return Buffer.from(parts.join('\r\n'), 'latin1')
}

// ---------------------------------------------------------------------------------------------------------------
// Main
// ---------------------------------------------------------------------------------------------------------------

const made: Array<[string, string]> = []

function write(name: string, file: string, bytes: Uint8Array | string, readme: string): void {
  made.push([name, file])
  const dir = join(outRoot, name)
  rmSync(dir, { recursive: true, force: true })
  mkdirSync(dir, { recursive: true })
  writeFileSync(join(dir, file), bytes)
  writeFileSync(join(dir, 'README.md'), `${readme.trim()}\n\nMade by \`npx tsx tests/support/make-office-fixtures.ts\`.\n`)
}

const seedNote = (seed: string) => `seed ${seed} (content/reports/${seedFiles[seed]})`

async function main(): Promise<void> {
  const seeds = ['000', '001', '002', '003', '004']
  const reports = new Map<string, Report>()
  for (const seed of seeds) reports.set(seed, await loadSeed(seed))
  const nonZero = await loadSeed('000', nonZeroOptions())

  // 1. Word files, 2. PDFs with ruling lines.
  const footers: Record<string, DocxOptions['footer']> = { '000': null, '001': 'dash', '002': 'dash', '003': null, '004': 'dash' }
  const docxDir = join(work, 'docx')
  mkdirSync(docxDir, { recursive: true })
  const pdfJobs: Array<{ name: string; docx: string; readme: string; date: string }> = []
  for (const seed of seeds) {
    const report = reports.get(seed)!
    const bytes = await makeDocx(report, { footer: footers[seed] })
    const note =
      seed === '002'
        ? ' As in the seed: no table 二 and no 二/三 headings (table 三 sits under 一（五）). Rows 1–5 of （三）不予公开 are written 0 in every column (the seed text lost one cell of each, so the engine leaves them blank).'
        : ''
    write(
      `docx-seed-${seed}`,
      'input.docx',
      bytes,
      `${seedNote(seed)} as a Word file: title, sections, tables 二/三/四 as Word tables with merged cells (gridSpan, vMerge) laid out as the official template, figures as the engine reads the seed (raw text, blanks kept).${note}`,
    )
    writeFileSync(join(docxDir, `seed-${seed}.docx`), bytes)
    const pageNumbers = footers[seed] ? ' Page numbers "- N -" in the footer.' : ' No header or footer.'
    pdfJobs.push({
      name: `pdf-lattice-seed-${seed}`,
      docx: `seed-${seed}.docx`,
      date: report.date,
      readme: `docx-seed-${seed}/input.docx converted by LibreOffice (\`soffice --headless --convert-to pdf\`): tables drawn with ruling lines.${pageNumbers}`,
    })
  }
  const nzBytes = await makeDocx(nonZero, { footer: 'dash' })
  write(
    'docx-seed-000-nonzero',
    'input.docx',
    nzBytes,
    `${seedNote('000')} as a Word file with non-zero figures in tables 二/三/四 (table 三 balanced: 一+二 = （七）总计+四 per column, 总计 = sum of the applicant columns; table 四 groups summed) and two narrative lines changed to match.`,
  )
  writeFileSync(join(docxDir, 'seed-000-nonzero.docx'), nzBytes)
  pdfJobs.push({
    name: 'pdf-lattice-nonzero',
    docx: 'seed-000-nonzero.docx',
    date: nonZero.date,
    readme: 'docx-seed-000-nonzero/input.docx converted to PDF by LibreOffice (ruling lines). Page numbers "- N -" in the footer.',
  })

  // 4. Borderless tables; 5. table 三 over two pages with running header and page footer.
  writeFileSync(join(docxDir, 'seed-004-borderless.docx'), await makeDocx(reports.get('004')!, { borders: false }))
  pdfJobs.push({
    name: 'pdf-stream-seed-004',
    docx: 'seed-004-borderless.docx',
    date: reports.get('004')!.date,
    readme: `${seedNote('004')}: Word file with borderless tables (no ruling lines) converted to PDF by LibreOffice.`,
  })
  writeFileSync(
    join(docxDir, 'seed-001-two-page.docx'),
    await makeDocx(reports.get('001')!, { header: '东乡族自治县凤山乡人民政府', footer: 'page-of', repeatHeader: false }),
  )
  pdfJobs.push({
    name: 'pdf-two-page-table',
    docx: 'seed-001-two-page.docx',
    date: reports.get('001')!.date,
    readme: `${seedNote('001')} as PDF (LibreOffice) with a running header (the organ's name) and "第 N 页 共 M 页" footers on every page; table 三 breaks across a page, its header rows not repeated.`,
  })

  const pdfOut = join(work, 'pdf')
  convert(
    'pdf',
    pdfJobs.map((j) => join(docxDir, j.docx)),
    pdfOut,
  )
  const pdfs = new Map<string, Buffer>()
  for (const job of pdfJobs) {
    const pdf = pinPdf(readFileSync(join(pdfOut, job.docx.replace(/\.docx$/, '.pdf'))), job.date)
    pdfs.set(job.name, pdf)
    write(job.name, 'input.pdf', pdf, `${job.readme} ${pageNotes(pdf)}.`)
  }

  // 3. Word 97–2003 files.
  const docOut = join(work, 'doc')
  convert(
    'doc:MS Word 97',
    ['seed-004.docx', 'seed-002.docx'].map((f) => join(docxDir, f)),
    docOut,
  )
  for (const seed of ['004', '002']) {
    write(
      `doc-seed-${seed}`,
      'input.doc',
      readFileSync(join(docOut, `seed-${seed}.doc`)),
      `docx-seed-${seed}/input.docx converted to Word 97–2003 .doc by LibreOffice (\`--convert-to doc\`).`,
    )
  }

  // 6. A scan: pages rendered at 60 dpi (grey) and wrapped as images, no text layer.
  const scanSource = join(work, 'scan.pdf')
  writeFileSync(scanSource, pdfs.get('pdf-lattice-seed-004')!)
  // The first page and the page where table 三 starts.
  const pageTexts = execFileSync('pdftotext', ['-layout', scanSource, '-']).toString('utf8').split('\f')
  const scanPages = [1, pageTexts.findIndex((t) => t.includes('收到和处理政府信息公开申请情况')) + 1]
  const pages: Jpeg[] = []
  for (const page of scanPages) {
    const prefix = join(work, `scan-${page}`)
    execFileSync('pdftoppm', [
      '-r',
      '60',
      '-gray',
      '-jpeg',
      '-jpegopt',
      'quality=40',
      '-f',
      String(page),
      '-l',
      String(page),
      '-singlefile',
      scanSource,
      prefix,
    ])
    pages.push(readJpeg(readFileSync(`${prefix}.jpg`)))
  }
  write(
    'pdf-scanned',
    'input.pdf',
    imagePdf(pages),
    `Pages ${scanPages.join(' and ')} of pdf-lattice-seed-004 rendered at 60 dpi in grey JPEG (\`pdftoppm -r 60 -gray -jpeg\`) and wrapped as full-page images in a hand-written PDF: no text layer at all.`,
  )

  // 7. Password-protected (user password "user", owner password "owner", AES-256).
  const plainPdf = join(work, 'plain.pdf')
  const lockedPdf = join(work, 'locked.pdf')
  writeFileSync(plainPdf, pdfs.get('pdf-lattice-seed-002')!)
  execFileSync('qpdf', ['--static-id', '--static-aes-iv', '--encrypt', 'user', 'owner', '256', '--', plainPdf, lockedPdf])
  let locked = readFileSync(lockedPdf)
  // AES-256 keys and salts are random: keep the committed file when it decrypts to the same PDF.
  const committed = join(outRoot, 'pdf-encrypted', 'input.pdf')
  if (existsSync(committed)) {
    const [a, b] = [join(work, 'old-open.pdf'), join(work, 'new-open.pdf')]
    const open = (from: string, to: string) =>
      execFileSync('qpdf', ['--static-id', '--password=user', '--decrypt', from, to], { stdio: 'pipe' })
    try {
      open(committed, a)
      open(lockedPdf, b)
      if (readFileSync(a).equals(readFileSync(b))) locked = readFileSync(committed)
    } catch {
      // The committed file is not a readable encrypted PDF: replace it.
    }
  }
  write(
    'pdf-encrypted',
    'input.pdf',
    locked,
    `pdf-lattice-seed-002 encrypted with qpdf (\`--encrypt user owner 256\`): it opens only with the user password "user" (owner password "owner").`,
  )

  // 8. Truncated.
  const whole = pdfs.get('pdf-lattice-seed-002')!
  write(
    'pdf-broken',
    'input.pdf',
    whole.subarray(0, Math.floor(whole.length * 0.4)),
    `The first 40 % of the bytes of pdf-lattice-seed-002/input.pdf (${whole.length} bytes): a truncated download, no xref table, no %%EOF.`,
  )

  // 9. Web pages.
  const r004 = reports.get('004')!
  const r000 = reports.get('000')!
  write(
    'html-trs-editor',
    'input.html',
    trsPage(r004),
    `${seedNote('004')} as a whole saved page of a TRS CMS: site chrome (navigation, breadcrumbs, 索引号 box, 发布日期/来源/浏览次数 line, 相关链接 naming other townships' reports, ICP footer) around \`<div class="TRS_Editor">\`, the article on one long line, Word-pasted cells (several <p>, &nbsp; padding, <span style>, width attributes).`,
  )
  const fragment = htmlBody(r000, (g) => htmlTable(g, fragmentStyle), false)
  write(
    'html-one-line-fragment',
    'input.html',
    fragment,
    `${seedNote('000')} as a bare article fragment (no <html>/<head>) on one line: tables with colspan/rowspan, blank cells written \`&nbsp;\`.`,
  )
  write(
    'html-gbk-meta',
    'input.html',
    gb18030(gbkPage(r000)),
    `${seedNote('000')} as a whole page encoded in GBK, declared by \`<meta http-equiv="Content-Type" content="text/html; charset=gb2312">\`.`,
  )
  write(
    'html-split-table',
    'input.html',
    splitTablePage(r004),
    `${seedNote('004')} as a page whose chrome is a layout table around the article; the CMS split table 三 into two <table> elements after （三）不予公开 (the second part starts with a blank cell where 三、本年度办理结果 spanned).`,
  )
  write(
    'mht-seed-000',
    'input.mht',
    mhtFile(r000),
    `${seedNote('000')} saved as "网页，单个文件" (.mht): MIME multipart/related, the HTML part in gb2312 quoted-printable, the site logo as a base64 image/png part; CRLF line ends.`,
  )

  rmSync(work, { recursive: true, force: true })
}

try {
  await main()
} finally {
  if (existsSync(work)) rmSync(work, { recursive: true, force: true })
}
for (const [name, file] of made)
  console.log(`${String(statSync(join(outRoot, name, file)).size).padStart(8)}  tests/fixtures/${name}/${file}`)
