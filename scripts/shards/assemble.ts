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
 *
 * Given a `record` folder, the assembly remembers what it did (scripts/shards/assembly-record.ts)
 * and the next one changes the site in place, reading only the outputs rebuilt since
 * (scripts/shards/assemble-in-place.ts). The whole site is assembled again (into a new folder that
 * replaces the old one) when there is no usable record: the first time, after an update that did
 * not finish, when the site folder was changed by anything else, the address or the list of shards
 * changed, or the assembly code did.
 */
import { copyFileSync, existsSync, linkSync, mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { assembleInPlace } from './assemble-in-place.ts'
import {
  assemblyVersion,
  forgetRecord,
  outputId,
  readRecord,
  recordedOutputs,
  siteId,
  writeOutputFiles,
  writeRecord,
  type AssemblyRecord,
} from './assembly-record.ts'
import { filesBelow, isSitemap, outputsOf, shardSitemap, siteAddressOf, sitemapIndex, targetOf, type Output } from './site-layout.ts'

export { shardSitemap, shardTarget } from './site-layout.ts'

export interface AssembleInput {
  /** The national build's output folder. */
  national: string
  /** Each shard's slug and output folder, the first being the primary search bundle. */
  shards: { slug: string; name: string; dist: string }[]
  /** The site to write. */
  out: string
  /** Where a site replaced whole is moved (left for the caller to delete); without it, it is deleted at once. */
  previous?: string
  /** A folder (outside the site) for the record of this assembly, which lets the next one update the site in place. */
  record?: string
  /** Assemble the whole site even when it could be updated in place. */
  whole?: boolean
}

export interface AssembleResult {
  /** Files in the site. */
  files: number
  /** Extra search bundles, relative to the site root, for the search page to merge. */
  mergedBundles: string[]
  conflicts: string[]
  /** `whole`: a new site folder replaced the old one; `in-place`: only the changed outputs' files were changed. */
  mode: 'whole' | 'in-place'
  /** Why the site was assembled whole (for the log, in Chinese). */
  reason?: string
  /** In place: the names of the outputs rebuilt since the last assembly. */
  changed: string[]
  /** Files linked or written into the site. */
  written: number
  /** In place: files the changed outputs no longer write, deleted from the site. */
  removed: number
}

/** The site's address, from the national build's sitemap index. */
const addressOf = (national: string): string => {
  const index = path.join(national, 'sitemap-index.xml')
  return existsSync(index) ? siteAddressOf(readFileSync(index, 'utf8')) : '/'
}

/** Why the recorded assembly cannot be updated in place, or null when it can. */
function staleness(record: AssemblyRecord | null, input: AssembleInput, outputs: Output[], address: string): string | null {
  if (input.whole) return '按要求完整合成'
  if (!record) return '没有上一次合成的记录'
  if (record.version !== assemblyVersion) return '合成程序有变化'
  if (record.status !== 'complete') return '上一次合成没有完成'
  if (record.out !== input.out) return '网站文件夹不同'
  const id = siteId(input.out)
  if (id === null) return `${path.basename(input.out)}/ 不存在`
  if (id !== record.outId) return `${path.basename(input.out)}/ 在上一次合成后被改动或替换`
  if (record.address !== address) return '网站地址有变化'
  const same =
    record.outputs.length === outputs.length &&
    record.outputs.every(
      (r, i) =>
        r.key === outputs[i]!.key && r.name === outputs[i]!.name && r.dist === outputs[i]!.dist && r.primary === outputs[i]!.primary,
    )
  if (!same) return '分片有增减'
  return null
}

export function assembleSite(input: AssembleInput): AssembleResult {
  const outputs = outputsOf(input.national, input.shards)
  const mergedBundles = input.shards.slice(1).map((s) => `pagefind/shards/${s.slug}/`)
  const address = addressOf(input.national)
  if (input.record) {
    const record = readRecord(input.record)
    const reason = staleness(record, input, outputs, address)
    if (reason === null) {
      const updated = assembleInPlace({ outputs, record: record!, dir: input.record, out: input.out, address })
      if (!('fallback' in updated)) return { ...updated, mergedBundles, mode: 'in-place' }
      return assembleWhole(input, outputs, address, mergedBundles, updated.fallback)
    }
    return assembleWhole(input, outputs, address, mergedBundles, reason)
  }
  return assembleWhole(input, outputs, address, mergedBundles, '按要求完整合成')
}

const sameBytes = (a: string, b: string): boolean => statSync(a).size === statSync(b).size && readFileSync(a).equals(readFileSync(b))

/** The whole site into a new folder that then replaces `input.out`; with `input.record`, recorded. */
function assembleWhole(input: AssembleInput, outputs: Output[], address: string, mergedBundles: string[], reason: string): AssembleResult {
  const ids = outputs.map((o) => outputId(o.dist))
  // Each path of the site: the output it comes from (the national build, else the first shard writing it) and every output writing it.
  const sources = new Map<string, { from: string; owner: Output; writers: string[] }>()
  const written = new Map<string, string[]>()
  const conflicts: string[] = []
  for (const output of outputs) {
    const files: string[] = []
    for (const rel of filesBelow(output.dist)) {
      const target = targetOf(output, rel)
      if (!target) continue
      files.push(rel)
      const from = path.join(output.dist, rel)
      const before = sources.get(target)
      if (!before) sources.set(target, { from, owner: output, writers: [output.key] })
      else {
        before.writers.push(output.key)
        if (!before.owner.national && !sameBytes(before.from, from))
          conflicts.push(`${target}（分片 ${before.owner.name} 与 ${output.name}）`)
      }
    }
    written.set(output.key, files)
  }
  if (conflicts.length) return { files: 0, mergedBundles, conflicts, mode: 'whole', reason, changed: [], written: 0, removed: 0 }

  if (input.record) forgetRecord(input.record)
  const national = new Set([...sources].filter(([, s]) => s.owner.national).map(([target]) => target))
  const next = `${input.out}.next`
  rmSync(next, { recursive: true, force: true })
  for (const [rel, { from, owner }] of sources) {
    if (rel === 'sitemap-index.xml') continue
    const to = path.join(next, rel)
    mkdirSync(path.dirname(to), { recursive: true })
    if (!owner.national && isSitemap(rel)) {
      writeFileSync(to, shardSitemap(readFileSync(from, 'utf8'), address, national))
      continue
    }
    try {
      linkSync(from, to)
    } catch {
      copyFileSync(from, to)
    }
  }
  const sitemaps = [...sources.keys()].filter(isSitemap).sort()
  if (national.has('sitemap-index.xml')) writeFileSync(path.join(next, 'sitemap-index.xml'), sitemapIndex(address, sitemaps))
  // The site being replaced is moved aside, not deleted here: deleting 75,000 entries took 13 s of a
  // 43 s rebuild. The runner deletes it while the next run's shards build (scripts/build-shards.ts).
  if (input.previous) {
    rmSync(input.previous, { recursive: true, force: true })
    if (existsSync(input.out)) renameSync(input.out, input.previous)
  } else rmSync(input.out, { recursive: true, force: true })
  renameSync(next, input.out)

  if (input.record) {
    for (const [key, files] of written) writeOutputFiles(input.record, key, files)
    const shared: Record<string, string[]> = {}
    for (const [target, { writers }] of sources) if (writers.length > 1) shared[target] = writers
    writeRecord(input.record, {
      version: assemblyVersion,
      status: 'complete',
      out: input.out,
      outId: siteId(input.out)!,
      address,
      files: sources.size,
      outputs: recordedOutputs(outputs, ids),
      shared,
    })
  }
  return { files: sources.size, mergedBundles, conflicts, mode: 'whole', reason, changed: [], written: sources.size, removed: 0 }
}
