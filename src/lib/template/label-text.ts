/**
 * Normalise a table label for comparison: no spaces, no numbering prefix, no parenthetical
 * notes, unified punctuation. Only used to compare labels; the record keeps canonical strings.
 */
import { stripNumbering } from '../text/numbering.ts'
import { simplified } from '../text/traditional.ts'

const note = /[（(][^（）()]*(?:区分处理|单位|只计)[^（）()]*[)）]?/g
const punctuation = /[\s\u3000、，,。.．:：;；!！?？'"“”‘’「」《》〈〉【】\[\]{}*·•_\-—－~～]/g

const keyMemo = new Map<string, string>()

/** The comparison key of a label (memoised: the same labels recur in every report). */
export function labelKey(text: string): string {
  const known = keyMemo.get(text)
  if (known !== undefined) return known
  const key = stripNumbering(simplified(text))
    .replace(note, '')
    .replace(punctuation, '')
    .replace(/[（）()]/g, '')
  if (text.length <= 80) {
    if (keyMemo.size >= 50_000) keyMemo.clear()
    keyMemo.set(text, key)
  }
  return key
}

/** Levenshtein distance, bounded: returns `limit + 1` as soon as it is exceeded. */
export function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i)
  for (let i = 1; i <= a.length; i++) {
    const cur = [i]
    let best = i
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1
      const v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost)
      cur.push(v)
      if (v < best) best = v
    }
    if (best > limit) return limit + 1
    prev = cur
  }
  return prev[b.length]!
}
