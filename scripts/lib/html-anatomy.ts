/**
 * What the bytes of one HTML page are spent on, in disjoint parts: the <head>, inline SVG,
 * scoped-style attributes (Astro's data-astro-cid-*), links (href), accessible names
 * (aria-label, title), class attributes, other attributes, tag names and brackets, text hidden
 * for screen readers (.visually-hidden), and visible text. Bytes are UTF-8.
 */

/** One part: how many and how many bytes. */
export interface AnatomyPart {
  part: string
  count: number
  bytes: number
}

const bytesOf = (s: string): number => Buffer.byteLength(s, 'utf8')

/** Split `html` into its parts (largest first) and the total. */
export function htmlAnatomy(html: string): { total: number; parts: AnatomyPart[] } {
  const parts = new Map<string, AnatomyPart>()
  const add = (part: string, bytes: number, count = 1): void => {
    const p = parts.get(part) ?? { part, count: 0, bytes: 0 }
    p.count += count
    p.bytes += bytes
    parts.set(part, p)
  }
  // Whole blocks first: the head and inline SVG.
  let body = html.replace(/<head>[\s\S]*?<\/head>/, (m) => (add('<head>', bytesOf(m)), ''))
  body = body.replace(/<svg[\s\S]*?<\/svg>/g, (m) => (add('inline SVG', bytesOf(m)), ''))
  // Then tag by tag, with the text between.
  let hidden = false
  for (const m of body.matchAll(/(<[^>]*>)|([^<]+)/g)) {
    if (m[2] !== undefined) {
      add(hidden ? 'hidden text (.visually-hidden)' : 'visible text', bytesOf(m[2]))
      continue
    }
    let tag = m[1]
    hidden = /class="[^"]*\bvisually-hidden\b/.test(tag)
    tag = tag.replace(/\sdata-astro-cid-[\w-]+(?:="[^"]*")?/g, (a) => (add('scoped-style attributes', bytesOf(a)), ''))
    tag = tag.replace(/\shref="[^"]*"/g, (a) => (add('href attributes', bytesOf(a)), ''))
    tag = tag.replace(/\s(?:aria-label|title)="[^"]*"/g, (a) => (add('aria-label and title attributes', bytesOf(a)), ''))
    tag = tag.replace(/\sclass="[^"]*"/g, (a) => (add('class attributes', bytesOf(a)), ''))
    tag = tag.replace(/\s[\w:-]+(?:="[^"]*")?/g, (a) => (add('other attributes', bytesOf(a)), ''))
    add('tags (names and brackets)', bytesOf(tag))
  }
  const total = bytesOf(html)
  return { total, parts: [...parts.values()].sort((a, b) => b.bytes - a.bytes) }
}
