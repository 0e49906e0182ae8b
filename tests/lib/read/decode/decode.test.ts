import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { decodeReport, garbageReason, normaliseText } from '../../../../src/lib/read/decode.ts'

const root = join(fileURLToPath(new URL('.', import.meta.url)), 'fixtures')
const cases = readdirSync(root, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name)

describe('decodeReport fixtures', () => {
  for (const name of cases) {
    it(name, () => {
      const dir = join(root, name)
      const input = readdirSync(dir).find((f) => f.startsWith('input.'))!
      const expected = JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8'))
      const out = decodeReport(new Uint8Array(readFileSync(join(dir, input))))
      expect(out.encoding).toBe(expected.encoding)
      expect(out.ok).toBe(expected.ok)
      expect(out.confidence).toBe(expected.confidence)
      if (!out.ok) expect(out.reason).toBeTruthy()
      const lines = normaliseText(out.text).split('\n')
      expect(lines.length).toBe(expected.lineCount)
      expect(lines.slice(0, expected.firstLines.length)).toEqual(expected.firstLines)
    })
  }
})

describe('decodeReport edge cases', () => {
  it('Node has full ICU: GB18030 4-byte sequences decode', () => {
    expect(new TextDecoder('gb18030').decode(Uint8Array.of(0x81, 0x30, 0x81, 0x30))).toBe('\u0080')
  })
  it('reads GBK bytes of a table row', () => {
    const out = decodeReport(Uint8Array.of(0xb9, 0xe6, 0xd5, 0xc2, 0x09, 0x30))
    expect(out).toMatchObject({ text: '规章\t0', encoding: 'gb18030', ok: true })
  })
  it('keeps UTF-8 with a single corrupt byte as UTF-8 (low confidence)', () => {
    const good = new TextEncoder().encode('一、总体情况'.repeat(40))
    const bytes = new Uint8Array([...good, 0xff, 0x0a])
    const out = decodeReport(bytes)
    expect(out.encoding).toBe('utf-8')
    expect(out.confidence).toBe('low')
    expect(out.reason).toMatch(/U\+FFFD/)
  })
  it('flags NUL-laden text even when it is valid UTF-8', () => {
    const out = decodeReport(Uint8Array.of(0x61, 0, 0, 0, 0x62, 0, 0, 0, 0, 0))
    expect(out.ok).toBe(false)
    expect(out.encoding).toBeNull()
  })
  it('never throws on arbitrary bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        const out = decodeReport(bytes)
        expect(out.ok === (out.encoding !== null)).toBe(true)
      }),
    )
  })
  it('garbageReason accepts ordinary report text', () => {
    expect(garbageReason('一、总体情况\n规章\t0\t0\f\n')).toBeNull()
  })
})

describe('normaliseText', () => {
  it('folds number punctuation but keeps Chinese label punctuation', () => {
    expect(normaliseText('（三）不予公开：１．属于“国家秘密”、，。＋１２－３％｜ｘＹ／')).toBe(
      '（三）不予公开：1.属于“国家秘密”、，。+12-3%|xY/',
    )
  })
  it('turns CRLF and CR into LF, Unicode spaces into a space, drops zero-width chars', () => {
    expect(normaliseText('a\r\nb\rc\u00a0d\u3000e\u200bf\ufeffg\u2028h\ti')).toBe('a\nb\nc d efg h\ti')
  })
  it('keeps the number of lines', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'grapheme', maxLength: 200 }),
        fc.array(fc.constantFrom('\r\n', '\r', '\n', '\u2028', '\u0085', '\f', '\u00a0')),
        (s, breaks) => {
          const text = breaks.reduce((acc, b, i) => acc + b + s.slice(i), s)
          const lines = text.split(/\r\n|\r|\n/).length
          expect(normaliseText(text).split('\n').length).toBe(lines)
        },
      ),
    )
  })
  it('is idempotent', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (s) => {
        expect(normaliseText(normaliseText(s))).toBe(normaliseText(s))
      }),
    )
  })
})

describe('BOM-less UTF-16 big-endian', () => {
  it('is detected from NUL bytes in even positions', () => {
    const text = '规章\t0\t0\t0\n行政规范性文件\t2\t0\t2\n'
    const bytes = new Uint8Array(text.length * 2)
    for (let i = 0; i < text.length; i++) new DataView(bytes.buffer).setUint16(i * 2, text.charCodeAt(i), false)
    expect(decodeReport(bytes)).toMatchObject({ text, encoding: 'utf-16be', confidence: 'medium', ok: true })
  })
})
