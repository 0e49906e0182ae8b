/**
 * /search/names/<n>.json: one bucket of the place-name index (src/utils/search/name-index.ts),
 * fetched by the search page for the keys of a query (src/client/search-names.ts).
 */
import type { APIRoute, GetStaticPaths } from 'astro'
import { cacheKey } from '../../../data/cache-key.ts'
import { getNameIndex } from '../../../data/name-index.ts'
import type { NameBucket } from '../../../utils/search/name-keys.ts'

export const getStaticPaths = (async () => {
  const index = await getNameIndex()
  // Every bucket, an empty one too: the page computes a key's bucket and fetches it blindly.
  return Array.from({ length: index.buckets }, (_, n) => {
    const bucket: NameBucket = index.files.get(n) ?? { places: [], keys: {} }
    return { params: { bucket: String(n) }, props: { bucket }, cacheKey: cacheKey(bucket) }
  })
}) satisfies GetStaticPaths

export const GET: APIRoute<{ bucket: NameBucket }> = ({ props }) =>
  new Response(JSON.stringify(props.bucket), { headers: { 'Content-Type': 'application/json; charset=utf-8' } })
