/**
 * The bulk-data manifest of a sharded site (docs/shards.md): each shard writes the bulk files of
 * its own provinces with their manifest; the shard runner puts each manifest beside the summaries
 * (`<slug>.bulk-manifest.json`) and the national build lists them all as one manifest.
 */
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { bulkManifest, type BulkFile, type BulkManifest } from '../data/bulk/bulk-manifest.ts'
import { bulkTables } from '../data/bulk/write-bulk-files.ts'

/** One manifest of every shard's files (sorted by path); a path two shards both wrote throws, naming it. */
export function mergedBulkManifest(folder: string): BulkManifest {
  const files: BulkFile[] = []
  const owner = new Map<string, string>()
  for (const name of readdirSync(folder)
    .filter((n) => n.endsWith('.bulk-manifest.json'))
    .sort()) {
    const manifest = JSON.parse(readFileSync(path.join(folder, name), 'utf8')) as BulkManifest
    for (const file of manifest.files) {
      const other = owner.get(file.path)
      if (other)
        throw new Error(`批量数据文件 data/bulk/${file.path} 由两个分片各写了一份（${other} 与 ${name}）：同一省份的报告须放在同一个分片里`)
      owner.set(file.path, name)
      files.push(file)
    }
  }
  return bulkManifest(
    files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0)),
    bulkTables,
  )
}
