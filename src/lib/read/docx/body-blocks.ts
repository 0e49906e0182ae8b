/**
 * The body of a .docx in reading order: a `paragraph` block per line of each `w:p` (list numbers
 * restored), the rows of each `w:tbl` (see word/table-blocks.ts), text boxes after the paragraph
 * they are anchored in. Content controls, custom XML and tracked insertions are read through;
 * deletions, section properties and bookmarks are skipped.
 */
import type { Block } from '../blocks.ts'
import { tableBlocks } from '../word/table-blocks.ts'
import type { ListNumbers } from './numbering.ts'
import { alternateBranch, paragraphText } from './paragraph-text.ts'
import { tableRows } from './table-rows.ts'
import { childElements, inW, MC, wChild, type XmlElement } from './xml.ts'

/** Block-level elements read through as if their content stood in their place. */
const WRAPPERS = new Set(['sdtContent', 'customXml', 'ins', 'moveTo', 'smartTag'])

/** A list label and the text after it: no space after "一、" or before CJK text, one space otherwise ("1. Title"). */
function labelled(label: string, text: string): string {
  const tight = /[^\x00-\x7f]$/.test(label) || /^[^\x00-\x7f]/.test(text.trimStart())
  return tight ? label + text.trimStart() : `${label} ${text.trimStart()}`
}

/** The blocks of one paragraph: its lines, the first prefixed with its list label, then its text boxes. */
function paragraphBlocks(p: XmlElement, numbers: ListNumbers): Block[] {
  const label = numbers.label(wChild(p, 'pPr'))
  const { lines, boxes } = paragraphText(p)
  if (label && lines.some((l) => l.trim() !== '')) {
    const first = lines.findIndex((l) => l.trim() !== '')
    lines[first] = labelled(label, lines[first])
  }
  const blocks: Block[] = lines.map((text) => ({ kind: 'paragraph', text }))
  for (const box of boxes) blocks.push(...contentBlocks(box, numbers))
  return blocks
}

/** The blocks of a container of paragraphs and tables (`w:body`, `w:tc`, `w:txbxContent` …). */
export function contentBlocks(container: XmlElement, numbers: ListNumbers): Block[] {
  const blocks: Block[] = []
  for (const el of childElements(container)) {
    if (!inW(el)) {
      const branch = el.uri === MC && el.name === 'AlternateContent' ? alternateBranch(el) : null
      if (branch) blocks.push(...contentBlocks(branch, numbers))
      continue
    }
    if (el.name === 'p') blocks.push(...paragraphBlocks(el, numbers))
    else if (el.name === 'tbl') blocks.push(...tableBlocks(tableRows(el, (tc) => contentBlocks(tc, numbers))))
    else if (el.name === 'sdt') blocks.push(...contentBlocks(wChild(el, 'sdtContent') ?? el, numbers))
    else if (WRAPPERS.has(el.name)) blocks.push(...contentBlocks(el, numbers))
  }
  return blocks
}
