/**
 * unified parser plugin: report text (already decoded) → a `root` of `line` nodes.
 * `.html`/`.htm` files are read as web pages with rehype's HTML parser; everything else as
 * extracted text. YAML front matter is split off first, keeping line numbers.
 */
import type { Processor } from 'unified'
import type { VFile } from 'vfile'
import { normaliseText } from '../read/decode.ts'
import { report } from '../diagnostics/report.ts'
import { splitFrontMatter } from '../read/front-matter.ts'
import { htmlLines } from '../read/html/lines.ts'
import { textToLines } from '../read/text-lines.ts'
import type { ReportRoot } from '../types.ts'

/** True when the file is a saved web page. */
export function isHtmlFile(file: VFile): boolean {
  return /\.(?:html?|xhtml)$/i.test(file.path ?? '')
}

/** Build the line tree of a report. */
export function parseReportTree(doc: string, file: VFile): ReportRoot {
  if (isHtmlFile(file)) {
    const { lines, title, problem } = htmlLines(doc)
    file.data.htmlTitle = title
    if (problem) report(file, 'html-unreadable', 'error', `网页无法完整读取：${problem}`, { line: 1 })
    return { type: 'root', children: lines, data: { front: null } }
  }
  const text = normaliseText(doc)
  const split = splitFrontMatter(text)
  for (const d of split.diagnostics) report(file, d.ruleId, d.severity, d.message, { line: d.line })
  const body = split.bodyStartLine > 1 ? blankLines(text, split.bodyStartLine - 1) : text
  if (/<\s*(?:script|iframe|object|embed|style)\b|<\s*\/?\s*(?:div|span|p|table|tr|td|a|img)\b[^>]*>/i.test(body)) {
    const line = body.split('\n').findIndex((r) => /<\s*\/?\s*[a-z]+[^>]*>/i.test(r)) + 1
    report(file, 'html-in-text', 'warning', '文本文件中含有 HTML 标签：网站按纯文本显示，不会执行其中的任何代码；如为网页请保存为 .html 文件', { line: line || null })
  }
  return { type: 'root', children: textToLines(body), data: { front: split.front } }
}

/** `text` with its first `count` lines emptied (front matter), keeping the line numbering. */
function blankLines(text: string, count: number): string {
  const rows = text.split('\n')
  for (let i = 0; i < count && i < rows.length; i++) rows[i] = ''
  return rows.join('\n')
}

/** The parser plugin. */
export function reportParse(this: Processor): void {
  this.parser = (doc, file) => parseReportTree(doc, file) as never
}
