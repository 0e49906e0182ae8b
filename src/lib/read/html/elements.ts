/**
 * How the HTML walker treats each element: noise to skip, blocks that end a line, and
 * elements hidden from the reader.
 */
import type { Element } from 'hast'

/** Elements whose content never reaches the reader as report text. */
const NOISE = new Set([
  'head',
  'title',
  'script',
  'style',
  'noscript',
  'template',
  'nav',
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'applet',
  'svg',
  'math',
  'canvas',
  'select',
  'textarea',
  'button',
  'input',
  'audio',
  'video',
  'map',
])

/** Elements that start and end a line of text (HTML's block-level and table-internal elements). */
const BLOCKS = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'body',
  'caption',
  'center',
  'dd',
  'details',
  'dialog',
  'dir',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hgroup',
  'hr',
  'html',
  'legend',
  'li',
  'listing',
  'main',
  'menu',
  'ol',
  'p',
  'plaintext',
  'pre',
  'section',
  'summary',
  'table',
  'tbody',
  'td',
  'tfoot',
  'th',
  'thead',
  'tr',
  'ul',
  'xmp',
])

/** Whether an element is hidden (hidden, aria-hidden, display:none, visibility:hidden) or a script link (print/close buttons). */
function hidden(el: Element): boolean {
  const p = el.properties ?? {}
  if (p.hidden !== undefined && p.hidden !== false && p.hidden !== null) return true
  if (String(p.ariaHidden ?? '') === 'true') return true
  if (el.tagName === 'a' && /^\s*javascript:/i.test(String(p.href ?? ''))) return true
  const style = String(p.style ?? '')
    .toLowerCase()
    .replace(/\s+/g, '')
  return style.includes('display:none') || style.includes('visibility:hidden')
}

/** Whether the walker must skip `el` and everything inside it. */
export function isNoise(el: Element): boolean {
  return NOISE.has(el.tagName) || hidden(el)
}

/** Whether `el` begins a new line of text. */
export function isBlock(el: Element): boolean {
  return BLOCKS.has(el.tagName)
}

/** Whether `el` is a hyperlink (`<a href>`; script links are noise already). */
export function isLink(el: Element): boolean {
  return el.tagName === 'a' && String(el.properties?.href ?? '').trim() !== ''
}

/** Whether `el` is a table cell. */
export function isCell(el: Element): boolean {
  return el.tagName === 'td' || el.tagName === 'th'
}

/** The element children of a node, in order. */
export function elementsOf(node: { children?: unknown[] }): Element[] {
  return (node.children ?? []).filter((c): c is Element => (c as Element).type === 'element')
}

/** Whether `el` has an element named `tag` among its descendants. */
export function contains(el: Element, tag: string): boolean {
  return elementsOf(el).some((c) => c.tagName === tag || contains(c, tag))
}
