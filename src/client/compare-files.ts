/**
 * The compare page's data files, fetched on demand under the site's base and kept for the
 * page's life: the place index (once), the township lists, a county's figures. A county file
 * that does not exist (404) is an empty county — its townships are then named as not found; any
 * other failure rejects, and is tried again on the next request.
 */
import { readCountyFile, type CountyFile } from '../utils/compare/compare-county-file.ts'
import type { CompareData } from '../utils/compare/compare-data.ts'
import type { PlaceIndex, TownshipList } from '../utils/compare/compare-place-index.ts'
import { compareCountyPath, compareListPath, comparePlacesPath } from '../utils/compare/compare-paths.ts'
import { indexCounties, listEntries, type PickerCounty, type PickerTownship } from '../utils/compare/compare-place-filter.ts'

/** JSON of a URL; `missing` when the server answers 404. */
async function fetchJson<T>(url: string, missing: T): Promise<T> {
  const response = await fetch(url, { credentials: 'same-origin' })
  if (response.status === 404) return missing
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`)
  return (await response.json()) as T
}

/** A cache of promises that forgets failures. */
function cached<T>(load: (key: string) => Promise<T>): (key: string) => Promise<T> {
  const cache = new Map<string, Promise<T>>()
  return (key) => {
    let promise = cache.get(key)
    if (!promise) {
      promise = load(key)
      promise.catch(() => cache.delete(key))
      cache.set(key, promise)
    }
    return promise
  }
}

const empty: PlaceIndex = { townships: 0, provinces: [], standIns: {} }
const indexOnce = cached(() => fetchJson(comparePlacesPath(), empty))

/** The first level of the place index. */
export const placeIndex = (): Promise<PlaceIndex> => indexOnce('')

/** The counties of the index by file key. */
const countiesOnce = cached(async () => indexCounties(await placeIndex()))
export const counties = (): Promise<Map<string, PickerCounty>> => countiesOnce('')

/** The townships of one list (a province, or a prefecture of a large one), with their places. */
export const townshipList = cached(async (list): Promise<PickerTownship[]> => {
  const file = await fetchJson<TownshipList>(compareListPath(list), { k: list, c: {} })
  return listEntries(file, await counties())
})

/** The figures of one county's townships. */
export const countyData = cached(async (county): Promise<CompareData> =>
  readCountyFile(await fetchJson<CountyFile>(compareCountyPath(county), { m: [], reports: [] })),
)
