/**
 * The reader of single-file web pages (`.mht`, `.mhtml`, "网页，单个文件"): a MIME
 * multipart/related message whose text/html part is the page. postal-mime undoes the
 * transfer encoding (quoted-printable, base64) and the part's charset; the HTML reader reads
 * the page. The source view shows the page's decoded HTML, and positions point into it.
 */
import PostalMime from 'postal-mime'
import { report } from '../../diagnostics/report.ts'
import { charsetFamily, declaredCharset } from '../html/charset.ts'
import { htmlReader, readHtml } from '../html/reader.ts'
import type { Reader } from '../reader.ts'

/** Markup that shows a file saved as `.mht` is in fact a plain web page. */
const plainPage = /<(?:!doctype\s+html|html|body|table)\b/i

export const mhtmlReader: Reader = {
  name: 'mhtml',
  extensions: ['.mht', '.mhtml'],
  async read(bytes, file) {
    if (bytes.length === 0) {
      report(file, 'empty-file', 'error', '文件是空的：没有可读取的内容', { line: 1 })
      return null
    }
    const html = await pagePart(bytes)
    if (html === null) {
      // Some browsers and tools name a plain saved page .mht: read it as the page it is.
      if (plainPage.test(new TextDecoder('latin1').decode(bytes.subarray(0, 4096)))) return htmlReader.read(bytes, file)
      report(
        file,
        'html-unreadable',
        'error',
        '网页单个文件（.mht）中没有网页（text/html）部分，无法读取：请在浏览器中打开后另存为 .html 文件',
        { line: 1 },
      )
      return null
    }
    file.data.encoding = charsetFamily(declaredCharset(html)) ?? 'utf-8'
    if (html.includes('\ufffd'))
      report(file, 'encoding', 'warning', '网页单个文件中的网页部分有无法识别的字符（已显示为 �）：请核对原文', { line: 1 })
    return readHtml(html, file)
  },
}

/** The decoded HTML of the message's text/html part(s), or null when it has none or is not MIME. */
async function pagePart(bytes: Uint8Array): Promise<string | null> {
  try {
    const email = await PostalMime.parse(bytes)
    return email.html && email.html.trim() !== '' ? email.html : null
  } catch {
    return null
  }
}
