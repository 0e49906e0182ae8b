/**
 * A report's original file keeps its ending, except the endings a static host would serve as a
 * live document on the portal's origin (a saved web page's scripts would run there): those are
 * published as text, `.html.txt` (docs/security.md).
 */
import { describe, expect, test } from 'vitest'
import { originalExtension } from '../../src/utils/paths.ts'

const ending = (path: string): string => originalExtension({ source: { path } } as Parameters<typeof originalExtension>[0])

describe('originalExtension', () => {
  test('keeps the ending of PDF, Word, text and Markdown files, lower-cased', () => {
    expect(['a.pdf', 'a.PDF', 'a.docx', 'a.doc', 'a.txt', 'a.md'].map(ending)).toEqual(['.pdf', '.pdf', '.docx', '.doc', '.txt', '.md'])
  })

  test('publishes web pages and other live documents as text', () => {
    expect(['a.html', 'a.HTM', 'a.mht', 'a.mhtml', 'a.xhtml', 'a.svg', 'a.xml'].map(ending)).toEqual([
      '.html.txt',
      '.htm.txt',
      '.mht.txt',
      '.mhtml.txt',
      '.xhtml.txt',
      '.svg.txt',
      '.xml.txt',
    ])
  })

  test('gives a file without an ending .bin', () => {
    expect(ending('content/reports/报告')).toBe('.bin')
  })
})
