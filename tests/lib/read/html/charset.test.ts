import { describe, expect, it } from 'vitest'
import { decodeReport } from '../../../../src/lib/read/decode.ts'
import { charsetFamily, decodePage, declaredCharset } from '../../../../src/lib/read/html/charset.ts'
import { gb18030 } from '../../../support/gb18030.ts'

const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s)
const concat = (...parts: Uint8Array[]): Uint8Array => Uint8Array.from(parts.flatMap((p) => [...p]))
const page = (meta: string, body = '<p>一、总体情况</p><table><tr><td>规章</td><td>0</td></tr></table>'): string =>
  `<html><head>${meta}<title>年度报告</title></head><body>${body}</body></html>`

describe('declaredCharset', () => {
  it('reads <meta charset> and the http-equiv Content-Type form, in bytes or text', () => {
    expect(declaredCharset(utf8('<meta charset="GB2312">'))).toBe('gb2312')
    expect(declaredCharset('<META content="text/html; charset=gbk" http-equiv=Content-Type>')).toBe('gbk')
    expect(declaredCharset("<meta http-equiv='Content-Type' content='text/html;charset=UTF-8' />")).toBe('utf-8')
    expect(declaredCharset('<?xml version="1.0" encoding="GB2312"?>\n<html>')).toBe('gb2312')
    expect(declaredCharset('<p>charset=gbk is only text here</p>')).toBeNull()
  })
  it('maps the labels CMSs write to the two families the engine tells apart', () => {
    expect(['gb2312', 'GBK', 'gb18030', 'x-gbk', 'cp936'].map(charsetFamily)).toEqual([
      'gb18030',
      'gb18030',
      'gb18030',
      'gb18030',
      'gb18030',
    ])
    expect(['utf-8', 'UTF8'].map(charsetFamily)).toEqual(['utf-8', 'utf-8'])
    expect([null, 'big5', 'iso-8859-1'].map(charsetFamily)).toEqual([null, null, null])
  })
})

describe('decodePage', () => {
  it('decodes a GBK page that declares gb2312', () => {
    const out = decodePage(gb18030(page('<meta http-equiv="Content-Type" content="text/html; charset=gb2312">')))
    expect(out).toMatchObject({ encoding: 'gb18030', ok: true, confidence: 'high' })
    expect(out.text).toContain('一、总体情况')
  })
  it('keeps a GBK page with a broken byte in GB18030 (lossy) as its <meta> says', () => {
    const bytes = concat(gb18030(page('<meta charset="gbk">')), Uint8Array.of(0xff))
    const out = decodePage(bytes)
    expect(out).toMatchObject({ encoding: 'gb18030', ok: true, confidence: 'low' })
    expect(out.text).toContain('规章')
  })
  it('reads valid UTF-8 as UTF-8 even when the page still declares gb2312 (re-saved by an editor)', () => {
    const out = decodePage(utf8(page('<meta charset="gb2312">')))
    expect(out).toMatchObject({ encoding: 'utf-8', ok: true, confidence: 'high' })
  })
  it('does not take a declared UTF-8 page with one bad byte for GB18030', () => {
    // 0x80 is valid GB18030 (€) and the UTF-8 before it pairs up as GB18030 too: sniffing alone misreads it.
    const bytes = concat(utf8(page('<meta charset="utf-8">', '<p>一、总体情况</p>')), Uint8Array.of(0x80))
    expect(decodeReport(bytes).encoding).toBe('gb18030')
    const out = decodePage(bytes)
    expect(out).toMatchObject({ encoding: 'utf-8', ok: true, confidence: 'low' })
    expect(out.text).toContain('一、总体情况')
  })
  it('sniffs as before when the page declares nothing, and honours a BOM', () => {
    const gbk = gb18030(page(''))
    expect(decodePage(gbk)).toEqual(decodeReport(gbk))
    const bom = concat(Uint8Array.of(0xef, 0xbb, 0xbf), utf8(page('<meta charset="gbk">')))
    expect(decodePage(bom).encoding).toBe('utf-8-bom')
  })
})
