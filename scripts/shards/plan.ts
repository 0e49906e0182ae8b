/**
 * The shards of a content folder (docs/shards.md): each first-level folder of content/ is one
 * shard (a province, by convention). Report files must sit inside such a folder; only the
 * shared files (places.yaml, README.md, hidden files) may sit directly in content/.
 */
import { readdirSync } from 'node:fs'
import path from 'node:path'
import { asciiHash } from '../../src/utils/paths.ts'
import { isShardName } from '../../src/utils/build-role.ts'

export interface Shard {
  /** The folder's name (PORTAL_SHARD). */
  name: string
  /** An ASCII name for its files and URLs: the folder name when it is ASCII, else a hash of it. */
  slug: string
  /** The folder. */
  dir: string
}

/** Files that may sit directly in content/ in a sharded site. */
const shared = new Set(['places.yaml', 'README.md'])

/** An ASCII name for `name`, stable across runs. */
export function shardSlug(name: string): string {
  return /^[A-Za-z0-9][A-Za-z0-9_-]*$/.test(name) ? name : `s-${asciiHash(name)}`
}

/** The shards of `contentDir`, sorted by name, and the files that keep it from being sharded. */
export function shardPlan(contentDir: string): { shards: Shard[]; problems: string[] } {
  const shards: Shard[] = []
  const problems: string[] = []
  for (const entry of readdirSync(contentDir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    if (entry.name.startsWith('.')) continue
    const where = path.join(contentDir, entry.name)
    if (entry.isDirectory() && isShardName(entry.name)) shards.push({ name: entry.name, slug: shardSlug(entry.name), dir: where })
    else if (!shared.has(entry.name))
      problems.push(`${where}：分片构建时，报告文件须放在 content/ 下的一级文件夹中（每个文件夹是一个分片，如 content/宁夏回族自治区/）`)
  }
  const slugs = new Map<string, string>()
  for (const s of shards) {
    const other = slugs.get(s.slug)
    if (other) problems.push(`分片 ${other} 与 ${s.name} 的英文名相同（${s.slug}）：请改名其中一个文件夹`)
    slugs.set(s.slug, s.name)
  }
  if (shards.length === 0) problems.push(`${contentDir} 下没有文件夹：分片构建需要至少一个一级文件夹`)
  return { shards, problems }
}
