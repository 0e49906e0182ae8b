/**
 * Updates an assembled site in place after some outputs (shards, the national build) were rebuilt
 * (docs/shards.md), doing what a whole assembly of the same outputs would do, with work in
 * proportion to the changed outputs only:
 *
 * - the outputs rebuilt since the last assembly are found by their identity (assembly-record.ts);
 *   only their files are listed; an unchanged output is not read at all, except its files that a
 *   changed output also writes (to compare their bytes) and its sitemap when the national pages' paths changed;
 * - each path a changed output writes or wrote: which outputs write it now (the record holds the
 *   paths several outputs write), the national build's copy winning, else the first shard's;
 *   two shards writing different bytes is a conflict, and then nothing is written;
 * - a file whose bytes did not change is left as it is (a host syncing the site sees no change);
 *   a changed or new file is linked under a temporary name outside the site and renamed into
 *   place, so nothing reading the site ever sees half a file; files no output writes any more are
 *   deleted last, after the files that replace them are in place;
 * - the record says `updating` while the site changes: a run killed half way leaves it so, and the
 *   next run assembles the whole site.
 *
 * Returns `{ fallback }` (why) when the site does not match the record; nothing was changed then.
 */
import {
  copyFileSync,
  linkSync,
  lstatSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmdirSync,
  rmSync,
  unlinkSync,
  writeFileSync,
  type Stats,
} from 'node:fs'
import path from 'node:path'
import {
  outputId,
  readOutputFiles,
  recordedOutputs,
  siteId,
  writeOutputFiles,
  writeRecord,
  type AssemblyRecord,
} from './assembly-record.ts'
import { filesBelow, isSitemap, shardSitemap, sitemapIndex, sourceOf, targetOf, type Output } from './site-layout.ts'

export interface InPlaceInput {
  outputs: Output[]
  record: AssemblyRecord
  /** The record's folder. */
  dir: string
  out: string
  address: string
}

export interface InPlaceResult {
  files: number
  conflicts: string[]
  changed: string[]
  written: number
  removed: number
}

const lstat = (file: string): Stats | null => {
  try {
    return lstatSync(file)
  } catch {
    return null
  }
}

const sameBytes = (a: string, b: string): boolean => lstatSync(a).size === lstatSync(b).size && readFileSync(a).equals(readFileSync(b))

export function assembleInPlace(input: InPlaceInput): InPlaceResult | { fallback: string } {
  const { outputs, record, dir, out, address } = input
  const ids = outputs.map((o) => outputId(o.dist))
  const changed = outputs.filter((_, i) => ids[i] !== record.outputs[i]!.id)
  const unchanged = (o: Output): boolean => !changed.includes(o)
  if (!changed.length) return { files: record.files, conflicts: [], changed: [], written: 0, removed: 0 }

  // The changed outputs' files, now and at the last assembly, by path in the site.
  const now = new Map<string, Map<string, string>>()
  const before = new Map<string, Map<string, string>>()
  const byTarget = (o: Output, files: string[]): Map<string, string> => {
    const map = new Map<string, string>()
    for (const rel of files) {
      const target = targetOf(o, rel)
      if (target) map.set(target, rel)
    }
    return map
  }
  for (const o of changed) {
    const recorded = readOutputFiles(dir, o.key)
    if (recorded === null) return { fallback: '上一次合成的记录不完整' }
    before.set(o.key, byTarget(o, recorded))
    now.set(o.key, byTarget(o, filesBelow(o.dist)))
  }
  const national = outputs[0]!
  // The national pages' paths: a shard's sitemap leaves them out.
  const nationalFiles = now.has(national.key) ? null : readOutputFiles(dir, national.key)
  if (!now.has(national.key) && nationalFiles === null) return { fallback: '上一次合成的记录不完整' }
  const nationalTargets = new Set((now.get(national.key) ?? byTarget(national, nationalFiles!)).keys())

  // Which unchanged output wrote a path only it wrote: looked up in the record only when needed
  // (a changed output starts writing a path an unchanged one writes alone).
  let soleWriters: Map<string, string> | null = null
  const soleWriter = (target: string): string | null | undefined => {
    if (!soleWriters) {
      soleWriters = new Map()
      for (const o of outputs.filter(unchanged))
        for (const rel of readOutputFiles(dir, o.key) ?? []) {
          const t = targetOf(o, rel)
          if (t) soleWriters.set(t, o.key)
        }
    }
    return soleWriters.get(target)
  }

  // Every path a changed output writes or wrote (and every shard's sitemap when the national pages' paths changed).
  const affected = new Set<string>()
  for (const o of changed) for (const map of [before.get(o.key)!, now.get(o.key)!]) for (const t of map.keys()) affected.add(t)
  // A shard's published sitemap depends on the national pages' paths: when those changed, every shard's is redone.
  const nationalPathsChanged =
    now.has(national.key) &&
    (nationalTargets.size !== before.get(national.key)!.size || [...before.get(national.key)!.keys()].some((t) => !nationalTargets.has(t)))
  const sitemapsOf = (o: Output): string[] =>
    readdirSync(o.dist)
      .map((rel) => targetOf(o, rel))
      .filter((t): t is string => t !== null && isSitemap(t))
  // An unchanged shard's sitemaps are its own (their names carry its slug).
  const unchangedSitemaps = new Map<string, string>()
  if (nationalPathsChanged)
    for (const o of outputs.slice(1).filter(unchanged))
      for (const t of sitemapsOf(o)) {
        affected.add(t)
        unchangedSitemaps.set(t, o.key)
      }
  affected.delete('sitemap-index.xml')

  const writersBefore = (target: string): string[] | null => {
    const shared = record.shared[target]
    if (shared) return shared
    const own = changed.find((o) => before.get(o.key)!.has(target))
    if (own) return [own.key]
    const sitemap = unchangedSitemaps.get(target)
    if (sitemap) return [sitemap]
    if (!lstat(path.join(out, target))) return []
    const sole = soleWriter(target)
    return sole ? [sole] : null
  }
  const plan = new Map<string, Output[]>()
  // Paths the national build wrote and no longer does: its shards' copies were never compared.
  const unshadowed = new Set<string>()
  for (const target of affected) {
    const previously = writersBefore(target)
    if (previously === null) return { fallback: `${path.basename(out)}/ 中有记录之外的文件 ${target}` }
    const writers = outputs.filter((o) => (unchanged(o) ? previously.includes(o.key) : now.get(o.key)!.has(target)))
    plan.set(target, writers)
    if (previously[0] === national.key && writers[0] !== national) unshadowed.add(target)
  }
  const source = (o: Output, target: string): string => path.join(o.dist, now.get(o.key)?.get(target) ?? sourceOf(o, target))

  // Conflicts: two shards writing different bytes to a path the national build does not write.
  const conflicts: string[] = []
  for (const [target, writers] of plan) {
    if (writers.length < 2 || writers[0]!.national) continue
    const [first, ...others] = writers as [Output, ...Output[]]
    // Two unchanged shards' copies were compared at an earlier assembly.
    const compared = unchanged(first) && !unshadowed.has(target)
    for (const other of compared ? others.filter((o) => !unchanged(o)) : others)
      if (!sameBytes(source(first, target), source(other, target))) conflicts.push(`${target}（分片 ${first.name} 与 ${other.name}）`)
  }
  if (conflicts.length) return { files: 0, conflicts, changed: changed.map((o) => o.name), written: 0, removed: 0 }

  // The site's sitemaps, for the index: the national build's and every shard's.
  const sitemaps = [...nationalTargets].filter(isSitemap)
  for (const o of outputs.slice(1)) sitemaps.push(...(now.has(o.key) ? [...now.get(o.key)!.keys()].filter(isSitemap) : sitemapsOf(o)))
  sitemaps.sort()

  // Apply: mark the record, write (new and changed files, then the sitemap index), delete, record.
  writeRecord(dir, { ...record, status: 'updating' })
  const staging = `${out}.next`
  rmSync(staging, { recursive: true, force: true })
  mkdirSync(staging, { recursive: true })
  let temp = 0
  let written = 0
  let removed = 0
  let files = record.files
  /** Put `from` (a file to link) or `text` at `target`, unless the site already has those bytes. */
  const put = (target: string, content: { from: string } | { text: string }): void => {
    const to = path.join(out, target)
    const there = lstat(to)
    if (there?.isFile()) {
      if ('from' in content) {
        if (there.ino === lstatSync(content.from).ino || sameBytes(content.from, to)) return
      } else if (there.size === Buffer.byteLength(content.text) && readFileSync(to, 'utf8') === content.text) return
    } else if (there) rmSync(to, { recursive: true, force: true })
    else files++
    const tmp = path.join(staging, String(temp++))
    if ('text' in content) writeFileSync(tmp, content.text)
    else
      try {
        linkSync(content.from, tmp)
      } catch {
        copyFileSync(content.from, tmp)
      }
    mkdirSync(path.dirname(to), { recursive: true })
    renameSync(tmp, to)
    written++
  }
  const gone: string[] = []
  for (const [target, writers] of plan) {
    const owner = writers[0]
    if (!owner) {
      gone.push(target)
      continue
    }
    if (!owner.national && isSitemap(target))
      put(target, { text: shardSitemap(readFileSync(source(owner, target), 'utf8'), address, nationalTargets) })
    else put(target, { from: source(owner, target) })
  }
  if (nationalTargets.has('sitemap-index.xml')) put('sitemap-index.xml', { text: sitemapIndex(address, sitemaps) })
  else gone.push('sitemap-index.xml')
  for (const target of gone) {
    const to = path.join(out, target)
    if (!lstat(to)) continue
    unlinkSync(to)
    files--
    removed++
    // Folders left empty go too (a whole assembly would not have them).
    for (let folder = path.dirname(to); folder.startsWith(`${out}${path.sep}`); folder = path.dirname(folder))
      try {
        rmdirSync(folder)
      } catch {
        break
      }
  }
  rmSync(staging, { recursive: true, force: true })

  for (const o of changed) writeOutputFiles(dir, o.key, [...now.get(o.key)!.values()])
  const shared = { ...record.shared }
  for (const [target, writers] of plan)
    if (writers.length > 1) shared[target] = writers.map((o) => o.key)
    else delete shared[target]
  writeRecord(dir, {
    ...record,
    status: 'complete',
    outId: siteId(out)!,
    files,
    outputs: recordedOutputs(outputs, ids),
    shared,
  })
  return { files, conflicts: [], changed: changed.map((o) => o.name), written, removed }
}
