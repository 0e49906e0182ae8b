/**
 * Content collections: every report file in content/ (any folder), parsed by the engine in src/lib.
 * A shard build reads one first-level folder of content/; the national build reads the shards'
 * summaries instead of report files (src/utils/build-role.ts, docs/shards.md).
 */
import { defineCollection } from 'astro:content'
import { reportLoader } from './loaders/report-loader.ts'
import { shardSummaryLoader } from './loaders/shard-summary-loader.ts'
import { buildRole } from './utils/build-role.ts'

const role = buildRole()

export const collections = {
  reports: defineCollection({
    loader:
      role.kind === 'national'
        ? shardSummaryLoader(role.summaries)
        : reportLoader({ base: role.kind === 'shard' ? `content/${role.name}` : 'content', contentDir: 'content' }),
  }),
}
