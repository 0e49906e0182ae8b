/**
 * Page furniture: running headers, footers and page numbers are not report text. A line goes
 * when it sits in the top or bottom band of its page and is a page number ("- 3 -", "第 3 页
 * 共 5 页", "3/5", a lone number) or repeats, digits aside, at the same height on most pages.
 */
import type { TextLine } from './text-lines.ts'

/** The lines of one page outside its tables, with the page height. */
export interface PageLines {
  height: number
  lines: TextLine[]
}

/** Share of the page height, from the top and from the bottom, where furniture may sit. */
const BAND = 0.12

const PAGE_NUMBER = [
  /^[-—–－―~〜]*\s*\d{1,4}\s*[-—–－―~〜]*$/,
  /^第\s*\d{1,4}\s*页\s*[,，/]?\s*(?:共\s*\d{1,4}\s*页)?$/,
  /^共\s*\d{1,4}\s*页\s*[,，]?\s*第\s*\d{1,4}\s*页$/,
  /^\d{1,4}\s*[/／]\s*\d{1,4}$/,
  /^(?:page\s*)?\d{1,4}\s*(?:of\s*\d{1,4})?$/i,
]

/** Whether a line's text is only a page number. */
export function isPageNumber(text: string): boolean {
  const t = text.trim()
  return PAGE_NUMBER.some((re) => re.test(t))
}

/** Which band of a page of height `height` a line lies in: 'top', 'bottom' or null. */
function bandOf(line: TextLine, height: number): 'top' | 'bottom' | null {
  return line.base < height * BAND ? 'top' : line.base > height * (1 - BAND) ? 'bottom' : null
}

/** The key a repeated line is known by: its band and its text with digits and spaces taken out. */
function keyOf(line: TextLine, band: string): string {
  return band + ':' + line.text.replace(/\d+/g, '#').replace(/\s+/g, '')
}

/** Remove headers, footers and page numbers from every page (in place order kept). */
export function withoutFurniture(pages: readonly PageLines[]): TextLine[][] {
  const pagesWith = new Map<string, number>()
  for (const page of pages) {
    const keys = new Set<string>()
    for (const line of page.lines) {
      const band = bandOf(line, page.height)
      if (band) keys.add(keyOf(line, band))
    }
    for (const key of keys) pagesWith.set(key, (pagesWith.get(key) ?? 0) + 1)
  }
  const needed = Math.max(2, Math.ceil(pages.length / 2))
  const furniture = (line: TextLine, height: number): boolean => {
    const band = bandOf(line, height)
    return band !== null && (isPageNumber(line.text) || (pagesWith.get(keyOf(line, band)) ?? 0) >= needed)
  }
  return pages.map((page) => page.lines.filter((line) => !furniture(line, page.height)))
}
