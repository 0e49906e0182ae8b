/**
 * Stable ASCII URLs of the site's pages, computed in one place. Reports are addressed by
 * their record id (`<12-digit code>-<year>`), places by their division codes.
 *
 * Every internal URL goes through `withBase`, so the site works under a sub-path (Astro's
 * `base`, e.g. `/gk/nianbao/`; see docs/deploy.md): `withBase('/search/')` is `/search/` at the
 * root and `/gk/nianbao/search/` under that base. Pages, components and the browser scripts
 * alike: Vite puts the build's base into `import.meta.env.BASE_URL` in each of them.
 */
import type { ReportRecord } from '../lib/types.ts'
import { joinBase } from './base-path.ts'

/** A root-relative site path (`/search/`, `/pagefind/pagefind.js`) under the site's base. */
export const withBase = (path: string): string => joinBase(import.meta.env.BASE_URL, path)

/** The report page. */
export const reportPath = (id: string): string => withBase(`/reports/${id}/`)
/** The source text page; `line` adds the anchor of one line. */
export const sourcePath = (id: string, line?: number | null): string => withBase(`/reports/${id}/source/${line ? `#L${line}` : ''}`)
/**
 * Endings a static host serves as a live document (text/html, SVG, XML; MHTML in Internet
 * Explorer mode): a saved web page published as is would run its own scripts on the portal's
 * origin, outside the pages' Content-Security-Policy. Such originals get `.txt` added (docs/security.md).
 */
const LIVE_DOCUMENT = /^\.(?:html?|xhtml|shtml|mht|mhtml|svg|xml)$/
/** The file ending of a report's original file, lower-cased (`.pdf`, `.docx`, `.txt`, `.html.txt` …). */
export function originalExtension(record: Pick<ReportRecord, 'source'>): string {
  const m = /\.[A-Za-z0-9]{1,6}$/.exec(record.source.path)
  const extension = m ? m[0].toLowerCase() : '.bin'
  return LIVE_DOCUMENT.test(extension) ? `${extension}.txt` : extension
}
/** The original file as the editor dropped it; `page` (PDF) opens it at that page. */
export const originalPath = (record: Pick<ReportRecord, 'id' | 'source'>, page?: number): string =>
  withBase(`/reports/${record.id}/original${originalExtension(record)}${page ? `#page=${page}` : ''}`)
/**
 * A line of a report's source as its own page (/reports/<id>/) links to it: relative, so the
 * hundreds of links of a report page do not each repeat its address (and work under any base path).
 */
export const sourceLineHere = (line: number): string => `source/#L${line}`
/** The record of one report as JSON (its download). */
export const reportJsonPath = (id: string): string => withBase(`/data/reports/${id}.json`)
/** The year page; `scope` (a place key: province, prefecture or county) one part of a large year. */
export const yearPath = (year: number, scope?: string): string => withBase(`/years/${year}/${scope ? `${scope}/` : ''}`)
/** Place pages: a province, prefecture or county by code prefix; a township by its code. */
export const placePath = (code: string): string => withBase(`/places/${code}/`)

/** The code of a report's township, or a stable stand-in for townships without one. */
export function townshipKey(record: Pick<ReportRecord, 'organ'>): string {
  const o = record.organ
  if (o.code) return o.code
  return `x-${asciiHash(`${o.province ?? ''}/${o.county ?? ''}/${o.township ?? o.name ?? ''}`)}`
}

/** A short stable ASCII hash of a string (FNV-1a, base 36). */
export function asciiHash(text: string): string {
  let h = 0x811c9dc5
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i)
    h = Math.imul(h, 0x01000193) >>> 0
  }
  return h.toString(36)
}

/** County, prefecture and province code prefixes of a 12-digit township code. */
export function parentCodes(code: string): { county: string; prefecture: string; province: string } | null {
  if (!/^\d{12}$/.test(code)) return null
  return { county: code.slice(0, 6), prefecture: code.slice(0, 4), province: code.slice(0, 2) }
}
