/**
 * The reader of PDF files (`.pdf`), through pdf.js: running text becomes paragraphs, tables
 * drawn with ruling lines become rows of cells, and each page opens with its marker line.
 * Scans, garbled text layers, passwords and broken files are reported, never guessed at.
 */
import { report } from '../../diagnostics/report.ts'
import { blocksToSource } from '../blocks.ts'
import type { Reader } from '../reader.ts'
import { openPdf } from './document.ts'
import { flowBlocks } from './paragraphs.ts'
import { documentFlow } from './page-flow.ts'
import { silentPages, textLayerProblem } from './text-layer.ts'
import { meaningfulTitle } from './title.ts'

export const pdfReader: Reader = {
  name: 'pdf',
  extensions: ['.pdf'],
  async read(bytes, file) {
    file.data.encoding = null
    file.value = ''
    const opened = await openPdf(bytes)
    if (!opened.ok) {
      report(file, opened.ruleId, 'error', opened.message, { line: 1 })
      return null
    }
    file.data.pageCount = opened.pageCount
    file.data.htmlTitle = meaningfulTitle(opened.title)
    const problem = textLayerProblem(opened.pages)
    if (problem) {
      report(file, problem.ruleId, 'error', problem.message, { line: 1 })
      return null
    }
    // Garbled pages are read as pages without text: their characters would only mislead.
    const { blank, garbled, broken } = silentPages(opened.pages)
    const pages = opened.pages.map((p) => (garbled.includes(p.number) ? { ...p, runs: [], segments: [] } : p))
    const { items, body } = documentFlow(pages)
    const source = blocksToSource(flowBlocks(items, body))
    file.value = source.text
    file.data.pageStarts = source.pageStarts
    const at = (numbers: number[]) => ({ line: source.pageStarts[numbers[0]! - 1] ?? 1 })
    const pageList = (numbers: number[]) => `第 ${numbers.join('、')} 页`
    if (blank.length)
      report(file, 'pdf-image-page', 'warning', `${pageList(blank)}没有文字层（扫描图片或空白页），其中的内容无法读取`, at(blank))
    if (garbled.length)
      report(file, 'pdf-image-page', 'warning', `${pageList(garbled)}的文字层是乱码（字体缺少字符映射），其中的内容无法读取`, at(garbled))
    if (broken.length)
      report(file, 'pdf-image-page', 'warning', `${pageList(broken)}无法解析（文件部分损坏），其中的内容无法读取`, at(broken))
    return { type: 'root', children: source.lines, data: { front: null } }
  },
}
