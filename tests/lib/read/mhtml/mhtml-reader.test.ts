import { readFileSync } from 'node:fs'
import { VFile } from 'vfile'
import { describe, expect, it } from 'vitest'
import { diagnosticsOf } from '../../../../src/lib/diagnostics/report.ts'
import { readerFor } from '../../../../src/lib/read/index.ts'
import { mhtmlReader } from '../../../../src/lib/read/mhtml/reader.ts'

const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s)

/** Read bytes as `path` with the mhtml reader: the tree, the source view text and the diagnostics. */
async function read(bytes: Uint8Array, path = 'page.mht') {
  const file = new VFile({ path })
  file.data.reader = 'mhtml'
  const root = await mhtmlReader.read(bytes, file)
  return { root, file, text: String(file.value ?? ''), diagnostics: diagnosticsOf(file) }
}

/** A single-file page as Chrome saves it: the HTML part base64, UTF-8, no charset parameter. */
function blinkPage(html: string): Uint8Array {
  const b64 = Buffer.from(html, 'utf8').toString('base64').replace(/.{76}/g, '$&\r\n')
  return utf8(
    [
      'From: <Saved by Blink>',
      'Snapshot-Content-Location: https://www.example.gov.cn/art/2022/1/4/art_1.html',
      'Subject: =?utf-8?Q?=E5=B9=B4=E5=BA=A6=E6=8A=A5=E5=91=8A?=',
      'MIME-Version: 1.0',
      'Content-Type: multipart/related;',
      '\ttype="text/html";',
      '\tboundary="----MultipartBoundary--x1----"',
      '',
      '',
      '------MultipartBoundary--x1----',
      'Content-Type: text/html',
      'Content-ID: <frame-1@mhtml.blink>',
      'Content-Transfer-Encoding: base64',
      'Content-Location: https://www.example.gov.cn/art/2022/1/4/art_1.html',
      '',
      b64,
      '',
      '------MultipartBoundary--x1----',
      'Content-Type: image/png',
      'Content-Transfer-Encoding: base64',
      'Content-Location: https://www.example.gov.cn/logo.png',
      '',
      'iVBORw0KGgo=',
      '',
      '------MultipartBoundary--x1------',
      '',
    ].join('\r\n'),
  )
}

describe('mhtmlReader', () => {
  it('takes .mht and .mhtml files', () => {
    expect(readerFor('报告.MHT')?.name).toBe('mhtml')
    expect(readerFor('报告.mhtml')?.name).toBe('mhtml')
  })
  it('reads the quoted-printable gb2312 page of an Internet Explorer .mht; the source view is its decoded HTML', async () => {
    const { root, text, file, diagnostics } = await read(new Uint8Array(readFileSync('tests/fixtures/mht-seed-000/input.mht')))
    expect(diagnostics).toEqual([])
    expect(file.data.encoding).toBe('gb18030')
    expect(text).toMatch(/^<!DOCTYPE HTML/)
    expect(text).not.toMatch(/=[0-9A-F]{2}=[0-9A-F]{2}/)
    expect(file.data.htmlTitle).toBe('哈拉直沟乡人民政府2021年政务信息公开工作年度报告')
    const row = root!.children.find((l) => l.layout === 'grid-row' && l.cells[0]?.text === '规章')!
    const rows = text.split(/\r\n|\r|\n/)
    for (const cell of row.cells.filter((c) => c.text)) expect(rows[cell.line - 1]!.slice(cell.column - 1).startsWith(cell.text)).toBe(true)
  })
  it('reads a base64 UTF-8 page saved by Chrome and leaves the images out', async () => {
    const { root, file, diagnostics } = await read(
      blinkPage(
        '<!DOCTYPE html><html><head><meta charset="utf-8"><title>某乡年度报告</title></head><body><p>一、总体情况</p><table><tr><td>规章</td><td>0</td></tr></table></body></html>',
      ),
    )
    expect(diagnostics).toEqual([])
    expect(file.data.encoding).toBe('utf-8')
    expect(root!.children.map((l) => [l.layout, l.text])).toEqual([
      ['paragraph', '一、总体情况'],
      ['grid-row', '规章\t0'],
    ])
  })
  it('reads a plain web page saved with the .mht ending as the page it is', async () => {
    const { root, file } = await read(utf8('<html><body><p>一、总体情况</p></body></html>'))
    expect(file.data.encoding).toBe('utf-8')
    expect(root!.children.map((l) => l.text)).toEqual(['一、总体情况'])
  })
  it('reports a file with no web page in it, and an empty file', async () => {
    const none = await read(utf8('MIME-Version: 1.0\r\nContent-Type: text/plain\r\n\r\n只有文字\r\n'))
    expect(none.root).toBeNull()
    expect(none.diagnostics.map((d) => [d.ruleId, d.severity])).toEqual([['html-unreadable', 'error']])
    const empty = await read(new Uint8Array())
    expect(empty.root).toBeNull()
    expect(empty.diagnostics.map((d) => d.ruleId)).toEqual(['empty-file'])
  })
})
