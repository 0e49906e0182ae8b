/**
 * Word segmentation shared by the search index and the browser.
 *
 * Pagefind's extended build segments Chinese page text with jieba while indexing, but the
 * browser segments the query with `Intl.Segmenter`; where the two disagree (place names
 * above all) a query finds nothing. So the text handed to Pagefind is segmented here first,
 * with the same ICU word segmenter the browser uses, and the words are joined with U+200B
 * (ZERO WIDTH SPACE). Pagefind treats U+200B as a word boundary that it never shows: it
 * strips it from the stored content and excerpts.
 *
 * Plain TypeScript with no dependencies: runs in Node (the build) and in browsers.
 */

/** U+200B ZERO WIDTH SPACE: the word boundary in pre-split text. */
export const ZWSP = '\u200B'

/** The locale of the segmenter. ICU uses one CJ dictionary for zh, zh-CN and ja alike. */
const SEGMENTER_LOCALE = 'zh'

let cached: Intl.Segmenter | null = null

function segmenter(): Intl.Segmenter {
  cached ??= new Intl.Segmenter(SEGMENTER_LOCALE, { granularity: 'word' })
  return cached
}

/** Removes every U+200B from `text`. */
export function stripZwsp(text: string): string {
  return text.includes(ZWSP) ? text.replaceAll(ZWSP, '') : text
}

/**
 * The segments of `text` as `Intl.Segmenter('zh', { granularity: 'word' })` cuts it:
 * words, and the runs of spaces and punctuation between them. Joined, they give `text` back.
 */
export function segments(text: string): string[] {
  const out: string[] = []
  for (const { segment } of segmenter().segment(text)) out.push(segment)
  return out
}

/** Only the word-like segments (letters, ideographs, digits), as the browser searches for them. */
export function words(text: string): string[] {
  const out: string[] = []
  for (const { segment, isWordLike } of segmenter().segment(text)) if (isWordLike) out.push(segment)
  return out
}

/**
 * True for the UTF-16 code units `/\s/u` matches (ECMAScript WhiteSpace and LineTerminator):
 * tested by code, as the index is written at build time for every segment.
 */
function isSpace(code: number): boolean {
  return (
    code === 0x20 ||
    (code >= 0x09 && code <= 0x0d) ||
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  )
}

/**
 * `text` with U+200B between every two adjacent segments, except next to whitespace (which
 * already separates words). Any U+200B already in `text` is dropped first, so the function
 * is idempotent, and `stripZwsp(presplit(t)) === stripZwsp(t)`.
 */
export function presplit(text: string): string {
  const clean = stripZwsp(text)
  if (clean.length < 2) return clean
  // Only the segments' start indices are read: slicing once per boundary is about a third
  // cheaper than reading every segment's text.
  const parts: string[] = []
  let start = 0
  for (const { index } of segmenter().segment(clean)) {
    if (index > 0 && !isSpace(clean.charCodeAt(index - 1)) && !isSpace(clean.charCodeAt(index))) {
      parts.push(clean.slice(start, index))
      start = index
    }
  }
  parts.push(clean.slice(start))
  return parts.join(ZWSP)
}

/**
 * `presplit`, remembering up to `limit` results, for text built from a few pieces that recur
 * in every report (table labels, headings, place names). The text is split at spaces and each
 * piece pre-split on its own: a word never spans a space, so the result is `presplit(text)`.
 * When full, the memory starts again empty.
 */
export function memoizedPresplit(limit = 20_000): (text: string) => string {
  const known = new Map<string, string>()
  const piece = (text: string): string => {
    let split = known.get(text)
    if (split === undefined) {
      if (known.size >= limit) known.clear()
      split = presplit(text)
      known.set(text, split)
    }
    return split
  }
  return (text) => stripZwsp(text).split(' ').map(piece).join(' ')
}
