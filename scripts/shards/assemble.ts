/**
 * Puts the shards' and the national build's outputs together into one site (docs/shards.md):
 *
 * - every file of the national build (except a search bundle of its own);
 * - every file of each shard, except the pages the national build also makes (home, place
 *   index, years, compare, search …) and the shard's summary;
 * - each shard's search bundle: the first shard's at `pagefind/` (the bundle the search page
 *   loads), the others' at `pagefind/shards/<slug>/` (merged in at query time);
 * - each shard's sitemap renamed `sitemap-<slug>-N.xml`, without the pages the national build
 *   makes (each shard has its own home, search … pages, not published), all listed in one `sitemap-index.xml`.
 *
 * A path two shards both write with different bytes is a conflict (two shards hold the same
 * place or report): nothing is written and each conflict is named. Files are hard-linked.
 */
import {
  copyFileSync,
  existsSync,
  linkSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs'
import path from 'node:path'

export interface AssembleInput {
  /** The national build's output folder. */
  national: string
  /** Each shard's slug and output folder, the first being the primary search bundle. */
  shards: { slug: string; name: string; dist: string }[]
  /** The site to write (replaced whole once everything is in place). */
  out: string
  /** Where the replaced site is moved (left for the caller to delete); without it, it is deleted at once. */
  previous?: string
}

export interface AssembleResult {
  files: number
  /** Extra search bundles, relative to the site root, for the search page to merge. */
  mergedBundles: string[]
  conflicts: string[]
}

/** Relative paths of every file below `dir`, with `/` separators. */
function filesBelow(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)).split(path.sep).join('/'))
}

const sameBytes = (a: string, b: string): boolean => statSync(a).size === statSync(b).size && readFileSync(a).equals(readFileSync(b))

/** A shard's sitemap without the URLs of pages the national build makes (`national`: their files). */
export function shardSitemap(xml: string, address: string, national: ReadonlySet<string>): string {
  return xml.replace(/<url>.*?<\/url>/gs, (entry) => {
    const loc = /<loc>(.*?)<\/loc>/.exec(entry)?.[1]
    if (!loc?.startsWith(address)) return entry
    const rel = loc.slice(address.length)
    return national.has(rel === '' || rel.endsWith('/') ? `${rel}index.html` : rel) ? '' : entry
  })
}

/** Where a shard's file goes in the site, or null when the shard's copy is not published. */
export function shardTarget(rel: string, slug: string, primary: boolean): string | null {
  if (rel.startsWith('shard/') || rel === 'sitemap-index.xml') return null
  if (rel.startsWith('pagefind/')) return primary ? rel : `pagefind/shards/${slug}/${rel.slice('pagefind/'.length)}`
  const sitemap = /^sitemap-(\d+)\.xml$/.exec(rel)
  if (sitemap) return `sitemap-${slug}-${sitemap[1]}.xml`
  return rel
}

/** The site's address as the national build's sitemap index writes it (`https://x.gov.cn/gk/`). */
const siteAddressOf = (nationalIndex: string): string => /<loc>(.*?)sitemap-\d+\.xml<\/loc>/.exec(nationalIndex)?.[1] ?? '/'

/** The sitemap index listing `files` under the site's address. */
function sitemapIndex(address: string, files: string[]): string {
  const entries = files.map((f) => `<sitemap><loc>${address}${f}</loc></sitemap>`).join('')
  return `<?xml version="1.0" encoding="UTF-8"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">${entries}</sitemapindex>`
}

export function assembleSite(input: AssembleInput): AssembleResult {
  const sources = new Map<string, { from: string; owner: string }>()
  for (const rel of filesBelow(input.national)) {
    if (rel.startsWith('pagefind/') || rel.startsWith('shard/')) continue
    sources.set(rel, { from: path.join(input.national, rel), owner: '全国页面' })
  }
  const national = new Set(sources.keys())
  const conflicts: string[] = []
  const mergedBundles: string[] = []
  input.shards.forEach((shard, i) => {
    if (i > 0) mergedBundles.push(`pagefind/shards/${shard.slug}/`)
    for (const rel of filesBelow(shard.dist)) {
      const target = shardTarget(rel, shard.slug, i === 0)
      if (!target || national.has(target)) continue
      const from = path.join(shard.dist, rel)
      const before = sources.get(target)
      if (!before) sources.set(target, { from, owner: shard.name })
      else if (!sameBytes(before.from, from)) conflicts.push(`${target}（分片 ${before.owner} 与 ${shard.name}）`)
    }
  })
  if (conflicts.length) return { files: 0, mergedBundles, conflicts }

  const nationalIndex = path.join(input.national, 'sitemap-index.xml')
  const address = existsSync(nationalIndex) ? siteAddressOf(readFileSync(nationalIndex, 'utf8')) : '/'
  const next = `${input.out}.next`
  rmSync(next, { recursive: true, force: true })
  for (const [rel, { from, owner }] of sources) {
    if (rel === 'sitemap-index.xml') continue
    const to = path.join(next, rel)
    mkdirSync(path.dirname(to), { recursive: true })
    if (owner !== '全国页面' && /^sitemap-.+\.xml$/.test(rel)) {
      writeFileSync(to, shardSitemap(readFileSync(from, 'utf8'), address, national))
      continue
    }
    try {
      linkSync(from, to)
    } catch {
      copyFileSync(from, to)
    }
  }
  const sitemaps = [...sources.keys()].filter((rel) => /^sitemap-.+\.xml$/.test(rel) && rel !== 'sitemap-index.xml').sort()
  if (existsSync(nationalIndex)) writeFileSync(path.join(next, 'sitemap-index.xml'), sitemapIndex(address, sitemaps))
  // The site being replaced is moved aside, not deleted here: deleting 75,000 entries took 13 s of a
  // 43 s rebuild. The runner deletes it while the next run's shards build (scripts/build-shards.ts).
  if (input.previous) {
    rmSync(input.previous, { recursive: true, force: true })
    if (existsSync(input.out)) renameSync(input.out, input.previous)
  } else rmSync(input.out, { recursive: true, force: true })
  renameSync(next, input.out)
  return { files: sources.size, mergedBundles, conflicts }
}
