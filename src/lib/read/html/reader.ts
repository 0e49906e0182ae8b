/** The reader of saved web pages (`.html`, `.htm`, `.xhtml`), through rehype's HTML parser. */
import { report } from '../../diagnostics/report.ts'
import { decodedText } from '../decoded-text.ts'
import type { Reader } from '../reader.ts'
import { htmlLines } from './lines.ts'

export const htmlReader: Reader = {
  name: 'html',
  extensions: ['.html', '.htm', '.xhtml'],
  read(bytes, file) {
    const doc = decodedText(bytes, file)
    if (doc === null) return null
    file.value = doc
    const { lines, title, problem } = htmlLines(doc)
    file.data.htmlTitle = title
    if (problem) report(file, 'html-unreadable', 'error', `网页无法完整读取：${problem}`, { line: 1 })
    return { type: 'root', children: lines, data: { front: null } }
  },
}
