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

const SPACE = /\s/u

/**
 * `text` with U+200B between every two adjacent segments, except next to whitespace (which
 * already separates words). Any U+200B already in `text` is dropped first, so the function
 * is idempotent, and `stripZwsp(presplit(t)) === stripZwsp(t)`.
 */
export function presplit(text: string): string {
  const clean = stripZwsp(text)
  if (clean.length < 2) return clean
  let out = ''
  let previous = ''
  for (const { segment } of segmenter().segment(clean)) {
    if (previous && !SPACE.test(previous.at(-1)!) && !SPACE.test(segment[0]!)) out += ZWSP
    out += segment
    previous = segment
  }
  return out
}
