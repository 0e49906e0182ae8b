/**
 * The PDF reader's handling of page text on hand-made lines: furniture, paragraphs, tables
 * without ruling lines, and the text-layer and title checks.
 */
import { describe, expect, it } from 'vitest'
import { isPageNumber, withoutFurniture } from '../../../../src/lib/read/pdf/furniture.ts'
import { type FlowItem, flowBlocks } from '../../../../src/lib/read/pdf/paragraphs.ts'
import type { Run } from '../../../../src/lib/read/pdf/runs.ts'
import { streamTables } from '../../../../src/lib/read/pdf/stream-table.ts'
import { type TextLine, textLines } from '../../../../src/lib/read/pdf/text-lines.ts'
import { meaningfulTitle } from '../../../../src/lib/read/pdf/title.ts'

/** A line of 10-point pieces of text placed at given x positions, at baseline `base`. */
function placed(pieces: Array<[string, number]>, base: number, size = 10): TextLine {
  return textLines(
    pieces.map(([t, x]) => ({ text: t, x0: x, x1: x + size * [...t].length * (/^[\d.]+$/.test(t) ? 0.5 : 1), base, size })),
  )[0]!
}

/** A line of 10-point text at baseline `base`, starting at x, one run per space-separated word. */
function lineAt(text: string, x: number, base: number, size = 10): TextLine {
  const runs: Run[] = []
  let at = x
  for (const word of text.split(/( +)/)) {
    if (word.startsWith(' ')) at += word.length * size * 1.5
    else if (word) {
      runs.push({ text: word, x0: at, x1: at + size * [...word].length, base, size })
      at += size * [...word].length
    }
  }
  return textLines(runs)[0]!
}

describe('page furniture', () => {
  it('knows page numbers in their usual forms', () => {
    for (const t of ['- 3 -', '—3—', '第 3 页 共 5 页', '第3页', '共5页 第3页', '3/5', '3', 'Page 3 of 5'])
      expect(isPageNumber(t), t).toBe(true)
    for (const t of ['2021 年', '3 件', '一、总体情况']) expect(isPageNumber(t), t).toBe(false)
  })

  it('drops a header repeated on most pages and page numbers near the edge, keeps the text', () => {
    const page = (n: number) => ({
      height: 800,
      lines: [lineAt('某乡人民政府', 100, 40), lineAt(`正文第${n}页的内容`, 50, 400), lineAt(`- ${n} -`, 280, 780)],
    })
    const kept = withoutFurniture([page(1), page(2), page(3)])
    expect(kept.map((lines) => lines.map((l) => l.text))).toEqual([['正文第1页的内容'], ['正文第2页的内容'], ['正文第3页的内容']])
  })

  it('keeps a line that sits at the top of one page only, and a number in the middle of a page', () => {
    const kept = withoutFurniture([
      { height: 800, lines: [lineAt('某乡2021年政府信息公开工作年度报告', 100, 40), lineAt('12', 300, 400)] },
      { height: 800, lines: [lineAt('二、主动公开政府信息情况', 50, 40)] },
    ])
    expect(kept.flat().map((l) => l.text)).toEqual(['某乡2021年政府信息公开工作年度报告', '12', '二、主动公开政府信息情况'])
  })
})

describe('paragraphs', () => {
  const flowLine = (text: string, x: number, base: number, page = 1, size = 10): FlowItem => ({
    kind: 'line',
    line: lineAt(text, x, base, size),
    page,
    left: 50,
    right: 200,
  })

  it('joins lines that wrap at the right margin and keeps headings on their own line', () => {
    const blocks = flowBlocks(
      [
        { kind: 'page', number: 1 },
        flowLine('一、总体情况', 70, 100),
        flowLine('本年度共收到政府信息公开申', 70, 120), // indented first line, runs to the margin (70 + 13 × 10 = 200)
        flowLine('请5件，均已按时办结。', 50, 140),
        flowLine('（一）主动公开情况', 70, 160),
      ],
      10,
    )
    expect(blocks).toEqual([
      { kind: 'page', number: 1 },
      { kind: 'paragraph', text: '一、总体情况' },
      { kind: 'paragraph', text: '本年度共收到政府信息公开申请5件，均已按时办结。' },
      { kind: 'paragraph', text: '（一）主动公开情况' },
    ])
  })

  it('carries a paragraph over a page break and puts the page marker after it', () => {
    const blocks = flowBlocks(
      [
        { kind: 'page', number: 1 },
        flowLine('努力保障人民群众的知情权、参与权、表达', 50, 700),
        { kind: 'page', number: 2 },
        flowLine('权和监督权。', 50, 60),
        flowLine('二、主动公开政府信息情况', 70, 80),
      ],
      10,
    )
    expect(blocks).toEqual([
      { kind: 'page', number: 1 },
      { kind: 'paragraph', text: '努力保障人民群众的知情权、参与权、表达权和监督权。' },
      { kind: 'page', number: 2 },
      { kind: 'paragraph', text: '二、主动公开政府信息情况' },
    ])
  })

  it('joins the wrapped lines of a title set in a larger font', () => {
    const blocks = flowBlocks(
      [
        flowLine('某乡人民政府2021年政府信息', 80, 60, 1, 18),
        flowLine('公开工作年度报告', 130, 90, 1, 18),
        flowLine('按照条例要求，现予发布。', 70, 130),
      ],
      10,
    )
    expect(blocks.map((b) => (b.kind === 'paragraph' ? b.text : b.kind))).toEqual([
      '某乡人民政府2021年政府信息公开工作年度报告',
      '按照条例要求，现予发布。',
    ])
  })
})

describe('tables without ruling lines', () => {
  it('makes rows of label and values, a wrapped label joined, a missing value left blank in its column', () => {
    const lines = [
      placed(
        [
          ['4.无正当理由大量反复申请', 50],
          ['1', 300],
          ['2', 350],
          ['3', 400],
        ],
        100,
      ),
      placed([['5.要求行政机关确认或重新出', 50]], 115),
      placed(
        [
          ['0', 300],
          ['0', 350],
          ['0', 400],
        ],
        125,
      ),
      placed([['具已获取信息', 50]], 135),
      placed(
        [
          ['四、结转下年度继续办理', 50],
          ['7', 301],
          ['9', 399],
        ],
        155,
      ),
    ]
    const parts = streamTables(lines)
    expect(parts).toHaveLength(1)
    expect(parts[0]!.kind === 'rows' && parts[0]!.rows).toEqual([
      { kind: 'row', cells: ['4.无正当理由大量反复申请', '1', '2', '3'] },
      { kind: 'row', cells: ['5.要求行政机关确认或重新出具已获取信息', '0', '0', '0'] },
      { kind: 'row', cells: ['四、结转下年度继续办理', '7', '', '9'] },
    ])
  })

  it('leaves running text alone', () => {
    const parts = streamTables([
      lineAt('2021年共发布各类信息1630余条，其中政府网站发布信息5条。', 50, 100),
      lineAt('一、总体情况', 50, 120),
    ])
    expect(parts.map((p) => p.kind)).toEqual(['line', 'line'])
  })
})

describe('document title', () => {
  it('takes a real title and leaves out what word processors put there', () => {
    expect(meaningfulTitle('Microsoft Word - 某乡2021年政府信息公开工作年度报告.docx')).toBe('某乡2021年政府信息公开工作年度报告')
    for (const t of [null, '', 'untitled', '文档1', 'Microsoft Word - 文档1.docx', 'PowerPoint 演示文稿', 'report.pdf'])
      expect(meaningfulTitle(t), String(t)).toBeNull()
  })
})
