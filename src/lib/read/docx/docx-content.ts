/**
 * A .docx read directly from its XML (jszip + saxes): the body's paragraphs and table
 * rows and the core title property. Headers, footers, footnotes and comments live in other parts
 * and are not read.
 */
import { type WordContent, meaningfulTitle } from '../word/content.ts'
import { contentBlocks } from './body-blocks.ts'
import { ListNumbers } from './numbering.ts'
import { docxParts } from './parts.ts'
import { childElements, textOf, wChild, type XmlElement } from './xml.ts'
import { openPackage } from './zip.ts'

/** The `dc:title` of docProps/core.xml, or null. */
function coreTitle(core: XmlElement | null): string | null {
  const title = core ? childElements(core).find((el) => el.name === 'title') : undefined
  return title ? textOf(title) : null
}

/** Read a .docx's bytes; throws a WordError when the file cannot be read. */
export async function docxContent(bytes: Uint8Array): Promise<WordContent> {
  const parts = await docxParts(await openPackage(bytes))
  const body = wChild(parts.document, 'body')
  const numbers = new ListNumbers(parts.numbering, parts.styles)
  return { blocks: body ? contentBlocks(body, numbers) : [], title: meaningfulTitle(coreTitle(parts.core)) }
}
