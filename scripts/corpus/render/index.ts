/**
 * A report's file: its layout's text or bytes, in the encoding and line endings files of that
 * kind come in (most UTF-8; some GB18030, UTF-8 with BOM, UTF-16, CRLF; some web pages GBK).
 */
import type { ReportDocument } from '../document.ts'
import { layouts } from '../plan.ts'
import { Random } from '../random.ts'
import { renderDocx } from './docx.ts'
import { encode, type Encoding } from './encode.ts'
import { renderHtml } from './html.ts'
import { renderMarkdown } from './markdown.ts'
import { renderText } from './text.ts'
import type { OfficeFormat } from './office.ts'

/** A written report file. */
export interface RenderedFile {
  extension: string
  /** The file's bytes; for a PDF or .doc, the .docx that LibreOffice converts (generate.ts). */
  bytes: Buffer
  /** Null for Word and PDF files. */
  encoding: Encoding | null
  crlf: boolean
  /** Set when `bytes` is a .docx still to be converted to this format. */
  convertTo?: OfficeFormat
}

/** Render `doc` in its planned layout. */
export function renderFile(doc: ReportDocument, seed: string): RenderedFile {
  const { layout } = doc.plan
  const extension = layouts[layout]
  const id = `${doc.plan.place.code}-${doc.plan.year}`
  const random = new Random(seed, 'render', id)
  if (layout === 'docx') return { extension, bytes: renderDocx(doc, random), encoding: null, crlf: false }
  if (layout === 'pdf' || layout === 'pdf-plain' || layout === 'doc') {
    const bytes = renderDocx(doc, random, layout !== 'pdf-plain')
    return { extension, bytes, encoding: null, crlf: false, convertTo: layout === 'doc' ? 'doc' : 'pdf' }
  }
  if (layout === 'html-cms' || layout === 'html-trs' || layout === 'html-word') {
    const gbk = layout !== 'html-trs' && random.chance(layout === 'html-word' ? 0.5 : 0.2)
    const page = (charset: string) => renderHtml(doc, layout, new Random(seed, 'page', id), charset)
    const crlf = random.chance(0.3)
    const wanted = gbk ? encode(page(random.pick(['gbk', 'gb2312'])), 'gb18030', crlf) : null
    if (wanted?.encoding === 'gb18030') return { extension, ...wanted, crlf }
    return { extension, ...encode(page('utf-8'), 'utf-8', crlf), crlf }
  }
  const text = layout === 'markdown' ? renderMarkdown(doc, random) : renderText(doc, layout, random)
  const encoding = random.weighted<Encoding>({ 'utf-8': 78, 'utf-8-bom': 10, gb18030: 10, 'utf-16le': 2 })
  const crlf = random.chance(0.25)
  return { extension, ...encode(text, layout === 'markdown' && encoding === 'gb18030' ? 'utf-8' : encoding, crlf), crlf }
}
