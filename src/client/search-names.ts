/**
 * The place-name index in the browser (docs/search.md): src/utils/search/name-lookup.ts with
 * files fetched under the site's base, each once per page.
 */
import { withBase } from '../utils/paths.ts'
import { nameLookup, type NameLookup } from '../utils/search/name-lookup.ts'

async function fetchJson<T>(path: string): Promise<T> {
  const response = await fetch(withBase(path))
  if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`)
  return (await response.json()) as T
}

/** The lookup over `buckets` bucket files (the search page's `data-name-buckets`). */
export const siteNameLookup = (buckets: number): NameLookup => nameLookup(buckets, fetchJson)
