/**
 * The document Pagefind indexes for one report: a small HTML page written from its record text
 * (./record-text.ts) and search filters (./search-filters.ts), never parsed from the built page.
 *
 * Why HTML and not `addCustomRecord`: a custom record has no headings, so Pagefind would give
 * no sub-results (the search page links each result to the sections that hold the words) and
 * would run all lines into one (no ". " between table rows in snippets). Writing the page is a
 * string join; Pagefind parses it in its own process.
 *
 * - Text is pre-split into words (./segment.ts, words joined with U+200B), as the browser splits
 *   queries, so index and query agree (Pagefind shows no U+200B).
 * - The title meta, filter values and section titles are given unsplit in attributes.
 * - Organ and place names get a higher weight, so a report ranks first for its own place.
 * - Each section heading has the id it has on the report page.
 */
import type { RecordText } from './record-text.ts'
import type { SearchFilter } from './search-filters.ts'
import { memoizedPresplit, presplit } from './segment.ts'

/** Weight of the organ and place names (Pagefind: body text 1, h1 7, h2 6). */
export const PLACE_WEIGHT = 5

const TEXT_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' }

/** `text` safe in element content and in double-quoted attributes. */
function escape(text: string): string {
  return text.replace(/[&<>"]/gu, (c) => TEXT_ESCAPES[c]!)
}

/** Pre-split, escaped element content. */
const words = (text: string): string => escape(presplit(text))

/** The same for text made of recurring pieces: headings, place names, table phrases. */
const labels = memoizedPresplit()
const labelWords = (text: string): string => escape(labels(text))

/** The HTML Pagefind indexes for a report (see the module comment). */
export function recordDocument(text: RecordText, filters: readonly SearchFilter[]): string {
  const parts = [
    '<!doctype html><html lang="zh-cn"><head><meta charset="utf-8"></head><body><article data-pagefind-body>',
    `<h1 data-pagefind-meta="title[data-title]" data-title="${escape(text.title)}">${words(text.title)}</h1>`,
    '<div hidden data-pagefind-ignore>',
    ...filters.map((f) => `<span data-pagefind-filter="${f.name}[data-value]" data-value="${escape(f.value)}"></span>`),
    '</div>',
    `<p data-pagefind-weight="${PLACE_WEIGHT}">${text.places.map(labelWords).join(' ')}</p>`,
    ...text.facts.map((fact) => `<p>${words(fact)}</p>`),
  ]
  for (const section of text.sections) {
    const lineWords = section.kind === 'table' ? labelWords : words
    parts.push(`<h2 id="${escape(section.id)}" data-pagefind-title="${escape(section.heading)}">${labelWords(section.heading)}</h2>`)
    for (const line of section.lines) parts.push(`<p>${lineWords(line)}</p>`)
  }
  parts.push('</article></body></html>')
  return parts.join('\n')
}
