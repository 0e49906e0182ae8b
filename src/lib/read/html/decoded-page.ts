/** The text of a saved web page's bytes, decoded in the charset it declares, or an error. */
import type { VFile } from 'vfile'
import { report } from '../../diagnostics/report.ts'
import { decodePage } from './charset.ts'

/** Decode a page, noting the encoding on `file`; null (with `empty-file` or `encoding`) when there is no text. */
export function decodedPage(bytes: Uint8Array, file: VFile): string | null {
  const decoded = decodePage(bytes)
  file.data.encoding = decoded.encoding
  if (decoded.ok && decoded.text.trim() !== '') {
    if (decoded.confidence === 'low')
      report(file, 'encoding', 'warning', `网页中有部分字节不是有效的 ${decoded.encoding} 编码，已显示为 �：请核对原文`, { line: 1 })
    return decoded.text
  }
  const empty = bytes.length === 0 || (decoded.ok && decoded.text.trim() === '')
  if (empty) report(file, 'empty-file', 'error', '文件是空的：没有可读取的内容', { line: 1 })
  else
    report(file, 'encoding', 'error', `无法识别文件编码或文件不是文本（${decoded.reason ?? '未知原因'}）：请另存为 UTF-8 文本`, { line: 1 })
  return null
}
