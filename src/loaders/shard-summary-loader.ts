/**
 * The content loader of the national build (docs/shards.md): the `reports` collection holds the
 * light records (src/utils/shard/light-record.ts) that each shard wrote to its summary,
 * `<folder>/*.summary.json`. The store holds one entry a summary, saying where it is
 * (src/data/reports.ts reads its records): 29 entries instead of 10,000 keep the content sync and
 * the bundled store small. No report is parsed here. A report id found in two shards fails the
 * build, naming both (each report belongs to exactly one shard).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { AstroError } from 'astro/errors'
import type { Loader } from 'astro/loaders'
import { reportEntrySchema } from '../schemas/report-entry.ts'
import { readShardSummary } from '../utils/shard/shard-summary.ts'

export function shardSummaryLoader(folder: string): Loader {
  return {
    name: 'shard-summary-loader',
    schema: reportEntrySchema,
    load: async ({ store, parseData, logger }) => {
      if (!existsSync(folder))
        throw new AstroError(
          `全国页面构建找不到分片摘要文件夹 ${folder}`,
          '请用 npm run build:shards 构建（它先构建各分片，再构建全国页面）。',
        )
      store.clear()
      const owner = new Map<string, string>()
      const duplicates: string[] = []
      const files = readdirSync(folder)
        .filter((name) => name.endsWith('.summary.json'))
        .sort()
      for (const name of files) {
        const summary = readShardSummary(readFileSync(join(folder, name), 'utf8'), name)
        for (const record of summary.reports) {
          const first = owner.get(record.id)
          if (first) duplicates.push(`${record.id}（${first} 与 ${summary.shard}）`)
          else owner.set(record.id, summary.shard)
        }
        // The store holds where the summary is (src/schemas/report-entry.ts); src/data/reports.ts reads its records.
        const data = await parseData({ id: name, data: { recordFile: join(folder, name), summary: true } })
        store.set({ id: name, data })
      }
      if (duplicates.length)
        throw new AstroError(
          `${duplicates.length} 份报告出现在两个分片中：${duplicates.slice(0, 10).join('、')}${duplicates.length > 10 ? ' 等' : ''}`,
          '同一份报告只能放在 content/ 下的一个一级文件夹里；删除多余的一份后重新构建。',
        )
      logger.info(`全国页面：${files.length} 个分片，${owner.size} 份报告`)
    },
  }
}
