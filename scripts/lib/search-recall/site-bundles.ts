/**
 * The Pagefind bundles of a built site, read from disk: which pages their results stand for, and
 * what kind of file a request of the search page fetched (for the byte count).
 *
 * A Pagefind result's `id` is the name of its fragment file (`zh-cn_237572c` →
 * `fragment/zh-cn_237572c.pf_fragment`, gzip JSON after a `pagefind_dcd` signature, whose `url`
 * is the page's address without the base). Reading every fragment once here lets the script check
 * thousands of results without the page fetching each fragment.
 */
import { readdir, readFile } from 'node:fs/promises'
import path from 'node:path'
import { gunzipSync } from 'node:zlib'

/** The folders holding a Pagefind bundle: `pagefind/` and, in a sharded site, `pagefind/shards/<slug>/`. */
export async function bundleFolders(site: string): Promise<string[]> {
  const main = path.join(site, 'pagefind')
  const shards = path.join(main, 'shards')
  const others = await readdir(shards, { withFileTypes: true }).catch(() => [])
  return [
    main,
    ...others
      .filter((e) => e.isDirectory())
      .map((e) => path.join(shards, e.name))
      .sort(),
  ]
}

/** The page address (`/reports/<id>/`) in one fragment file's bytes. */
export function fragmentUrl(bytes: Uint8Array): string {
  const text = gunzipSync(bytes).toString('utf8')
  const json = text.slice(text.indexOf('{'))
  return (JSON.parse(json) as { url: string }).url
}

/** The report id of a report page address, or null for another page. */
export const reportIdOf = (url: string): string | null => /\/reports\/([^/]+)\/$/u.exec(url)?.[1] ?? null

/** Every fragment of every bundle of `site`: result id → page address. */
export async function fragmentAddresses(site: string): Promise<Map<string, string>> {
  const found = new Map<string, string>()
  for (const folder of await bundleFolders(site)) {
    const dir = path.join(folder, 'fragment')
    const names = await readdir(dir).catch(() => [] as string[])
    for (const name of names) {
      if (!name.endsWith('.pf_fragment')) continue
      found.set(name.slice(0, -'.pf_fragment'.length), fragmentUrl(await readFile(path.join(dir, name))))
    }
  }
  return found
}

/** The kinds of file the first search fetches, in report order; the first pattern that matches a path wins. */
export const FILE_KINDS: ReadonlyArray<readonly [string, RegExp]> = [
  ['Pagefind JS', /\/pagefind\/(?:shards\/[^/]+\/)?[^/]+\.js$/u],
  ['Pagefind wasm', /\.pagefind$/u],
  ['Pagefind entry + metadata', /pagefind-entry\.json$|\.pf_meta$/u],
  ['index chunks', /\.pf_index$/u],
  ['filter chunks', /\.pf_filter$/u],
  ['fragments', /\.pf_fragment$/u],
  ['place-name index', /\/search\/names\/[^/]+\.json$/u],
  ['site JS', /\.m?js$/u],
  ['CSS', /\.css$/u],
  ['page HTML', /\/$|\.html$/u],
]

/** The kind of a fetched path (without the query string). */
export function kindOf(pathname: string): string {
  return FILE_KINDS.find(([, re]) => re.test(pathname))?.[0] ?? 'other'
}

/** The bundle a Pagefind path belongs to: `pagefind/` or `pagefind/shards/<slug>/`; null for other files. */
export function bundleOf(pathname: string): string | null {
  return /\/(pagefind\/(?:shards\/[^/]+\/)?)/u.exec(pathname)?.[1] ?? null
}
