/**
 * The rows of a `w:tbl` in the Word table model: `w:gridBefore` skips grid columns, `w:gridSpan`
 * widens a cell, `w:vMerge` (without `restart`) and legacy `w:hMerge="continue"` mark the parts
 * of a merged cell that show nothing. Deleted rows (tracked changes) are left out.
 */
import type { Block } from '../blocks.ts'
import type { WordCell, WordRow } from '../word/table-blocks.ts'
import { attr, childElements, inW, intAttr, wChild, type XmlElement } from './xml.ts'

/** Reads the block content of a cell (paragraphs and nested tables). */
export type ContentReader = (container: XmlElement) => Block[]

/** Elements that wrap rows or cells without being one (content controls, custom XML, tracked insertions). */
const WRAPPERS = new Set(['sdtContent', 'customXml', 'ins', 'moveTo'])

/** The WordprocessingML children `name` of `el`, looking through wrappers and into content controls. */
function wrapped(el: XmlElement, name: string): XmlElement[] {
  const out: XmlElement[] = []
  for (const child of childElements(el)) {
    if (!inW(child)) continue
    if (child.name === name) out.push(child)
    else if (child.name === 'sdt') out.push(...wrapped(wChild(child, 'sdtContent') ?? child, name))
    else if (WRAPPERS.has(child.name)) out.push(...wrapped(child, name))
  }
  return out
}

/** One `w:tc` as a WordCell. */
function cellOf(tc: XmlElement, read: ContentReader): WordCell {
  const tcPr = wChild(tc, 'tcPr')
  const vMerge = wChild(tcPr, 'vMerge')
  const covered = (vMerge !== null && attr(vMerge, 'val') !== 'restart') || attr(wChild(tcPr, 'hMerge'), 'val') === 'continue'
  const span = Math.min(1000, Math.max(1, intAttr(wChild(tcPr, 'gridSpan'), 'val', 1)))
  return { content: covered ? [] : read(tc), span, covered }
}

/** The rows of a table, in order. */
export function tableRows(tbl: XmlElement, read: ContentReader): WordRow[] {
  const rows: WordRow[] = []
  for (const tr of wrapped(tbl, 'tr')) {
    const trPr = wChild(tr, 'trPr')
    if (wChild(trPr, 'del')) continue
    const before = Math.min(1000, Math.max(0, intAttr(wChild(trPr, 'gridBefore'), 'val', 0)))
    rows.push({ before, cells: wrapped(tr, 'tc').map((tc) => cellOf(tc, read)) })
  }
  return rows
}
