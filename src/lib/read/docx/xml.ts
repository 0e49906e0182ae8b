/**
 * The XML parts of a .docx as a light element tree, built from the events of saxes (a strict,
 * namespace-aware XML parser, here through word-extractor): ten times faster than a DOM on
 * Word's markup. Helpers walk WordprocessingML elements by namespace and local name.
 */
import { type SaxesTagNS, SaxesParser } from 'saxes'
import { WordError } from '../word/word-error.ts'
import { fastXml } from './xml-fast.ts'

/** An element: namespace URI, local name, attributes without a namespace or in WordprocessingML (by local name), children. */
export interface XmlElement {
  uri: string
  name: string
  attrs: Record<string, string>
  children: Array<XmlElement | string>
}

/** WordprocessingML namespaces: Transitional (what Word writes) and Strict (ISO 29500 "Strict Open XML"). */
const W = new Set(['http://schemas.openxmlformats.org/wordprocessingml/2006/main', 'http://purl.oclc.org/ooxml/wordprocessingml/main'])

/** Markup Compatibility (`mc:AlternateContent`). */
export const MC = 'http://schemas.openxmlformats.org/markup-compatibility/2006'

/** The element of an opening tag. */
function elementOf(tag: SaxesTagNS): XmlElement {
  const attrs: Record<string, string> = {}
  for (const a of Object.values(tag.attributes)) if (!a.uri || W.has(a.uri)) attrs[a.local] = a.value
  return { uri: tag.uri, name: tag.local, attrs, children: [] }
}

/** Parse one XML part into its root element; a WordError naming the part when it is not well-formed. */
export function parseXml(text: string, part: string): XmlElement {
  const content = text.replace(/^\ufeff/, '')
  return fastXml(content, (uri) => W.has(uri)) ?? saxesXml(content, part)
}

/** `parseXml` through saxes, for whatever the one-pass reader (xml-fast.ts) leaves. */
export function saxesXml(text: string, part: string): XmlElement {
  const parser = new SaxesParser({ xmlns: true, position: false })
  const stack: XmlElement[] = []
  let root: XmlElement | null = null
  parser.on('opentag', (tag) => {
    const el = elementOf(tag)
    if (stack.length) stack[stack.length - 1].children.push(el)
    else root = el
    stack.push(el)
  })
  parser.on('closetag', () => void stack.pop())
  parser.on('text', (t) => void (stack.length && stack[stack.length - 1].children.push(t)))
  parser.on('cdata', (t) => void (stack.length && stack[stack.length - 1].children.push(t)))
  parser.on('error', (error) => {
    throw new WordError(`${part} 不是有效的 XML（${error.message.slice(0, 80)}），文件可能已损坏：请用 Word 或 WPS 打开后另存为 .docx`)
  })
  parser.write(text).close()
  if (!root) throw new WordError(`${part} 中没有 XML 内容，文件可能已损坏：请用 Word 或 WPS 打开后另存为 .docx`)
  return root
}

/** The element children of an element, in order. */
export function childElements(el: XmlElement): XmlElement[] {
  return el.children.filter((c): c is XmlElement => typeof c !== 'string')
}

/** Whether `el` is in the WordprocessingML namespace. */
export function inW(el: XmlElement): boolean {
  return W.has(el.uri)
}

/** Whether `el` is the WordprocessingML element `name`. */
export function isW(el: XmlElement, name: string): boolean {
  return el.name === name && W.has(el.uri)
}

/** The first WordprocessingML child element `name` of `el`, or null. */
export function wChild(el: XmlElement | null | undefined, name: string): XmlElement | null {
  if (!el) return null
  for (const c of el.children) if (typeof c !== 'string' && c.name === name && W.has(c.uri)) return c
  return null
}

/** An attribute by local name (`w:val` is `attr(el, 'val')`), or null. */
export function attr(el: XmlElement | null | undefined, name: string): string | null {
  return el?.attrs[name] ?? null
}

/** An integer attribute, or `fallback` when absent or not a number. */
export function intAttr(el: XmlElement | null | undefined, name: string, fallback: number): number {
  const n = Number.parseInt(attr(el, name) ?? '', 10)
  return Number.isFinite(n) ? n : fallback
}

/** Whether an on/off property is on (`<w:vanish/>`, `w:val="true|1|on"`); absent is off. */
export function isOn(el: XmlElement | null): boolean {
  if (!el) return false
  const v = attr(el, 'val')
  return v === null || !['false', '0', 'off', 'none'].includes(v)
}

/** The text directly inside `el` (the content of `w:t`). */
export function textOf(el: XmlElement): string {
  return el.children.filter((c): c is string => typeof c === 'string').join('')
}
