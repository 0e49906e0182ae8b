/** What the Word readers extract from a file, and its layout as the source view's text. */
import { type Block, type BlockSource, blocksToSource } from '../blocks.ts'
import { normaliseText } from '../decode.ts'

/** A Word file's text: paragraphs and table rows in reading order, and its title property. */
export interface WordContent {
  blocks: Block[]
  /** The document's title property when meaningful (see `meaningfulTitle`), else null. */
  title: string | null
}

/** A block with its text normalised as every reader's text is (full-width digits folded, odd spaces plain). */
function normalised(block: Block): Block {
  if (block.kind === 'paragraph') return { kind: 'paragraph', text: normaliseText(block.text) }
  if (block.kind === 'row') return { ...block, cells: block.cells.map((c) => normaliseText(c)) }
  return block
}

/** The source text and line tree of a Word file's content. */
export function wordSource(content: WordContent): BlockSource {
  return blocksToSource(content.blocks.map(normalised))
}

/** Placeholder titles that templates and editors leave in the title property. */
const placeholder = /^(?:标题|无标题|文档|新建\s*(?:microsoft\s*)?(?:word|doc|docx|wps\s*文字)?\s*文档|title|untitled|document\d*|doc\d*)$/i

/**
 * The title property if it says something: "Microsoft Word - " and file endings dropped, and
 * null when empty, a placeholder, or without any Chinese character (report titles are Chinese).
 */
export function meaningfulTitle(raw: string | null | undefined): string | null {
  if (!raw) return null
  const title = normaliseText(raw)
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^microsoft\s+word\s*-\s*/i, '')
    .replace(/\.(?:docx?|wps|pdf)$/i, '')
    .trim()
  if (!title || placeholder.test(title) || !/[\u4e00-\u9fff]/.test(title)) return null
  return title
}
