import { describe, expect, it } from 'vitest'
import { htmlLines } from '../../../../src/lib/read/html/lines.ts'
import { pageLines } from '../../../../src/lib/read/html/reflow.ts'

const filler = '，'.repeat(120)
const oneLine = `<div class="TRS_Editor"><p style="text-align:center"><strong>某乡2021年政府信息公开工作年度报告</strong></p><p style="text-indent:2em"><span>一、总体情况</span></p><p>正文${filler}。</p><table><tbody><tr><td colspan="2"><p>&nbsp;</p><p>信息</p><p>内容</p></td><td>本年新制作数量</td></tr><tr><td>规章</td><td>&nbsp;</td><td><p style="text-align:center"><span>0</span></p></td></tr></tbody></table>一段<br/>另一段</div>`

describe('pageLines', () => {
  it('breaks a long line before the markup of each block, so each block starts a line', () => {
    const page = pageLines(oneLine)
    expect(page.source.replace(/\n/g, '')).toBe(oneLine)
    const rows = page.source.split('\n')
    expect(rows.map((r) => r.slice(0, 26))).toEqual([
      '<div class="TRS_Editor"><p',
      '<p style="text-indent:2em"',
      `<p>正文${filler.slice(0, 21)}`,
      '<table><tbody><tr><td cols',
      '<tr><td>规章</td><td>&nbsp;<',
      '一段<br/>',
      '另一段</div>',
    ])
    expect(page.lines.map((l) => [l.position.start.line, l.layout, l.text])).toEqual([
      [1, 'paragraph', '某乡2021年政府信息公开工作年度报告'],
      [2, 'paragraph', '一、总体情况'],
      [3, 'paragraph', `正文${filler}。`],
      [4, 'grid-row', '信息内容\t\t本年新制作数量'],
      [5, 'grid-row', '规章\t\t0'],
      [6, 'paragraph', '一段'],
      [7, 'paragraph', '另一段'],
    ])
    const cell = page.lines[4]!.cells[2]!
    expect(rows[cell.line - 1]!.slice(cell.column - 1, cell.column)).toBe('0')
  })
  it('keeps pages whose lines a reader takes in at a glance as written', () => {
    const html = '<ul><li><a href="/">首页</a></li><li>政务公开</li><li>互动交流</li></ul>\n<p>一、总体情况</p>'
    expect(pageLines(html).source).toBe(html)
  })
  it('keeps the page as written when breaking it would change what it says (pre)', () => {
    const html = `<pre>第一行${filler}<b>粗</b>\n第二行</pre><p>${filler}</p><p>后</p>`
    const page = pageLines(html)
    expect(page.lines.map((l) => l.text)).toEqual(htmlLines(html).lines.map((l) => l.text))
  })
})

describe('navigation links', () => {
  it('leaves out lines that are only links, a date or separators beside them', () => {
    const html =
      '<ul><li><a href="/a">某某镇2021年政府信息公开工作年度报告</a><span>2022-01-17</span></li><li><a href="/">首页</a> &gt; <a href="/x">年报</a></li></ul><p>附件：<a href="/f.pdf">年报.pdf</a></p><table><tr><td><a href="/t">规章</a></td><td>0</td></tr></table>'
    expect(htmlLines(html).lines.map((l) => l.text)).toEqual(['附件：年报.pdf', '规章\t0'])
  })
  it('keeps links without an address and script links stay hidden', () => {
    const html = '<p><a name="top">一、总体情况</a></p><p><a href="javascript:window.print()">打印</a></p>'
    expect(htmlLines(html).lines.map((l) => l.text)).toEqual(['一、总体情况'])
  })
})
