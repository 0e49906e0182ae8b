/**
 * The place-name lookup of a query (docs/search.md), with the file loading left to the caller:
 * the search page fetches (src/client/search-names.ts), the recall benchmark reads the built site
 * (scripts/search-recall.ts). Gathers the places of the bucket files under the query's keys
 * (./name-keys.ts) and, when its characters name nothing, looks it up by sound through the pinyin
 * table; ./name-match.ts decides what it names.
 */
import { bucketOf, charKeys, latinSoundKeys, queryCharKeys, soundKey, stemOf, type NameBucket, type NamePlace } from './name-keys.ts'
import { nameMatches, nameText, type NameMatches } from './name-match.ts'

/** Keys of a query's end looked up first: a township name of 2–3 characters has at most 2. */
const TAIL_KEYS = 2

/** Loads a file of the index by its site path (`/search/names/3.json`), parsed. */
export type NameFileLoader = <T>(path: string) => Promise<T>

export interface NameLookup {
  /** What `query` names, mentions or nearly names among the places with reports. */
  lookup(query: string): Promise<NameMatches>
}

/** A lookup over `buckets` bucket files (0: no index) that loads each file once. */
export function nameLookup(buckets: number, load: NameFileLoader): NameLookup {
  const files = new Map<number, Promise<NameBucket>>()
  let table: Promise<Map<string, string>> | null = null

  const bucket = (n: number): Promise<NameBucket> => {
    let file = files.get(n)
    if (!file) {
      file = load<NameBucket>(`/search/names/${n}.json`).catch((error: unknown) => {
        files.delete(n) // tried again next time
        throw error
      })
      files.set(n, file)
    }
    return file
  }

  const placesUnder = async (keys: readonly string[]): Promise<NamePlace[]> => {
    if (buckets <= 0) return []
    const found = new Map<string, NamePlace>()
    const loaded = await Promise.all(keys.map(async (key) => ({ key, file: await bucket(bucketOf(key, buckets)) })))
    for (const { key, file } of loaded) for (const i of file.keys[key] ?? []) found.set(file.places[i]!.path, file.places[i]!)
    return [...found.values()]
  }

  /** Each character's first reading (search/names/pinyin.json). */
  const pinyinOf = (): Promise<Map<string, string>> => {
    table ??= load<Record<string, string>>('/search/names/pinyin.json')
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
  const chineseSoundKey = async (text: string): Promise<string | null> => {
    const stem = [...stemOf(text)]
    if (stem.length < 2 || charKeys(text).length === 0) return null
    const readings = await pinyinOf()
    const syllables = stem.map((c) => readings.get(c))
    return syllables.every((s): s is string => Boolean(s)) ? soundKey(syllables) : null
  }

  return {
    async lookup(query) {
      const text = nameText(query)
      const latin = latinSoundKeys(text)
      if (latin.length > 0) return nameMatches(text, [], await placesUnder(latin))
      const keys = queryCharKeys(text)
      // The township is written last (彭水苗族土家族自治县石盘乡): its keys first, the rest only if they name nothing.
      if (keys.length > TAIL_KEYS) {
        const first = nameMatches(text, await placesUnder(keys.slice(-TAIL_KEYS)))
        if (first.named.length > 0) return first
      }
      const byChars = await placesUnder(keys)
      const matches = nameMatches(text, byChars)
      if (matches.named.length + matches.mentioned.length + matches.suggested.length > 0) return matches
      const sound = await chineseSoundKey(text)
      return sound ? nameMatches(text, byChars, await placesUnder([sound])) : matches
    },
  }
}
