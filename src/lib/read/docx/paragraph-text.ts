/**
 * The visible text of one `w:p`: runs, tabs, symbols and field results; inserted text kept,
 * deleted and hidden text, field codes and ruby annotations left out. Line breaks split it into
 * lines (as `<br>` does in the HTML reader); text boxes anchored in it are handed back to be read
 * as blocks of their own.
 */
import { attr, childElements, inW, isOn, MC, textOf, wChild, type XmlElement } from './xml.ts'

/** A paragraph's text lines and the text box contents (`w:txbxContent`) anchored in it. */
export interface ParagraphText {
  lines: string[]
  boxes: XmlElement[]
}

/** Elements whose content is never shown as the paragraph's text. */
const SKIP = new Set([
  'pPr',
  'rPr',
  'del',
  'moveFrom',
  'delText',
  'instrText',
  'delInstrText',
  'fldData',
  'sdtPr',
  'sdtEndPr',
  'rt',
  'pPrChange',
  'rPrChange',
  'commentReference',
  'footnoteReference',
  'endnoteReference',
])

/** OMML (equations): not report text. */
const MATH = 'http://schemas.openxmlformats.org/officeDocument/2006/math'

/** The branch of an `mc:AlternateContent` to read: the first Choice, else the Fallback (never both: they repeat each other). */
export function alternateBranch(el: XmlElement): XmlElement | null {
  const children = childElements(el)
  return children.find((c) => c.name === 'Choice') ?? children.find((c) => c.name === 'Fallback') ?? null
}

/** Whether a run is hidden (`w:vanish`, `w:webHidden`). */
function hiddenRun(run: XmlElement): boolean {
  const rPr = wChild(run, 'rPr')
  return isOn(wChild(rPr, 'vanish')) || isOn(wChild(rPr, 'webHidden'))
}

/** The character of a `w:sym`, or '' for symbol-font glyphs in the private use area (Wingdings ticks, boxes). */
function symbol(el: XmlElement): string {
  const code = Number.parseInt(attr(el, 'char') ?? '', 16)
  return Number.isFinite(code) && code > 0 && !(code >= 0xe000 && code <= 0xf8ff) ? String.fromCodePoint(code) : ''
}

/** Gather the text under `el` into `out`. */
function collect(el: XmlElement, out: ParagraphText): void {
  const add = (text: string) => (out.lines[out.lines.length - 1] += text)
  for (const child of childElements(el)) {
    if (child.uri === MC && child.name === 'AlternateContent') {
      const branch = alternateBranch(child)
      if (branch) collect(branch, out)
      continue
    }
    if (!inW(child)) {
      if (child.uri !== MATH) collect(child, out)
      continue
    }
    const name = child.name
    if (SKIP.has(name)) continue
    if (name === 't') add(textOf(child))
    else if (name === 'tab' || name === 'ptab') add('\t')
    else if (name === 'br' || name === 'cr') out.lines.push('')
    else if (name === 'noBreakHyphen') add('-')
    else if (name === 'sym') add(symbol(child))
    else if (name === 'txbxContent') out.boxes.push(child)
    else if (name !== 'r' || !hiddenRun(child)) collect(child, out)
  }
}

/** The text of a paragraph (see the module comment). */
export function paragraphText(p: XmlElement): ParagraphText {
  const out: ParagraphText = { lines: [''], boxes: [] }
  collect(p, out)
  return out
}
