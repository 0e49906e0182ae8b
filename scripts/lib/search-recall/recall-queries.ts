/**
 * What scripts/search-recall.ts asks the search page, and how its answers are scored. Plain data:
 * no browser, no files (tests/scripts/search-recall.test.ts).
 *
 * Query types:
 * - `township`: a township's name as the corpus manifest writes it (古塔街道); expected: every
 *   report of that township (other townships of the same name may be found too).
 * - `county-township`: county and township written together (汝南县古塔街道); same expectation.
 * - `sentence`: a clause of a sampled report's own paragraphs; expected: that report.
 * - `table`: the table 二 row the report page shows for 行政处罚 (or the first row there is), as
 *   its search snippet writes it (表二 行政处罚 本年处理决定数量 51); expected: that report.
 */
import { createHash } from 'node:crypto'
import type { ReportRecord } from '../../../src/lib/index.ts'
import { tablePhrases } from '../../../src/utils/search/table-phrases.ts'
import type { ManifestEntry } from '../../corpus/manifest.ts'

export const QUERY_TYPES = ['township', 'county-township', 'sentence', 'table'] as const
export type QueryType = (typeof QUERY_TYPES)[number]

export interface RecallQuery {
  type: QueryType
  /** What the reader types. */
  text: string
  /** Report ids that must be among the results. */
  expected: string[]
}

/** What a search returned for a query: the report ids (in rank order) and how they were found. */
export interface SearchAnswer {
  ids: string[]
  /** `names`: listed from the place-name index, as the page lists a township's reports. */
  mode: 'names' | 'phrase' | 'words' | null
}

export interface Miss {
  query: RecallQuery
  /** Expected ids not among the results. */
  missing: string[]
  /** How many results the search gave. */
  results: number
}

export interface TypeRecall {
  type: QueryType
  queries: number
  /** Queries whose every expected report was found. */
  complete: number
  expected: number
  found: number
  /** found / expected (1 when nothing was expected). */
  recall: number
  /** Queries answered by the place-name index, by the phrase search, and by the all-words fallback. */
  names: number
  phrase: number
  words: number
  misses: Miss[]
}

/** Stable order from a seed: the sha1 of seed and key, as hex. */
const rank = (seed: string, key: string): string => createHash('sha1').update(`${seed}\0${key}`).digest('hex')

/**
 * `n` of `items` picked by the hash of their key with `seed` (the same every run), in key order;
 * all of them when there are no more than `n`.
 */
export function sampleOf<T>(items: readonly T[], n: number, key: (item: T) => string, seed: string): T[] {
  const picked =
    items.length <= n
      ? [...items]
      : [...items]
          .map((item) => ({ item, r: rank(seed, key(item)) }))
          .sort((a, b) => (a.r < b.r ? -1 : a.r > b.r ? 1 : 0))
          .slice(0, n)
          .map((x) => x.item)
  return picked.sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0))
}

export interface Township {
  code: string
  township: string
  county: string
  /** Manifest ids of its reports, by year. */
  ids: string[]
}

/** The townships of the manifest, by code, each with its reports. */
export function townshipsOf(entries: readonly Pick<ManifestEntry, 'code' | 'township' | 'county' | 'id' | 'year'>[]): Township[] {
  const byCode = new Map<string, Township>()
  for (const e of [...entries].sort((a, b) => a.year - b.year)) {
    const t = byCode.get(e.code) ?? { code: e.code, township: e.township, county: e.county, ids: [] }
    t.ids.push(e.id)
    byCode.set(e.code, t)
  }
  return [...byCode.values()].sort((a, b) => (a.code < b.code ? -1 : 1))
}

/** The name queries of a township: its name, and county and name together. */
export function nameQueries(t: Township): RecallQuery[] {
  return [
    { type: 'township', text: t.township, expected: [...t.ids] },
    { type: 'county-township', text: `${t.county}${t.township}`, expected: [...t.ids] },
  ]
}

/** Clauses of a paragraph: the text between Chinese or ASCII sentence punctuation, trimmed. */
export function clauses(text: string): string[] {
  return text
    .split(/[，。；：！？、,.;:!?（）()“”"《》\s]+/u)
    .map((c) => c.trim())
    .filter(Boolean)
}

/**
 * A clause of the report's paragraphs (intro and sections), 8 to 30 characters with at least
 * six Chinese characters, picked by the hash of the report's id; null when it has none.
 */
export function sentenceFragment(record: Pick<ReportRecord, 'id' | 'narrative'>, seed: string): string | null {
  const paragraphs = [...record.narrative.intro, ...record.narrative.sections.flatMap((s) => s.paragraphs)]
  const candidates = paragraphs
    .flatMap((p) => clauses(p.text))
    .filter((c) => c.length >= 8 && c.length <= 30 && (c.match(/\p{Script=Han}/gu)?.length ?? 0) >= 6)
  if (candidates.length === 0) return null
  const pick = Number.parseInt(rank(seed, record.id).slice(0, 8), 16) % candidates.length
  return candidates[pick]!
}

/** The table 二 phrase of the 行政处罚 row (else the first row), as the search snippet writes it; null without table 二. */
export function tablePhrase(record: Pick<ReportRecord, 'tables'>): string | null {
  const phrases = tablePhrases(record, 'proactive')
  return phrases.find((p) => p.startsWith('表二 行政处罚 ')) ?? phrases[0] ?? null
}

/** The text queries of one sampled report. */
export function textQueries(record: Pick<ReportRecord, 'id' | 'narrative' | 'tables'>, id: string, seed: string): RecallQuery[] {
  const sentence = sentenceFragment(record, seed)
  const table = tablePhrase(record)
  return [
    ...(sentence ? [{ type: 'sentence' as const, text: sentence, expected: [id] }] : []),
    ...(table ? [{ type: 'table' as const, text: table, expected: [id] }] : []),
  ]
}

/** Recall per query type of `answers[i]` to `queries[i]`, with every miss. */
export function recallOf(queries: readonly RecallQuery[], answers: readonly SearchAnswer[]): TypeRecall[] {
  if (answers.length !== queries.length) throw new Error(`${queries.length} queries but ${answers.length} answers`)
  return QUERY_TYPES.flatMap((type) => {
    const row: TypeRecall = { type, queries: 0, complete: 0, expected: 0, found: 0, recall: 1, names: 0, phrase: 0, words: 0, misses: [] }
    queries.forEach((query, i) => {
      if (query.type !== type) return
      const answer = answers[i]!
      const got = new Set(answer.ids)
      const missing = query.expected.filter((id) => !got.has(id))
      row.queries++
      row.expected += query.expected.length
      row.found += query.expected.length - missing.length
      if (missing.length === 0) row.complete++
      else row.misses.push({ query, missing, results: answer.ids.length })
      if (answer.mode === 'names') row.names++
      if (answer.mode === 'phrase') row.phrase++
      if (answer.mode === 'words') row.words++
    })
    row.recall = row.expected === 0 ? 1 : row.found / row.expected
    return row.queries > 0 ? [row] : []
  })
}
