/** The reader of saved web pages (`.html`, `.htm`, `.xhtml`), through rehype's HTML parser. */
import type { VFile } from 'vfile'
import { report } from '../../diagnostics/report.ts'
import type { ReportRoot } from '../../types.ts'
import type { Reader } from '../reader.ts'
import { decodedText } from '../decoded-text.ts'
import { decodePage } from './charset.ts'
import { pageLines } from './reflow.ts'

export const htmlReader: Reader = {
  name: 'html',
  extensions: ['.html', '.htm', '.xhtml'],
  read(bytes, file) {
    const doc = decodedText(bytes, file, (b) => decodePage(b))
    return doc === null ? null : readHtml(doc, file)
  },
}

/** Read decoded page text: sets the source view text (`file.value`) and the page title on `file`. */
export function readHtml(html: string, file: VFile): ReportRoot {
  const { lines, title, problem, source } = pageLines(html)
  file.value = source
  file.data.htmlTitle = title
  if (problem) report(file, 'html-unreadable', 'error', `网页无法完整读取：${problem}`, { line: 1 })
  return { type: 'root', children: lines, data: { front: null } }
}
