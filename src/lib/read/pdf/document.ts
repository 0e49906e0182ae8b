/**
 * Open a PDF with pdf.js and read its pages, within limits: problems that stop the reading
 * (a password, a broken file, too many pages, too long) come back as a rule and a message.
 */
import type { PDFDocumentProxy } from 'pdfjs-dist/types/src/display/api'
import { type PageContent, pageContent } from './page-content.ts'
import { pdfjs, loadParameters } from './pdfjs.ts'

type PdfJs = Awaited<ReturnType<typeof pdfjs>>

/** Past this many pages a file is not read: a yearly report has a few dozen at most. */
export const MAX_PAGES = 200

/** Past this many milliseconds of reading, the file is given up. */
export const MAX_MILLISECONDS = 60_000

/** A document read, or why it could not be. */
export type OpenedPdf =
  | { ok: true; pages: PageContent[]; title: string | null; pageCount: number }
  | { ok: false; ruleId: 'pdf-encrypted' | 'pdf-unreadable' | 'pdf-too-long'; message: string }

/** Why pdf.js refused a file, in the words of the diagnostics. */
function failure(error: unknown): OpenedPdf {
  const name = (error as { name?: string } | null)?.name ?? ''
  const message = error instanceof Error ? error.message : String(error)
  if (name === 'PasswordException') {
    return {
      ok: false,
      ruleId: 'pdf-encrypted',
      message: 'PDF 已加密，需要密码才能打开，无法读取（建议：向发布单位索取未加密的 PDF 或 Word 原件）',
    }
  }
  return unreadable(name === 'InvalidPDFException' ? '文件结构无效，可能已损坏或下载不完整' : `pdf.js 报告：${message}`)
}

/** The failure of a file that cannot be read, for `reason`. */
function unreadable(reason: string): OpenedPdf {
  return { ok: false, ruleId: 'pdf-unreadable', message: `PDF 无法读取：${reason}（建议：重新下载，或向发布单位索取原件）` }
}

/** Why bytes are not a PDF at all (empty, or no `%PDF-` header near the start), or null. */
function notPdf(bytes: Uint8Array): string | null {
  if (bytes.length === 0) return '文件为空（0 字节）'
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024))
  if (head.includes('%PDF-')) return null
  const html = /^\s*<(?:!doctype|html|head|body|\?xml)/i.test(head)
  return html ? '文件不是 PDF，而是网页（下载失败时常会存下错误页面）' : '文件不是 PDF（开头没有 %PDF 标记）'
}

/** A page pdf.js could not read: no text, and why. */
function emptyPage(number: number, error: unknown): PageContent {
  return { number, width: 0, height: 0, runs: [], segments: [], chars: '', problem: error instanceof Error ? error.message : String(error) }
}

/** The document's title: the Info dictionary's Title, else the XMP dc:title; null when neither is there. */
async function titleOf(doc: PDFDocumentProxy): Promise<string | null> {
  const meta = await doc.getMetadata().catch(() => null)
  const title = (meta?.info as { Title?: unknown } | undefined)?.Title
  if (typeof title === 'string' && title.trim()) return title
  const xmp: unknown = meta?.metadata?.get('dc:title')
  return typeof xmp === 'string' && xmp.trim() ? xmp : null
}

/** Read every page of a PDF; never throws. */
export async function openPdf(bytes: Uint8Array): Promise<OpenedPdf> {
  const started = Date.now()
  const wrong = notPdf(bytes)
  if (wrong) return unreadable(wrong)
  let task: ReturnType<PdfJs['getDocument']> | null = null
  try {
    const lib = await pdfjs()
    // pdf.js takes over the buffer it is given (and refuses Node Buffers): hand it a plain copy.
    task = lib.getDocument(loadParameters(new Uint8Array(bytes)))
    const doc = await task.promise
    if (doc.numPages > MAX_PAGES) {
      return {
        ok: false,
        ruleId: 'pdf-too-long',
        message: `PDF 有 ${doc.numPages} 页，超过上限 ${MAX_PAGES} 页，未读取（年度报告一般只有几页到几十页，请确认文件是否正确）`,
      }
    }
    const pages: PageContent[] = []
    for (let n = 1; n <= doc.numPages; n++) {
      if (Date.now() - started > MAX_MILLISECONDS) {
        return {
          ok: false,
          ruleId: 'pdf-too-long',
          message: `PDF 读取超时（${MAX_MILLISECONDS / 1000} 秒内只读完 ${n - 1}/${doc.numPages} 页），未读取`,
        }
      }
      pages.push(await pageContent(lib, await doc.getPage(n)).catch((error: unknown) => emptyPage(n, error)))
    }
    return { ok: true, pages, title: await titleOf(doc), pageCount: doc.numPages }
  } catch (error) {
    return failure(error)
  } finally {
    await task?.destroy().catch(() => undefined)
  }
}
