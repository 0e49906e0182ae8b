/**
 * Reading a Word file, whatever its name says: the bytes decide. A zip is read as .docx, an OLE
 * compound file as .doc (or reported as a password-locked .docx), a web page saved as .doc by
 * the HTML readers; RTF, Word 2003 XML and anything else are reported, never read as garbage.
 */
import type { VFile } from 'vfile'
import { report } from '../../diagnostics/report.ts'
import type { ReportRoot } from '../../types.ts'
import { docContent } from '../doc/doc-content.ts'
import { docxContent } from '../docx/docx-content.ts'
import { htmlReader } from '../html/reader.ts'
import { mhtmlReader } from '../mhtml/reader.ts'
import { type WordContent, wordSource } from './content.ts'
import { type WordKind, wordKind } from './sniff.ts'
import { detailOf, WordError } from './word-error.ts'

/** Word files larger than this are not read (a report is a few hundred kilobytes; images add megabytes). */
export const maxWordBytes = 20 * 1024 * 1024

/** The two Word formats, by the extension a reader takes. */
export type WordFormat = 'docx' | 'doc'

const formatNames: Record<WordFormat, string> = { docx: 'Word 文档（.docx）', doc: 'Word 97–2003 文档（.doc）' }

/** Why each container that is not a Word document cannot be read. */
const notWord: Partial<Record<WordKind, string>> = {
  rtf: '文件实际是 RTF 格式（WPS 或写字板以 .doc 为名保存时常见）：请用 Word 或 WPS 打开后另存为 .docx',
  'word-xml': '文件实际是 Word 2003 XML 格式：请用 Word 或 WPS 打开后另存为 .docx',
  unknown: '文件不是 Word 文档（开头既没有 .docx 的压缩包标记，也没有 .doc 的复合文档标记）：请用 Word 或 WPS 打开后另存为 .docx',
}

/** Report that the file cannot be read and return null. */
function unreadable(file: VFile, reason: string): null {
  report(file, 'word-unreadable', 'error', `Word 文件无法读取：${reason}`, { line: 1 })
  return null
}

/** Read a web page that was named as a Word file with the HTML or MHT reader. */
async function readWebPage(bytes: Uint8Array, file: VFile, kind: 'html' | 'mime', named: WordFormat): Promise<ReportRoot | null> {
  const reader = kind === 'html' ? htmlReader : mhtmlReader
  report(
    file,
    'word-extension',
    'info',
    `文件扩展名为 .${named}，但内容是${kind === 'html' ? '网页（HTML）' : '网页单个文件（MHT）'}，已按网页读取`,
    { line: 1 },
  )
  file.data.reader = reader.name
  return reader.read(bytes, file)
}

/** The content of a zip (.docx) or OLE (.doc) file; a WordError for anything unreadable. */
async function contentOf(bytes: Uint8Array, format: WordFormat): Promise<WordContent> {
  try {
    return format === 'docx' ? await docxContent(bytes) : await docContent(bytes)
  } catch (error) {
    throw error instanceof WordError
      ? error
      : new WordError(`文件已损坏或格式无法识别（${detailOf(error)}）：请用 Word 或 WPS 打开后另存为 .docx`)
  }
}

/** Read a file named `.docx` or `.doc` (see the module comment). */
export async function readWord(bytes: Uint8Array, file: VFile, named: WordFormat): Promise<ReportRoot | null> {
  file.data.encoding = null
  if (bytes.length > maxWordBytes)
    return unreadable(file, `文件过大（${(bytes.length / 1048576).toFixed(1)} MB，上限 ${maxWordBytes / 1048576} MB）`)
  const kind = wordKind(bytes)
  if (kind === 'empty') {
    report(file, 'empty-file', 'error', '文件是空的：没有可读取的内容', { line: 1 })
    return null
  }
  if (kind === 'html' || kind === 'mime') return readWebPage(bytes, file, kind, named)
  if (kind !== 'zip' && kind !== 'ole') return unreadable(file, notWord[kind] ?? notWord.unknown!)
  const format: WordFormat = kind === 'zip' ? 'docx' : 'doc'
  let content: WordContent
  try {
    content = await contentOf(bytes, format)
  } catch (error) {
    const problem = error as WordError
    if (format !== named && !problem.encrypted) noteFormat(file, named, format)
    return unreadable(file, problem.message)
  }
  if (format !== named) noteFormat(file, named, format)
  file.data.reader = format
  return rootOf(content, file)
}

/** Note that the file's content is not the format its name says, and which one was read. */
function noteFormat(file: VFile, named: WordFormat, format: WordFormat): void {
  report(file, 'word-extension', 'info', `文件扩展名为 .${named}，但内容是${formatNames[format]}，已按 .${format} 读取`, { line: 1 })
}

/** The line tree of a Word file's content; sets the source text and title on `file`. */
function rootOf(content: WordContent, file: VFile): ReportRoot | null {
  const source = wordSource(content)
  file.value = source.text
  file.data.htmlTitle = content.title
  if (source.lines.length === 0) {
    report(file, 'empty-file', 'error', 'Word 文件中没有可读取的文字（可能只有图片，例如扫描件）：请提供含文字的文件', { line: 1 })
    return null
  }
  return { type: 'root', children: source.lines, data: { front: null } }
}
