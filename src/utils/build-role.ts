/**
 * What this build makes (docs/shards.md). A portal is built whole (`npm run build`), or, past one
 * machine, in shards (`npm run build:shards`):
 *
 * - `whole`: every page from every report in content/.
 * - `shard`: one first-level folder of content/ (a province, by convention): its reports' pages,
 *   place pages, downloads and search bundle, plus the summary the national build reads.
 * - `national`: the pages above the shards (home, place index, years, compare, search, about, feed)
 *   from the shards' summaries; it parses no report.
 *
 * The role comes from the environment the shard runner sets: `PORTAL_SHARD=<folder>` or
 * `PORTAL_NATIONAL=<folder of shard summaries>`.
 */
export type BuildRole = { kind: 'whole' } | { kind: 'shard'; name: string } | { kind: 'national'; summaries: string }

/** The role of this build, from the environment. */
export function buildRole(env: Record<string, string | undefined> = process.env): BuildRole {
  const shard = env.PORTAL_SHARD?.trim()
  const national = env.PORTAL_NATIONAL?.trim()
  if (shard && national) throw new Error('PORTAL_SHARD 与 PORTAL_NATIONAL 不能同时设置：一次构建要么是一个分片，要么是全国页面')
  if (shard) {
    if (!isShardName(shard)) throw new Error(`PORTAL_SHARD=${shard}：分片名应是 content/ 下一个一级文件夹的名字`)
    return { kind: 'shard', name: shard }
  }
  if (national) return { kind: 'national', summaries: national }
  return { kind: 'whole' }
}

/** A folder name that can name a shard: one path segment, not hidden. */
export function isShardName(name: string): boolean {
  return name !== '' && !name.startsWith('.') && !/[/\\]/.test(name) && name !== '..'
}

/** True when this build renders pages of single reports and places (the whole site, or a shard). */
export const rendersReports = (role: BuildRole = buildRole()): boolean => role.kind !== 'national'

/** True when this build renders the pages above the shards (the whole site, or the national build). */
export const rendersNational = (role: BuildRole = buildRole()): boolean => role.kind !== 'shard'
