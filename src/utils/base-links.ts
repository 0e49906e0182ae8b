/**
 * Root-absolute links in HTML written elsewhere (docs/data-format.md, rendered on /data/format/),
 * put under the site's base: `<a href="/data/">` → `<a href="/gk/nianbao/data/">`. At the root
 * (base `/`) the HTML is returned as it is.
 */
import type { Element, Root, RootContent } from 'hast'
import { fromHtml } from 'hast-util-from-html'
import { toHtml } from 'hast-util-to-html'
import { joinBase } from './base-path.ts'

const URL_PROPERTIES = ['href', 'src'] as const

function rebase(node: Root | Element, base: string): void {
  for (const child of node.children as RootContent[]) {
    if (child.type !== 'element') continue
    for (const name of URL_PROPERTIES) {
      const value = child.properties[name]
      if (typeof value === 'string' && value.startsWith('/') && !value.startsWith('//')) child.properties[name] = joinBase(base, value)
    }
    rebase(child, base)
  }
}

/** `html` (a fragment) with its root-absolute `href` and `src` under `base`. */
export function rebaseLinks(html: string, base: string): string {
  if (base === '/') return html
  const tree = fromHtml(html, { fragment: true })
  rebase(tree, base)
  return toHtml(tree)
}

/** A link to a Markdown file of the repository (`../docs/front-matter.md#…`), which the site does not publish. */
const repositoryDoc = /^(?![a-z][a-z0-9+.-]*:|\/|#)[^?#]*\.md(?:#.*)?$/i

function unlinkDocs(node: Root | Element): void {
  for (const child of node.children as RootContent[]) {
    if (child.type !== 'element') continue
    if (child.tagName === 'a' && typeof child.properties.href === 'string' && repositoryDoc.test(child.properties.href)) {
      child.tagName = 'span'
      child.properties = {}
    }
    unlinkDocs(child)
  }
}

/**
 * `html` (a fragment) with its links to the repository's other Markdown files turned into plain
 * text: they work where the notes are read in the repository, and would be broken links on the site.
 */
export function withoutDocLinks(html: string): string {
  if (!/href="[^"]*\.md/i.test(html)) return html
  const tree = fromHtml(html, { fragment: true })
  unlinkDocs(tree)
  return toHtml(tree)
}
