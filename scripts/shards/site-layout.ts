/**
 * Where each output's files go in the assembled site (docs/shards.md), shared by the full and the
 * in-place assembly: the outputs in their order (the national build first, then the shards, the
 * first shard's search bundle being the primary one), the path of each file in the site, the
 * shards' sitemaps without the national pages, and the sitemap index.
 */
import { readdirSync } from 'node:fs'
import path from 'node:path'

/** One build output that the site is assembled from. */
export interface Output {
  /** `national`, or the shard's slug. */
  key: string
  /** The name the log and the conflicts show (`全国页面`, or the shard's folder name). */
  name: string
  /** Its output folder. */
  dist: string
  national: boolean
  /** The shard whose search bundle is the site's `pagefind/`. */
  primary: boolean
}

export const NATIONAL = '全国页面'

/** The outputs in assembly order: the national build, then the shards (the first is primary). */
export function outputsOf(national: string, shards: { slug: string; name: string; dist: string }[]): Output[] {
  return [
    { key: 'national', name: NATIONAL, dist: national, national: true, primary: false },
    ...shards.map((s, i) => ({ key: s.slug, name: s.name, dist: s.dist, national: false, primary: i === 0 })),
  ]
}

/** Relative paths of every file below `dir`, with `/` separators. */
export function filesBelow(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)).split(path.sep).join('/'))
}

/** Where a shard's file goes in the site, or null when the shard's copy is not published. */
export function shardTarget(rel: string, slug: string, primary: boolean): string | null {
  if (rel.startsWith('shard/') || rel === 'sitemap-index.xml') return null
  if (rel.startsWith('pagefind/')) return primary ? rel : `pagefind/shards/${slug}/${rel.slice('pagefind/'.length)}`
  const sitemap = /^sitemap-(\d+)\.xml$/.exec(rel)
  if (sitemap) return `sitemap-${slug}-${sitemap[1]}.xml`
  return rel
}

/** Where an output's file goes in the site, or null (the national build's own search bundle, summaries). */
export function targetOf(output: Output, rel: string): string | null {
  if (output.national) return rel.startsWith('pagefind/') || rel.startsWith('shard/') ? null : rel
  return shardTarget(rel, output.key, output.primary)
}

/** The file of `output` that goes to `target` (the inverse of targetOf). */
export function sourceOf(output: Output, target: string): string {
  if (output.national) return target
  const bundle = `pagefind/shards/${output.key}/`
  if (!output.primary && target.startsWith(bundle)) return `pagefind/${target.slice(bundle.length)}`
  const sitemap = `sitemap-${output.key}-`
  if (target.startsWith(sitemap) && /^\d+\.xml$/.test(target.slice(sitemap.length))) return `sitemap-${target.slice(sitemap.length)}`
  return target
}

/** A sitemap file of the site (not the index). */
export const isSitemap = (target: string): boolean => /^sitemap-.+\.xml$/.test(target) && target !== 'sitemap-index.xml'

/** A shard's sitemap without the URLs of pages the national build makes (`national`: their files). */
export function shardSitemap(xml: string, address: string, national: ReadonlySet<string>): string {
  return xml.replace(/<url>.*?<\/url>/gs, (entry) => {
    const loc = /<loc>(.*?)<\/loc>/.exec(entry)?.[1]
    if (!loc?.startsWith(address)) return entry
    const rel = loc.slice(address.length)
    return national.has(rel === '' || rel.endsWith('/') ? `${rel}index.html` : rel) ? '' : entry
  })
}

/** The site's address as the national build's sitemap index writes it (`https://x.gov.cn/gk/`). */
export const siteAddressOf = (nationalIndex: string): string => /<loc>(.*?)sitemap-\d+\.xml<\/loc>/.exec(nationalIndex)?.[1] ?? '/'

/** The sitemap index listing `files` under the site's address. */
export function sitemapIndex(address: string, files: string[]): string {
  const entries = files.map((f) => `<sitemap><loc>${address}${f}</loc></sitemap>`).join('')
  return `<?xml version="1.0" encoding="UTF-8"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">${entries}</sitemapindex>`
}
