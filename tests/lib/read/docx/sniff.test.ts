import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { wordKind } from '../../../../src/lib/read/word/sniff.ts'

const bytes = (text: string): Uint8Array => new TextEncoder().encode(text)

describe('wordKind (src/lib/read/word/sniff.ts)', () => {
  it('tells the containers of Word files from their first bytes, whatever the name says', () => {
    expect(wordKind(readFileSync('tests/fixtures/docx-seed-004/input.docx'))).toBe('zip')
    expect(wordKind(readFileSync('tests/fixtures/doc-seed-004/input.doc'))).toBe('ole')
    expect(wordKind(readFileSync('tests/fixtures/doc-rtf/input.doc'))).toBe('rtf')
    expect(wordKind(readFileSync('tests/fixtures/doc-web-page/input.doc'))).toBe('html')
    expect(wordKind(readFileSync('tests/fixtures/mht-seed-000/input.mht'))).toBe('mime')
  })

  it('recognises web pages and Word 2003 XML saved as .doc, and nothing else', () => {
    expect(wordKind(bytes('\ufeff<html xmlns:o="urn:schemas-microsoft-com:office:office"><body>'))).toBe('html')
    expect(wordKind(bytes('<?xml version="1.0"?>\n<!DOCTYPE html>\n<html>'))).toBe('html')
    expect(wordKind(bytes('<?xml version="1.0"?><?mso-application progid="Word.Document"?><w:wordDocument>'))).toBe('word-xml')
    expect(wordKind(bytes('MIME-Version: 1.0\r\nContent-Type: multipart/related;'))).toBe('mime')
    expect(wordKind(bytes('PK'))).toBe('unknown')
    expect(wordKind(bytes('一、总体情况'))).toBe('unknown')
    expect(wordKind(new Uint8Array(0))).toBe('empty')
  })
})
