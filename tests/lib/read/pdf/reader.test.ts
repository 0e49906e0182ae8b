/**
 * The PDF reader on small PDFs written by hand (make-pdf.ts) and read by pdf.js: ruled tables
 * drawn the ways word processors draw them, page furniture, rotated pages and files that
 * cannot be read.
 */
import { describe, expect, it } from 'vitest'
import { VFile } from 'vfile'
import { diagnosticsOf } from '../../../../src/lib/diagnostics/report.ts'
import { pageMarker } from '../../../../src/lib/read/blocks.ts'
import { MAX_PAGES } from '../../../../src/lib/read/pdf/document.ts'
import { pdfReader } from '../../../../src/lib/read/pdf/reader.ts'
import { box, grid, line, makePdf, type PageSpec, text } from './make-pdf.ts'

/** Read a PDF: its source text, line tree and diagnostics. */
async function read(bytes: Uint8Array) {
  const file = new VFile({ path: 'report.pdf' })
  const tree = await pdfReader.read(bytes, file)
  return { file, tree, text: String(file.value), rules: diagnosticsOf(file).map((d) => `${d.severity} ${d.ruleId}`) }
}

/** Table 四's header and values in a ruled grid: 行政复议 over two columns, 总计 over two rows. */
function appealTable(draw: 'strokes' | 'boxes'): string[] {
  const xs = [100, 200, 300, 400]
  const rule = (x0: number, y0: number, x1: number, y1: number): string =>
    draw === 'strokes'
      ? line(x0, y0, x1, y1)
      : box(Math.min(x0, x1) - 0.25, Math.min(y0, y1) - 0.25, Math.abs(x1 - x0) + 0.5, Math.abs(y1 - y0) + 0.5)
  return [
    rule(100, 700, 400, 700),
    rule(100, 680, 300, 680), // no line under 总计: it spans two rows
    rule(100, 660, 400, 660),
    rule(100, 640, 400, 640),
    ...xs.map((x) => rule(x, 640, x, 700)).filter((_, i) => i !== 1),
    rule(200, 640, 200, 680), // no line inside 行政复议's top row: it spans two columns
    text(110, 686, '行政复议'),
    text(310, 676, '总计'),
    text(110, 666, '结果维持'),
    text(210, 666, '结果纠正'),
    text(110, 646, '3'),
    text(210, 646, '无'),
    text(310, 646, '3'),
  ]
}

const heading: string[] = [text(72, 760, '某乡2021年政府信息公开工作年度报告', 16), text(72, 730, '四、政府信息公开行政复议、行政诉讼情况')]
const appealRows = ['行政复议\t\t总计', '结果维持\t结果纠正\t', '3\t无\t3']

describe('pdfReader', () => {
  it('reads a ruled table with merged cells into rows, spans expanded', async () => {
    const {
      text: source,
      tree,
      file,
    } = await read(makePdf([{ ops: [...heading, ...appealTable('strokes')] }], '某乡2021年政府信息公开工作年度报告'))
    expect(source).toBe(
      [pageMarker(1), '某乡2021年政府信息公开工作年度报告', '四、政府信息公开行政复议、行政诉讼情况', ...appealRows, ''].join('\n'),
    )
    expect(tree!.children.map((l) => l.layout)).toEqual(['paragraph', 'paragraph', 'grid-row', 'grid-row', 'grid-row'])
    expect(file.data).toMatchObject({ encoding: null, pageCount: 1, pageStarts: [1], htmlTitle: '某乡2021年政府信息公开工作年度报告' })
  })

  it('reads borders drawn as thin filled rectangles under a scaled, shifted coordinate system', async () => {
    // Word draws every border as a rectangle; here the whole page is drawn at half size and moved.
    const ops = ['q 2 0 0 2 -100 -700 cm', ...appealTable('boxes').map((op) => op.replace(/^BT \/F1 12 Tf/, 'BT /F1 6 Tf')), 'Q']
    const scaled = ops.map((op) => op.replace(/(\d+(?:\.\d+)?) (\d+(?:\.\d+)?) Td/, (_, x, y) => `${(+x + 100) / 2} ${(+y + 700) / 2} Td`))
    const drawn = scaled.map((op) =>
      op.endsWith('re f')
        ? op.replace(/^([\d.-]+) ([\d.-]+) ([\d.-]+) ([\d.-]+)/, (_, x, y, w, h) => `${(+x + 100) / 2} ${(+y + 700) / 2} ${w / 2} ${h / 2}`)
        : op,
    )
    const { text: source } = await read(makePdf([{ ops: [...heading, ...drawn] }]))
    expect(source.split('\n').slice(3, 6)).toEqual(appealRows)
  })

  it('reads a landscape page stored rotated (/Rotate 90) the right way up', async () => {
    // The page is portrait in PDF space; its text runs upwards so that it reads left to right once turned.
    const upright = (x: number, y: number, s: string): string => text(0, 0, s).replace('0 0 Td', `0 1 -1 0 ${y} ${x} Tm`)
    const cells = [upright(310, 130, '规章'), upright(510, 130, '0'), upright(310, 190, '规范性文件'), upright(510, 190, '2')]
    const ops = [upright(300, 70, '二、主动公开政府信息情况'), ...grid([100, 160, 220], [300, 500, 700]), ...cells]
    const { text: source } = await read(makePdf([{ ops, rotate: 90 }]))
    expect(source.split('\n').slice(1, 4)).toEqual(['二、主动公开政府信息情况', '规章\t0', '规范性文件\t2'])
  })

  it('drops running headers and page numbers, and carries a paragraph across the page break', async () => {
    const page = (n: number, body: string[]): PageSpec => ({ ops: [text(250, 800, '某乡人民政府'), ...body, text(280, 40, `- ${n} -`)] })
    // Both lines of page 1 end at the right margin (x = 444): the first is indented by two characters.
    const first = '本年度主动公开政府信息，做好依申请公开工作，全面落实条例规定'
    const full = '一是完善政府信息公开工作领导小组由乡长任组长分管副乡长为副组长'
    const pages = [
      page(1, [text(72, 700, '一、总体情况'), text(96, 680, first), text(72, 660, full)]),
      page(2, [text(72, 760, '乡属各办主任为成员。'), text(72, 740, '二、主动公开政府信息情况')]),
      page(3, [text(72, 760, '三、收到和处理政府信息公开申请情况')]),
    ]
    const { text: source, file } = await read(makePdf(pages))
    expect(source).not.toMatch(/某乡人民政府|- \d -/)
    expect(source.split('\n')).toContain(`${first}${full}乡属各办主任为成员。`)
    expect(file.data.pageCount).toBe(3)
    expect(file.data.pageStarts).toHaveLength(3)
  })

  it('reads radicals that fonts put for ideographs as the ideographs (⾏ for 行, ⺠ for 民)', async () => {
    const { text: source } = await read(
      makePdf([{ ops: [text(72, 760, '某乡⼈⺠政府'), text(72, 740, '⼀、本年新收政府信息公开申请数量'), text(72, 720, '⼆、⾏政许可')] }]),
    )
    expect(source.split('\n').slice(1, 4)).toEqual(['某乡人民政府', '一、本年新收政府信息公开申请数量', '二、行政许可'])
  })

  it('keeps text inside a box (a page border, a text frame) as running text', async () => {
    const ops = [...grid([50, 545], [50, 792]), text(72, 700, '一、总体情况'), text(72, 680, '本年度共收到政府信息公开申请5件。')]
    const { tree } = await read(makePdf([{ ops }]))
    expect(tree!.children.map((l) => [l.layout, l.text])).toEqual([
      ['paragraph', '一、总体情况'],
      ['paragraph', '本年度共收到政府信息公开申请5件。'],
    ])
  })
})

describe('pdfReader on PDFs it cannot read', () => {
  it('reports a scan (no text layer) and reads nothing', async () => {
    const { tree, rules, file } = await read(makePdf([{ ops: [box(50, 50, 495, 742)] }, { ops: [box(50, 50, 495, 742)] }]))
    expect(tree).toBeNull()
    expect(rules).toEqual(['error pdf-no-text'])
    expect(diagnosticsOf(file)[0]!.message).toMatch(/^PDF 是扫描件，没有文字层：.*建议：向发布单位索取可复制文字的 PDF 或 Word 原件/)
  })

  it('reads a text PDF with a scanned page, and says which page could not be read', async () => {
    const { tree, rules, file } = await read(makePdf([{ ops: heading }, { ops: [box(50, 50, 495, 742)] }]))
    expect(tree!.children.map((l) => l.text)).toEqual(['某乡2021年政府信息公开工作年度报告', '四、政府信息公开行政复议、行政诉讼情况'])
    expect(rules).toEqual(['warning pdf-image-page'])
    expect(diagnosticsOf(file)[0]).toMatchObject({ line: 4, message: '第 2 页没有文字层（扫描图片或空白页），其中的内容无法读取' })
  })

  it('reports text in unmapped code points (a font without a Unicode map) rather than reading it', async () => {
    const garbled = String.fromCodePoint(...Array.from({ length: 40 }, (_, i) => 0xe000 + i))
    const { tree, rules } = await read(
      makePdf([{ ops: [text(72, 700, garbled.slice(0, 20)), text(72, 680, garbled.slice(20)), text(72, 660, '表三 0 0 1')] }]),
    )
    expect(tree).toBeNull()
    expect(rules).toEqual(['error pdf-garbled'])
  })

  it('reports a file that is not a PDF, or is empty', async () => {
    for (const bytes of [new TextEncoder().encode('<html>不是 PDF</html>'), new Uint8Array(0)]) {
      const { tree, rules, file } = await read(bytes)
      expect(tree).toBeNull()
      expect(rules).toEqual(['error pdf-unreadable'])
      expect(String(file.value)).toBe('')
    }
  })

  it(`refuses a file of more than ${MAX_PAGES} pages`, async () => {
    const { tree, rules } = await read(makePdf(Array.from({ length: MAX_PAGES + 1 }, () => ({ ops: [] }))))
    expect(tree).toBeNull()
    expect(rules).toEqual(['error pdf-too-long'])
  })
})
