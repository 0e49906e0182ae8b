/**
 * The place-name index in the browser (docs/search.md): fetches the bucket files of a query's
 * keys (`search/names/<n>.json`, src/utils/search/name-keys.ts) and, when its characters name
 * nothing, the pinyin table to look it up by sound. Each file is fetched once per page.
 * What the query names is decided by src/utils/search/name-match.ts.
 */
import { withBase } from '../utils/paths.ts'
import {
  bucketOf,
  charKeys,
  latinSoundKeys,
  queryCharKeys,
  soundKey,
  stemOf,
  type NameBucket,
  type NamePlace,
} from '../utils/search/name-keys.ts'
import { nameMatches, nameText, type NameMatches } from '../utils/search/name-match.ts'

const files = new Map<number, Promise<NameBucket>>()
let table: Promise<Map<string, string>> | null = null

const empty: NameBucket = { places: [], keys: {} }

async function json<T>(path: string): Promise<T> {
  const response = await fetch(withBase(path))
  if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`)
  return (await response.json()) as T
}

/** A bucket file, fetched once; a failed fetch is tried again next time. */
function bucket(n: number): Promise<NameBucket> {
  let file = files.get(n)
  if (!file) {
    file = json<NameBucket>(`/search/names/${n}.json`).catch((error: unknown) => {
      files.delete(n)
      throw error
    })
    files.set(n, file)
  }
  return file
}

/** The places filed under any of `keys`, each once. */
async function placesUnder(keys: readonly string[], buckets: number): Promise<NamePlace[]> {
  const found = new Map<string, NamePlace>()
  const loaded = await Promise.all(keys.map(async (key) => ({ key, file: buckets > 0 ? await bucket(bucketOf(key, buckets)) : empty })))
  for (const { key, file } of loaded) for (const i of file.keys[key] ?? []) found.set(file.places[i]!.path, file.places[i]!)
  return [...found.values()]
}

/** Each character's first reading (search/names/pinyin.json), fetched once. */
function pinyinOf(): Promise<Map<string, string>> {
  table ??= json<Record<string, string>>('/search/names/pinyin.json')
    .then((bySyllable) => {
      const map = new Map<string, string>()
      for (const [syllable, chars] of Object.entries(bySyllable)) for (const c of chars) map.set(c, syllable)
      return map
    })
    .catch((error: unknown) => {
      table = null
      throw error
    })
  return table
}

/** The sound key of a Chinese query's stem, or null when a character has no known reading. */
async function chineseSoundKey(text: string): Promise<string | null> {
  const stem = [...stemOf(text)]
  if (stem.length < 2 || charKeys(text).length === 0) return null
  const readings = await pinyinOf()
  const syllables = stem.map((c) => readings.get(c))
  return syllables.every((s): s is string => Boolean(s)) ? soundKey(syllables) : null
}

/**
 * What `query` names, mentions or nearly names among the places with reports. `buckets` is the
 * number of bucket files (the search page's `data-name-buckets`); 0: no index, nothing named.
 */
export async function lookupNames(query: string, buckets: number): Promise<NameMatches> {
  const text = nameText(query)
  const latin = latinSoundKeys(text)
  if (latin.length > 0) return nameMatches(text, [], await placesUnder(latin, buckets))
  const byChars = await placesUnder(queryCharKeys(text), buckets)
  const matches = nameMatches(text, byChars)
  if (matches.named.length + matches.mentioned.length + matches.suggested.length > 0) return matches
  const sound = await chineseSoundKey(text)
  return sound ? nameMatches(text, byChars, await placesUnder([sound], buckets)) : matches
}
