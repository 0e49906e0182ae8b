/**
 * The reader of text files (`.txt`): text copied or exported from a PDF or Word file. The
 * Markdown reader (markdown/reader.ts) reads `.md` files through this reader first.
 * YAML front matter is split off first; its lines are emptied so line numbers stay those of the file.
 */
import { report, stamp } from '../diagnostics/report.ts'
import { normaliseText } from './decode.ts'
import { decodedText } from './decoded-text.ts'
import { splitFrontMatter } from './front-matter.ts'
import type { Reader } from './reader.ts'
import { textToLines } from './text-lines.ts'

/** Markup that makes a text file look like a saved web page. */
const htmlTag = /<\s*(?:script|iframe|object|embed|style)\b|<\s*\/?\s*(?:div|span|p|table|tr|td|a|img)\b[^>]*>/i

export const textReader: Reader = {
  name: 'text',
  extensions: ['.txt'],
  read(bytes, file) {
    const doc = decodedText(bytes, file)
    if (doc === null) return null
    file.value = doc
    const text = normaliseText(doc)
    const split = splitFrontMatter(text)
    for (const d of split.diagnostics) stamp(file, d.ruleId, d.severity, d.message, { line: d.line })
    const body = split.bodyStartLine > 1 ? blankLines(text, split.bodyStartLine - 1) : text
    if (htmlTag.test(body)) {
      const line = body.split('\n').findIndex((r) => /<\s*\/?\s*[a-z]+[^>]*>/i.test(r)) + 1
      report(
        file,
        'html-in-text',
        'warning',
        '文本文件中含有 HTML 标签：网站按纯文本显示，不会执行其中的任何代码；如为网页请保存为 .html 文件',
        { line: line || null },
      )
    }
    return { type: 'root', children: textToLines(body), data: { front: split.front } }
  },
}

/** `text` with its first `count` lines emptied (front matter), keeping the line numbering. */
function blankLines(text: string, count: number): string {
  const rows = text.split('\n')
  for (let i = 0; i < count && i < rows.length; i++) rows[i] = ''
  return rows.join('\n')
}
