/**
 * The place-name index the search page reads first (docs/search.md): every township and county
 * that has reports, in small bucket files keyed by the characters and the sound of its name
 * (./name-keys.ts). A reader typing a township's name gets its reports from one or two files of a
 * few KB, without loading the full-text index; a near miss (徐套镇, 风山乡, xutao) gets a
 * suggestion.
 *
 * Built from the place tree of the reports (src/utils/place/place-tree.ts), so a township is
 * listed as the site lists it. The number of buckets grows with the corpus, so a bucket holds
 * about `TARGET_BUCKET_ENTRIES` places whatever the corpus.
 */
import type { PlaceAlias } from '../../lib/places/types.ts'
import { shortForms } from '../../lib/places/short-names.ts'
import { allPlaces, nodesDownTo, type PlaceNode, type PlaceTree } from '../place/place-tree.ts'
import { reportTitle } from '../report/report-title.ts'
import { bucketOf, charKeys, soundKey, stemOf, type NameBucket, type NamePlace } from './name-keys.ts'
import { townshipSpellings } from './place-names.ts'

/** Places a bucket should hold on average: about 10–15 KB of JSON, 3–4 KB gzipped. */
export const TARGET_BUCKET_ENTRIES = 24

/** Most spellings of one stem kept as sound keys (a stem of several polyphonic characters). */
const MAX_READINGS = 8

/** The readings of one character, most common first (none: not a Chinese character). */
export type Readings = (char: string) => readonly string[]

export interface NameIndexSources {
  /** The aliases of content/places.yaml. */
  aliases: readonly PlaceAlias[]
  /** The national list's name of a township code, or null. */
  official: (code: string) => string | null
  /** Pinyin of a character (./pinyin-table.ts). */
  readings: Readings
}

export interface NameIndex {
  buckets: number
  /** The bucket files by number; a bucket with no key is left out. */
  files: Map<number, NameBucket>
}

/**
 * The sound keys of a name: its stem's pinyin, each polyphonic character read every way it
 * can be (up to `MAX_READINGS` spellings). None when a character of the stem has no reading.
 */
export function soundKeys(name: string, readings: Readings): string[] {
  let spellings: string[][] = [[]]
  for (const char of stemOf(name)) {
    const options = readings(char)
    if (options.length === 0) return []
    spellings = spellings.flatMap((s) => options.map((o) => [...s, o])).slice(0, MAX_READINGS)
  }
  return spellings.length > 0 && spellings[0]!.length > 0 ? [...new Set(spellings.map(soundKey))] : []
}

/** Site-relative path of a place page or report page (the search page adds the base). */
const placePath = (key: string): string => `places/${encodeURIComponent(key)}/`
const reportPath = (id: string): string => `reports/${encodeURIComponent(id)}/`

/** What a township or county is listed with, and the names it is found by. */
function placeEntry(tree: PlaceTree, node: PlaceNode, sources: NameIndexSources): { place: NamePlace; names: string[] } {
  const context = nodesDownTo(tree, node)
    .slice(0, -1)
    .map((n) => n.name)
  const spellings = new Set<string>()
  if (node.level === 'township') {
    const organ = node.reports[0]?.organ
    if (organ) for (const s of townshipSpellings(organ, sources.aliases, node.code ? sources.official(node.code) : null)) spellings.add(s)
  } else for (const s of shortForms(node.name)) spellings.add(s)
  spellings.delete(node.name)
  const reports =
    node.level === 'township'
      ? [...node.reports]
          .sort((a, b) => (b.year ?? 0) - (a.year ?? 0))
          .map((r) => ({ path: reportPath(r.id), year: r.year, title: reportTitle(r) }))
      : []
  const place: NamePlace = {
    level: node.level as NamePlace['level'],
    name: node.name,
    ...(spellings.size > 0 ? { spellings: [...spellings] } : {}),
    context,
    path: placePath(node.key),
    reports,
    reportCount: node.reportCount,
  }
  return { place, names: [node.name, ...spellings] }
}

/** The keys a place is found by: character and sound keys of each of its names. */
function keysOf(names: readonly string[], readings: Readings): string[] {
  return [...new Set(names.flatMap((name) => [...charKeys(name), ...soundKeys(name, readings)]))]
}

/** The place-name index of the townships and counties of `tree`, about `targetEntries` keys a bucket. */
export function nameIndex(tree: PlaceTree, sources: NameIndexSources, targetEntries = TARGET_BUCKET_ENTRIES): NameIndex {
  const entries = allPlaces(tree)
    .filter((node) => node.level === 'township' || node.level === 'county')
    .map((node) => {
      const { place, names } = placeEntry(tree, node, sources)
      return { place, keys: keysOf(names, sources.readings) }
    })
    .filter((e) => e.keys.length > 0)
  const keyCount = entries.reduce((n, e) => n + e.keys.length, 0)
  // A power of two, so a corpus that grows a little keeps most files as they were.
  let buckets = 1
  while (buckets * targetEntries < keyCount) buckets *= 2
  const files = new Map<number, NameBucket>()
  const placeIndex = new Map<number, Map<NamePlace, number>>()
  for (const { place, keys } of entries) {
    for (const key of keys) {
      const n = bucketOf(key, buckets)
      let file = files.get(n)
      if (!file) files.set(n, (file = { places: [], keys: {} }))
      let indexes = placeIndex.get(n)
      if (!indexes) placeIndex.set(n, (indexes = new Map()))
      let index = indexes.get(place)
      if (index === undefined) {
        index = file.places.push(place) - 1
        indexes.set(place, index)
      }
      const list = (file.keys[key] ??= [])
      if (!list.includes(index)) list.push(index)
    }
  }
  return { buckets, files }
}
