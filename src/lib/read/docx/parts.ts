/**
 * The parts of a .docx the reader needs, found through the package relationships as Office
 * finds them: the main document, its styles and numbering, and the core properties (title).
 */
import { WordError } from '../word/word-error.ts'
import { attr, childElements, isW, type XmlElement } from './xml.ts'
import { type Package, xmlPart } from './zip.ts'

/** The parsed parts; only the main document is required. */
export interface DocxParts {
  document: XmlElement
  /** Read only when the document has list definitions (paragraph styles can carry list numbers). */
  styles: XmlElement | null
  numbering: XmlElement | null
  core: XmlElement | null
}

/** A relationship: its type URI's last segment (`officeDocument`, `styles` …) and its target part name. */
interface Relationship {
  type: string
  target: string
}

/** The folder of a part name (`word/document.xml` → `word/`). */
function folderOf(part: string): string {
  return part.slice(0, part.lastIndexOf('/') + 1)
}

/** Resolve a relationship target against the source part's folder (`../x`, `/x`). */
function resolve(folder: string, target: string): string {
  const segments = (target.startsWith('/') ? target : folder + target).split('/')
  const out: string[] = []
  for (const s of segments) {
    if (s === '..') out.pop()
    else if (s && s !== '.') out.push(s)
  }
  return out.join('/')
}

/** The internal relationships of `source` (`''` for the package itself). */
async function relationships(pkg: Package, source: string): Promise<Relationship[]> {
  const folder = folderOf(source)
  const rels = await xmlPart(pkg, `${folder}_rels/${source.slice(folder.length)}.rels`)
  if (!rels) return []
  return childElements(rels)
    .filter((el) => el.name === 'Relationship' && attr(el, 'TargetMode') !== 'External')
    .map((el) => ({ type: (attr(el, 'Type') ?? '').split('/').pop() ?? '', target: resolve(folder, attr(el, 'Target') ?? '') }))
}

/** The parsed target of the first relationship of `type`, or null. */
async function related(pkg: Package, rels: Relationship[], type: string): Promise<XmlElement | null> {
  const rel = rels.find((r) => r.type === type)
  return rel ? xmlPart(pkg, rel.target) : null
}

/** Find and parse the parts; a WordError when the package holds no Word document. */
export async function docxParts(pkg: Package): Promise<DocxParts> {
  const root = await relationships(pkg, '')
  const main = root.find((r) => r.type === 'officeDocument')?.target ?? 'word/document.xml'
  const document = await xmlPart(pkg, main)
  if (!document || !isW(document, 'document')) {
    throw new WordError('压缩包中没有 Word 正文（word/document.xml），文件可能不是 Word 文档（例如 Excel、PowerPoint 文件改了扩展名）')
  }
  const rels = await relationships(pkg, main)
  const numbering = await related(pkg, rels, 'numbering')
  // Styles matter only for list numbers a paragraph style brings.
  const styles = numbering ? await related(pkg, rels, 'styles') : null
  return { document, styles, numbering, core: await related(pkg, root, 'core-properties') }
}
