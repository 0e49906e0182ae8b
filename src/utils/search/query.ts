/**
 * From what the reader typed to the Pagefind searches to run.
 *
 * Pagefind 1.6 runs an exact phrase search when the whole query is wrapped in straight double
 * quotes (`"凤山乡人民政府"`): every word must be in the index as it is (no prefix matching)
 * and the words must follow one another on the page. Without quotes it finds pages holding
 * every word, each word also matching longer words that start with it, ranked by BM25.
 * The portal tries the phrase first and, when no page holds it, falls back to all words.
 * A query the reader quoted is searched as a phrase only.
 */
import { stripZwsp, words } from './segment.ts'

export type SearchMode = 'phrase' | 'words'

export interface SearchStep {
  mode: SearchMode
  /** The term handed to `pagefind.search`. */
  term: string
}

export interface QueryPlan {
  /** The query as searched for and shown: trimmed, whitespace collapsed, quotes removed. */
  text: string
  /** True when the reader wrapped the query in quotes: phrase only, no fallback. */
  quoted: boolean
  /** The searches to try in order; the first with results wins. Empty when nothing is searchable. */
  steps: SearchStep[]
}

/** Longest query searched, in characters (UTF-16 code units); the rest is dropped. */
export const MAX_QUERY_LENGTH = 200

/** Quote pairs a reader may wrap a phrase in: ASCII, Chinese curly and corner quotes. */
const QUOTES: ReadonlyArray<readonly [string, string]> = [
  ['"', '"'],
  ['“', '”'],
  ['「', '」'],
  ['『', '』'],
  ['＂', '＂'],
]

/** `input` trimmed, with U+200B removed, whitespace runs (incl. U+3000) as one space, at most MAX_QUERY_LENGTH long. */
export function normalizeQuery(input: string): string {
  return stripZwsp(input).replace(/\s+/gu, ' ').trim().slice(0, MAX_QUERY_LENGTH).trim()
}

/** The inside of `text` when it is wrapped in one pair of quotes, else null. */
function unquote(text: string): string | null {
  for (const [open, close] of QUOTES) {
    if (text.length > open.length + close.length && text.startsWith(open) && text.endsWith(close)) {
      return text.slice(open.length, -close.length).trim()
    }
  }
  return null
}

/** Straight double quotes would end Pagefind's phrase early: inside a phrase they become spaces. */
function phraseTerm(text: string): string {
  return `"${text.replaceAll('"', ' ').replace(/\s+/gu, ' ').trim()}"`
}

/** The searches for `input`; see the module comment. */
export function planQuery(input: string): QueryPlan {
  const normalized = normalizeQuery(input)
  const inner = unquote(normalized)
  const quoted = inner !== null
  const text = inner ?? normalized
  // Nothing a word segmenter calls a word (only punctuation or spaces): nothing to search.
  if (words(text).length === 0) return { text, quoted, steps: [] }
  const phrase: SearchStep = { mode: 'phrase', term: phraseTerm(text) }
  if (quoted) return { text, quoted, steps: [phrase] }
  return { text, quoted, steps: [phrase, { mode: 'words', term: text.replaceAll('"', ' ').replace(/\s+/gu, ' ').trim() }] }
}

/** The sentence under the result count that says how the results were found. */
export function modeMessage(plan: QueryPlan, mode: SearchMode | null): string {
  if (mode === 'phrase') return `以下为包含完整短语“${plan.text}”的结果`
  if (mode === 'words') return '未找到完整短语，以下为包含全部词语的结果'
  return ''
}
