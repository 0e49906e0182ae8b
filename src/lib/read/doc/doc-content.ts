/**
 * A Word 97–2003 file (.doc) read through word-extractor's OLE and piece-table reading: the main
 * text's paragraphs and table grids. Headers, footers, footnotes and text boxes are other stories
 * of the file and are not read; a .doc keeps its title in a property stream that is not read either.
 */
import type { WordContent } from '../word/content.ts'
import { bodyBlocks } from './body-blocks.ts'
import { readWordBinary } from './word-binary.ts'

/** Read a .doc's bytes; throws (a WordError for known problems) when the file cannot be read. */
export async function docContent(bytes: Uint8Array): Promise<WordContent> {
  return { blocks: bodyBlocks(await readWordBinary(bytes)), title: null }
}
