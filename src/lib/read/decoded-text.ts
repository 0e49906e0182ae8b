/** The text of a file whose bytes are text (plain text, Markdown, web pages), or an error. */
import type { VFile } from 'vfile'
import { report } from '../diagnostics/report.ts'
import { type DecodedReport, decodeReport } from './decode.ts'

/**
 * Decode `bytes` with `decode` (web pages pass their charset-aware decoder), noting the encoding
 * on `file`; null (with `empty-file` or `encoding`) when there is no text.
 */
export function decodedText(bytes: Uint8Array, file: VFile, decode: (bytes: Uint8Array) => DecodedReport = decodeReport): string | null {
  const decoded = decode(bytes)
  file.data.encoding = decoded.encoding
  if (decoded.ok && decoded.text.trim() !== '') {
    if (decoded.confidence === 'low') undecodable(decoded.text, decoded.encoding, file)
    return decoded.text
  }
  const empty = bytes.length === 0 || (decoded.ok && decoded.text.trim() === '')
  if (empty) report(file, 'empty-file', 'error', '文件是空的：没有可读取的内容', { line: 1 })
  else
    report(file, 'encoding', 'error', `无法识别文件编码或文件不是文本（${decoded.reason ?? '未知原因'}）：请另存为 UTF-8 文本`, { line: 1 })
  return null
}

/** Warn, at the first such line, that some bytes could not be decoded and show as U+FFFD. */
function undecodable(text: string, encoding: string | null, file: VFile): void {
  const lines = text.split(/\r\n?|\n/)
  const first = lines.findIndex((l) => l.includes('\ufffd'))
  if (first < 0) return
  const count = [...text].filter((ch) => ch === '\ufffd').length
  const message = `有 ${count} 处字节无法按 ${encoding ?? '任何编码'} 解码，显示为“\ufffd”（从第 ${first + 1} 行起）：这些位置的文字可能缺失，请用原文核对，或把文件另存为 UTF-8 文本`
  report(file, 'encoding', 'warning', message, { line: first + 1 })
}
