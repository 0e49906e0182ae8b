/**
 * The search index's former way, kept as the baseline of `scripts/bench-search.ts` (the build
 * now indexes documents written from the records: src/integrations/pagefind.ts).
 *
 * The copy of a built page that Pagefind indexed: the same HTML, with the text of the indexed
 * part pre-split into words (src/utils/search/segment.ts) so the index and the browser agree on
 * word boundaries. The published page is never changed; only this copy goes to Pagefind.
 *
 * What changes in the copy, and only inside the indexed part (elements marked
 * `data-pagefind-body`, or the whole `<body>` with `whole: true`):
 * - every text node: words joined with U+200B, and U+200B at its start, so the edges of
 *   inline elements are word boundaries too (Pagefind drops U+200B from content and excerpts);
 * - metadata, filters and sorts taken from an element's text (`data-pagefind-filter="year"`)
 *   are rewritten to take the same, unsplit text from an attribute
 *   (`year[data-presplit-text]`), so filter values and titles carry no U+200B;
 * - headings with an `id` (sub-result anchors) get `data-pagefind-title` with their unsplit
 *   text, so sub-result titles carry no U+200B either.
 * Parsed and serialised with hast (hast-util-from-html / hast-util-to-html), never by regex.
 */
import type { Element, ElementContent, Root, RootContent } from 'hast'
import { fromHtml } from 'hast-util-from-html'
import { toHtml } from 'hast-util-to-html'
import { presplit, stripZwsp, ZWSP } from '../../src/utils/search/segment.ts'

/** The attribute of the copy that holds an element's unsplit text (see the module comment). */
export const TEXT_ATTRIBUTE = 'data-presplit-text'
const TEXT_PROPERTY = 'dataPresplitText'

/** Pagefind attributes whose keys may take their value from the element's text. */
const KEYED_PROPERTIES = ['dataPagefindFilter', 'dataPagefindMeta', 'dataPagefindDefaultMeta', 'dataPagefindSort'] as const

/**
 * Elements whose text Pagefind never indexes (its own list: fossick/parser.rs REMOVE_SELECTORS,
 * plus a few that hold no prose). Their text is left as it is.
 */
const SKIPPED = new Set([
  'head',
  'style',
  'script',
  'noscript',
  'label',
  'form',
  'svg',
  'math',
  'footer',
  'nav',
  'iframe',
  'template',
  'textarea',
  'select',
  'object',
])

/** Block elements: their text is separated from the text around them (as Pagefind does). */
const BLOCKS = new Set([
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'p',
  'td',
  'th',
  'div',
  'ul',
  'ol',
  'li',
  'dl',
  'dt',
  'dd',
  'article',
  'section',
  'br',
  'tr',
  'table',
  'caption',
  'blockquote',
  'pre',
  'figcaption',
])

const HEADING = /^h[1-6]$/

export interface PresplitOptions {
  /**
   * Pre-split the whole `<body>` when the page has no `data-pagefind-body` element
   * (what Pagefind indexes on a site that uses no `data-pagefind-body` at all). Default false:
   * such a page is returned unchanged with `bodies: 0`.
   */
  whole?: boolean
}

export interface PresplitResult {
  /** The HTML to index (the input itself when nothing was pre-split). */
  html: string
  /** Number of `data-pagefind-body` elements in the page. */
  bodies: number
  /** Text nodes rewritten. */
  textNodes: number
}

function hasProperty(element: Element, property: string): boolean {
  const value = element.properties[property]
  return value !== undefined && value !== null && value !== false
}

function isIgnored(element: Element): boolean {
  return hasProperty(element, 'dataPagefindIgnore')
}

/** The elements marked `data-pagefind-body`, outermost only. */
function findBodies(root: Root | Element, found: Element[] = []): Element[] {
  for (const child of root.children) {
    if (child.type !== 'element') continue
    if (hasProperty(child, 'dataPagefindBody')) found.push(child)
    else findBodies(child, found)
  }
  return found
}

function findElement(root: Root | Element, tagName: string): Element | null {
  for (const child of root.children) {
    if (child.type !== 'element') continue
    if (child.tagName === tagName) return child
    const inner = findElement(child, tagName)
    if (inner) return inner
  }
  return null
}

/** The text Pagefind would read from `element` (ignored and skipped parts left out), whitespace collapsed. */
export function elementText(element: Element): string {
  const parts: string[] = []
  const walk = (node: ElementContent): void => {
    if (node.type === 'text') parts.push(node.value)
    else if (node.type === 'element') {
      if (SKIPPED.has(node.tagName) || isIgnored(node)) return
      const block = BLOCKS.has(node.tagName)
      if (block) parts.push(' ')
      for (const child of node.children) walk(child)
      if (block) parts.push(' ')
    }
  }
  for (const child of element.children) walk(child)
  return stripZwsp(parts.join('')).replace(/\s+/gu, ' ').trim()
}

/**
 * `value` of a `data-pagefind-filter|meta|sort` attribute with every key that reads the
 * element's text (a bare `key`) turned into `key[data-presplit-text]`; null when it has none.
 * Follows Pagefind's parse: the part after the first `:` is a literal value of the last key.
 */
export function rewriteKeys(value: string): string | null {
  const colon = value.indexOf(':')
  const list = colon === -1 ? value : value.slice(0, colon)
  const literal = colon === -1 ? null : value.slice(colon)
  const keys = list.split(',').map((key) => key.trim())
  let changed = false
  const rewritten = keys.map((key, i) => {
    const isLast = i === keys.length - 1
    if (key === '' || key.includes('[') || key.includes(']') || (isLast && literal !== null)) return key
    changed = true
    return `${key}[${TEXT_ATTRIBUTE}]`
  })
  return changed ? rewritten.join(', ') + (literal ?? '') : null
}

function presplitElement(element: Element, counter: { textNodes: number }): void {
  let keyed = false
  for (const property of KEYED_PROPERTIES) {
    const value = element.properties[property]
    if (typeof value !== 'string') continue
    const rewritten = rewriteKeys(value)
    if (rewritten !== null) {
      element.properties[property] = rewritten
      keyed = true
    }
  }
  const needsTitle = HEADING.test(element.tagName) && hasProperty(element, 'id') && !hasProperty(element, 'dataPagefindTitle')
  if (keyed || needsTitle) {
    const text = elementText(element)
    if (keyed) element.properties[TEXT_PROPERTY] = text
    if (needsTitle && text) element.properties.dataPagefindTitle = text
  }
  presplitChildren(element, counter)
}

/**
 * The text of one text node pre-split, with U+200B also at its start (unless it starts with
 * whitespace): the edges of inline elements are word boundaries, as they are in the
 * segmentation, so the indexer never reads the end of one node and the start of the next as
 * one run of text (`<span>2020</span><span>2020年格式</span>`). A leading mark on each node
 * covers every edge. None at the end: Pagefind keeps the space or full stop it puts after a
 * block only when the block's text ends in a word character.
 */
export function presplitNode(value: string): string {
  const split = presplit(value)
  if (split === '' || /^\s/u.test(split)) return split
  return ZWSP + split
}

function presplitChildren(parent: Element, counter: { textNodes: number }): void {
  for (const child of parent.children) {
    if (child.type === 'text') {
      if (!/\S/u.test(child.value)) continue
      const split = presplitNode(child.value)
      if (split !== child.value) {
        child.value = split
        counter.textNodes++
      }
    } else if (child.type === 'element') {
      if (SKIPPED.has(child.tagName) || isIgnored(child)) continue
      presplitElement(child, counter)
    }
  }
}

/**
 * The copy of `html` to index: see the module comment. Pure: `html` itself is not modified,
 * and a page with nothing to pre-split comes back as the very same string.
 */
export function presplitHtml(html: string, options: PresplitOptions = {}): PresplitResult {
  // Markup without the attribute name anywhere cannot mark a body: no need to parse it.
  if (!options.whole && !/data-pagefind-body/iu.test(html)) return { html, bodies: 0, textNodes: 0 }
  const tree = fromHtml(html)
  const bodies = findBodies(tree)
  let roots = bodies
  if (roots.length === 0 && options.whole) {
    const body = findElement(tree, 'body')
    roots = body ? [body] : []
  }
  if (roots.length === 0) return { html, bodies: 0, textNodes: 0 }
  const counter = { textNodes: 0 }
  for (const root of roots) presplitElement(root, counter)
  return { html: toHtml(tree as Root | RootContent), bodies: bodies.length, textNodes: counter.textNodes }
}
