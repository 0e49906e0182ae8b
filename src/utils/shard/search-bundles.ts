/**
 * The search bundles the search page merges with the one at `pagefind/` (docs/shards.md): in a
 * sharded site, every shard after the first (`pagefind/shards/<slug>/`, listed by the shard runner
 * in `search-bundles.json` beside the summaries); otherwise none.
 */
import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { buildRole, type BuildRole } from '../build-role.ts'

/** Site-relative folders of the extra bundles (`pagefind/shards/s-abc/`), in shard order. */
export function searchBundles(role: BuildRole = buildRole()): string[] {
  if (role.kind !== 'national') return []
  const file = path.join(role.summaries, 'search-bundles.json')
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as string[]) : []
}
