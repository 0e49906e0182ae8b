/**
 * Match a label as written against a list of canonical labels: exact key, known variant,
 * or a fuzzy match (small edit distance) that the caller reports as an `info`.
 */
import { editDistance, labelKey } from './label-text.ts'

/** A canonical label and the spellings it is known by. */
export interface LabelEntry<T extends string = string> {
  label: T
  variants?: readonly string[]
}

/** The outcome of matching one written label. */
export interface LabelMatch<T extends string = string> {
  label: T
  /** False when only a fuzzy match was found. */
  exact: boolean
}

/** Pre-computed keys for a label list. */
export interface LabelIndex<T extends string = string> {
  keys: Map<string, T>
  /** Each spelling's key, and the characters (UTF-16 code units) it holds. */
  entries: { label: T; key: string; chars: ReadonlySet<number> }[]
  /** Every character any key holds. */
  chars: ReadonlySet<number>
  /** Results of earlier matches: the same labels recur in every report. */
  memo: Map<string, LabelMatch<T> | null>
}

/** Longest label text worth matching; longer cells are prose. */
const longestLabel = 80
/** Bound on the memo of one index, so that hostile input cannot grow it without limit. */
const memoLimit = 20_000

/** Index a label list for repeated matching. */
export function indexLabels<T extends string>(entries: readonly LabelEntry<T>[]): LabelIndex<T> {
  const keys = new Map<string, T>()
  const list: LabelIndex<T>['entries'] = []
  for (const e of entries) {
    for (const spelling of [e.label, ...(e.variants ?? [])]) {
      const key = labelKey(spelling)
      if (!keys.has(key)) keys.set(key, e.label)
      list.push({ label: e.label, key, chars: codeUnits(key) })
    }
  }
  return { keys, entries: list, chars: new Set(list.flatMap((e) => [...e.chars])), memo: new Map() }
}

/**
 * How many characters of `key` are not in `chars`: a lower bound of the edit distance from `key` to
 * any string made of `chars` only (each such character must be deleted or replaced).
 */
function outside(key: string, chars: ReadonlySet<number>): number {
  let n = 0
  for (let i = 0; i < key.length; i++) if (!chars.has(key.charCodeAt(i))) n++
  return n
}

/** The UTF-16 code units of `text`, as a set. */
function codeUnits(text: string): Set<number> {
  const units = new Set<number>()
  for (let i = 0; i < text.length; i++) units.add(text.charCodeAt(i))
  return units
}

/** Allowed edit distance for a key of this length. */
function tolerance(length: number): number {
  return length < 4 ? 0 : length < 8 ? 1 : Math.min(4, Math.floor(length / 4))
}

/** Match `text` against the index; null when nothing is close enough or two labels tie. */
export function matchLabel<T extends string>(text: string, index: LabelIndex<T>): LabelMatch<T> | null {
  if (text.length > longestLabel) return null
  const known = index.memo.get(text)
  if (known !== undefined) return known
  const result = matchKey(labelKey(text), index)
  if (index.memo.size >= memoLimit) index.memo.clear()
  index.memo.set(text, result)
  return result
}

/** Match a normalised key against the index. */
function matchKey<T extends string>(key: string, index: LabelIndex<T>): LabelMatch<T> | null {
  if (!key) return null
  const exact = index.keys.get(key)
  if (exact) return { label: exact, exact: true }
  const limit = /\d/.test(key) ? 0 : tolerance(key.length)
  if (limit === 0) return null
  // Too many characters no label has: nothing is close (the distance bound spares the full comparison).
  if (outside(key, index.chars) > limit) return null
  let best: T | null = null
  let bestDistance = limit + 1
  let tie = false
  for (const e of index.entries) {
    if (Math.abs(key.length - e.key.length) > limit || outside(key, e.chars) > limit) continue
    const d = editDistance(key, e.key, limit)
    if (d < bestDistance) {
      best = e.label
      bestDistance = d
      tie = false
    } else if (d === bestDistance && e.label !== best) tie = true
  }
  if (!best || bestDistance > limit || tie) return null
  return { label: best, exact: false }
}
