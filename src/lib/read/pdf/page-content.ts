/**
 * One PDF page → what the reader works from: its size, its text as runs and its ruling lines,
 * all in top-down page coordinates (the page's rotation applied, origin at its top left).
 */
import type { PDFPageProxy } from 'pdfjs-dist/types/src/display/api'
import type { pdfjs } from './pdfjs.ts'
import { lineChunks } from './chunks.ts'
import { type Run, itemRuns, withoutDoubles } from './runs.ts'
import { type Segment, pageSegments } from './segments.ts'
import { textLines } from './text-lines.ts'

/** A page as the reader sees it. */
export interface PageContent {
  number: number
  width: number
  height: number
  runs: Run[]
  segments: Segment[]
  /** Characters of the text layer, spaces excluded (to tell scans and broken fonts apart). */
  chars: string
  /** Why pdf.js could not read the page, when it could not. */
  problem?: string
}

type PdfJs = Awaited<ReturnType<typeof pdfjs>>

/** Whether a page's text has table rows: a line of three cells, or two lines of two (cells apart by wide gaps). */
export function mayHoldTable(runs: readonly Run[]): boolean {
  let rows = 0
  for (const line of textLines(runs)) {
    const cells = lineChunks(line).length
    if (cells >= 3 || (cells === 2 && ++rows >= 2)) return true
  }
  return false
}

/** Read a page's text and, when it may hold a table, its ruling lines. */
export async function pageContent(lib: PdfJs, page: PDFPageProxy): Promise<PageContent> {
  const viewport = page.getViewport({ scale: 1 })
  const view = viewport.transform
  const text = await page.getTextContent()
  const runs: Run[] = []
  let chars = ''
  for (const item of text.items) {
    if (!('str' in item)) continue
    chars += item.str.replace(/\s+/g, '')
    for (const run of itemRuns(item, view)) runs.push(run)
  }
  // Ruling lines are only looked for where the text looks like a table: the operator list
  // costs a third of a page's reading time, and a page of prose has no use for it.
  let segments: Segment[] = []
  if (mayHoldTable(runs)) {
    const ops = await page.getOperatorList({ annotationMode: lib.AnnotationMode.DISABLE })
    segments = pageSegments(ops.fnArray, ops.argsArray, lib.OPS, view)
  }
  page.cleanup()
  return { number: page.pageNumber, width: viewport.width, height: viewport.height, runs: withoutDoubles(runs), segments, chars }
}
