import { readFileSync } from 'node:fs'
import {
  Document,
  DeletedTextRun,
  ExternalHyperlink,
  InsertedTextRun,
  LevelFormat,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  Textbox,
  VerticalMergeType,
} from 'docx'
import fc from 'fast-check'
import JSZip from 'jszip'
import { VFile } from 'vfile'
import { describe, expect, it } from 'vitest'
import { docReader } from '../../../../src/lib/read/doc/reader.ts'
import { docxReader } from '../../../../src/lib/read/docx/reader.ts'
import { readerFor, readers } from '../../../../src/lib/read/index.ts'
import type { Reader } from '../../../../src/lib/read/reader.ts'
import type { ReportRoot } from '../../../../src/lib/types.ts'

const fixture = (name: string, file = 'input.docx'): Uint8Array => readFileSync(`tests/fixtures/${name}/${file}`)

/** What reading `bytes` as a file named `path` gives. */
interface Read {
  root: ReportRoot | null
  file: VFile
  text: string
  rows: string[][]
  lines: string[]
  messages: string[]
}

/** Read `bytes` with `reader` as a file named `path`. */
async function read(bytes: Uint8Array, path = 'report.docx', reader: Reader = docxReader): Promise<Read> {
  const file = new VFile({ path })
  const root = await reader.read(bytes, file)
  const children = root?.children ?? []
  return {
    root,
    file,
    text: String(file.value ?? ''),
    rows: children.filter((l) => l.layout === 'grid-row').map((l) => l.cells.map((c) => c.text)),
    lines: children.map((l) => l.text),
    messages: file.messages.map((m) => `${m.fatal ? 'error' : m.fatal === false ? 'warning' : 'info'} ${m.ruleId}: ${m.reason}`),
  }
}

/** A .docx built with the docx package. */
async function build(
  children: Array<Paragraph | Table>,
  numbering?: ConstructorParameters<typeof Document>[0]['numbering'],
): Promise<Uint8Array> {
  return Packer.toBuffer(new Document({ numbering, sections: [{ children }] }))
}

/** A zip with the given entries. */
async function zip(entries: Record<string, string>): Promise<Uint8Array> {
  const z = new JSZip()
  for (const [name, text] of Object.entries(entries)) z.file(name, text)
  return z.generateAsync({ type: 'uint8array' })
}

/** A table cell with one paragraph per text. */
const cell = (text: string | string[], options: object = {}): TableCell =>
  new TableCell({ children: (Array.isArray(text) ? text : [text]).map((t) => new Paragraph(t)), ...options })

describe('docx reader: API', () => {
  it('exports docxReader and docReader and lists both among the readers', () => {
    expect([docxReader.name, docxReader.extensions, docReader.name, docReader.extensions]).toEqual(['docx', ['.docx'], 'doc', ['.doc']])
    expect(readers).toContain(docxReader)
    expect(readers).toContain(docReader)
    expect(readerFor('报告.DOCX')).toBe(docxReader)
    expect(readerFor('报告.doc')).toBe(docReader)
  })
})

describe('docx reader: seed files', () => {
  it('lays out paragraphs and table rows as the source text, every cell pointing into it', async () => {
    const { root, file, text } = await read(fixture('docx-seed-004'))
    expect(file.data.encoding).toBeNull()
    expect(file.data.htmlTitle).toBe('中宁县徐套乡人民政府 2021 年政府信息公开工作年度报告')
    const source = text.split('\n')
    expect(source[0]).toBe('中宁县徐套乡人民政府 2021 年政府信息公开工作年度报告')
    for (const line of root!.children) {
      expect(source[line.position.start.line - 1]).toBe(line.text)
      for (const c of line.cells) expect(source[c.line - 1].slice(c.column - 1, c.column - 1 + c.text.length)).toBe(c.text)
    }
  })

  it('expands gridSpan and vMerge: a merged cell once, the slots it covers empty', async () => {
    const { rows } = await read(fixture('docx-seed-004'))
    const head = rows.findIndex((r) => r[0].includes('勾稽关系'))
    expect(rows.slice(head, head + 4)).toEqual([
      ['(本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和)', '', '', '申请人情况', '', '', '', '', '', ''],
      ['', '', '', '自然人', '法人或其他组织', '', '', '', '', '总计'],
      ['', '', '', '', '商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他', ''],
      ['一、本年新收政府信息公开申请数量', '', '', '0', '0', '0', '0', '0', '0', '0'],
    ])
    expect(rows.find((r) => r[0] === '第二十条第（一）项')).toEqual(['第二十条第（一）项', '', '', ''])
  })

  it('gives the grid the HTML reader gives for the same tables', async () => {
    for (const [word, page] of [
      ['docx-seed-004', 'html-trs-editor'],
      ['docx-seed-000', 'html-one-line-fragment'],
    ]) {
      const docx = (await read(fixture(word))).rows
      const html = (await read(fixture(page, 'input.html'), 'input.html', readerFor('input.html')!)).rows.map((r) => r.join('\t'))
      let at = 0
      for (const row of docx) {
        at = html.indexOf(row.join('\t'), at)
        expect(at, `${word}: ${row.join(' | ')}`).toBeGreaterThanOrEqual(0)
      }
    }
  })
})

describe('docx reader: Word features', () => {
  it('restores automatic list numbers (一、 （一） 1.)', async () => {
    const outline = {
      config: [
        {
          reference: 'outline',
          levels: [
            { level: 0, format: LevelFormat.CHINESE_COUNTING, text: '%1、', start: 1 },
            { level: 1, format: LevelFormat.CHINESE_COUNTING, text: '（%2）', start: 1 },
            { level: 2, format: LevelFormat.DECIMAL, text: '%3.', start: 1 },
          ],
        },
      ],
    }
    const item = (text: string, level: number) => new Paragraph({ text, numbering: { reference: 'outline', level } })
    const bytes = await build(
      [
        item('总体情况', 0),
        item('强化工作安排部署', 1),
        item('完善制度', 2),
        item('建章立制', 2),
        item('推进五公开', 1),
        item('主动公开政府信息情况', 0),
      ],
      outline,
    )
    expect((await read(bytes)).lines).toEqual([
      '一、总体情况',
      '（一）强化工作安排部署',
      '1.完善制度',
      '2.建章立制',
      '（二）推进五公开',
      '二、主动公开政府信息情况',
    ])
  })

  it('keeps inserted text and drops deleted and hidden text; reads links, line breaks and text boxes', async () => {
    const change = { author: '审核人', date: '2022-01-10T00:00:00Z' }
    const bytes = await build([
      new Paragraph({
        children: [
          new TextRun('本年共收到申请'),
          new DeletedTextRun({ id: 1, ...change, text: '3' }),
          new InsertedTextRun({ id: 2, ...change, text: '5' }),
          new TextRun('件'),
          new TextRun({ text: '（隐藏）', vanish: true }),
          new TextRun('。'),
        ],
      }),
      new Paragraph({
        children: [
          new TextRun('网址：'),
          new ExternalHyperlink({ link: 'http://www.example.gov.cn', children: [new TextRun('www.example.gov.cn')] }),
        ],
      }),
      new Paragraph({ children: [new TextRun('第一行'), new TextRun({ text: '第二行', break: 1 })] }),
      new Paragraph({
        children: [new Textbox({ style: { width: '100pt', height: '20pt' }, children: [new Paragraph('文本框里的文字')] })],
      }),
    ])
    expect((await read(bytes)).lines).toEqual(['本年共收到申请5件。', '网址：www.example.gov.cn', '第一行', '第二行', '文本框里的文字'])
  })

  it('joins the paragraphs of a cell and gives a nested table its own rows', async () => {
    const bytes = await build([
      new Table({
        rows: [
          new TableRow({
            children: [cell('信息内容', { verticalMerge: VerticalMergeType.RESTART }), cell('本年制发件数', { columnSpan: 2 })],
          }),
          new TableRow({ children: [cell('', { verticalMerge: VerticalMergeType.CONTINUE }), cell('甲'), cell('乙')] }),
          new TableRow({ children: [cell(['本年收费金额', '（单位：万元）']), cell(['12', '34']), cell('2')] }),
          new TableRow({
            children: [
              cell('外层'),
              new TableCell({ children: [new Table({ rows: [new TableRow({ children: [cell('内层'), cell('9')] })] })] }),
              cell('x'),
            ],
          }),
        ],
      }),
    ])
    const { root } = await read(bytes)
    expect(root!.children.map((l) => [l.layout, l.cells.map((c) => c.text)])).toEqual([
      ['grid-row', ['信息内容', '本年制发件数', '']],
      ['grid-row', ['', '甲', '乙']],
      ['grid-row', ['本年收费金额（单位：万元）', '12 34', '2']],
      ['paragraph', ['外层']],
      ['grid-row', ['内层', '9']],
      ['paragraph', ['x']],
    ])
  })
})

describe('docx reader: files it cannot read', () => {
  it('reports a damaged (truncated) file', async () => {
    const whole = fixture('docx-seed-004')
    const { root, messages } = await read(whole.subarray(0, Math.floor(whole.length * 0.6)))
    expect(root).toBeNull()
    expect(messages).toEqual([expect.stringMatching(/^error word-unreadable: Word 文件无法读取：文件已损坏或不完整/)])
  })

  it('reports a zip that holds no Word document, and a document that is not XML', async () => {
    expect((await read(await zip({ 'readme.txt': '你好' }))).messages).toEqual([expect.stringContaining('压缩包中没有 Word 正文')])
    const broken = await zip({
      '[Content_Types].xml': '<Types/>',
      'word/document.xml': '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p>',
    })
    expect((await read(broken)).messages).toEqual([
      expect.stringMatching(/^error word-unreadable: Word 文件无法读取：word\/document\.xml 不是有效的 XML/),
    ])
  })

  it('reports empty, oversized, RTF and unknown files', async () => {
    expect((await read(new Uint8Array(0))).messages).toEqual(['error empty-file: 文件是空的：没有可读取的内容'])
    expect((await read(new Uint8Array(21 * 1024 * 1024))).messages).toEqual([
      'error word-unreadable: Word 文件无法读取：文件过大（21.0 MB，上限 20 MB）',
    ])
    expect((await read(fixture('doc-rtf', 'input.doc'))).messages).toEqual([expect.stringContaining('文件实际是 RTF 格式')])
    expect((await read(new TextEncoder().encode('这不是 Word 文件'))).messages).toEqual([expect.stringContaining('文件不是 Word 文档')])
  })

  it('reports a document without text (a scan pasted into Word)', async () => {
    const { root, messages } = await read(await build([new Paragraph('')]))
    expect(root).toBeNull()
    expect(messages).toEqual([expect.stringMatching(/^error empty-file: Word 文件中没有可读取的文字/)])
  })
})

describe('docx reader: files named for the other format', () => {
  it('reads a .doc named .docx as a .doc and says so', async () => {
    const { file, rows, messages } = await read(fixture('doc-seed-004', 'input.doc'))
    expect(file.data.reader).toBe('doc')
    expect(messages).toEqual(['info word-extension: 文件扩展名为 .docx，但内容是Word 97–2003 文档（.doc），已按 .doc 读取'])
    expect(rows.length).toBeGreaterThan(40)
  })

  it('reads a web page named .docx with the HTML reader', async () => {
    const { file, rows, messages } = await read(fixture('doc-web-page', 'input.doc'))
    expect(file.data.reader).toBe('html')
    expect(messages[0]).toBe('info word-extension: 文件扩展名为 .docx，但内容是网页（HTML），已按网页读取')
    expect(rows.length).toBeGreaterThan(40)
  })
})

describe('docx reader: robustness', () => {
  it('never throws on damaged bytes, and reads or reports every file', async () => {
    const whole = fixture('docx-seed-001')
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(fc.nat(whole.length - 1), fc.nat(255)), { minLength: 1, maxLength: 8 }),
        fc.nat(whole.length),
        async (flips, cut) => {
          const bytes = whole.slice(0, Math.max(cut, 4))
          for (const [at, value] of flips) if (at < bytes.length) bytes[at] = value
          const { root, messages } = await read(bytes)
          if (root === null) expect(messages.some((m) => m.startsWith('error '))).toBe(true)
        },
      ),
      { numRuns: 40 },
    )
  })
})
