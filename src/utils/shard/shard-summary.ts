/**
 * The summary a shard build writes for the national build (src/pages/shard/[name].json.ts →
 * `<shard dist>/shard/summary.json`): the shard's name and the light record of each report.
 */
import type { ReportRecord } from '../../lib/types.ts'
import { lightRecord } from './light-record.ts'

/** Bump when the summary's shape changes: a national build refuses summaries of another format. */
export const shardSummaryFormat = 1

export interface ShardSummary {
  format: typeof shardSummaryFormat
  shard: string
  reports: ReportRecord[]
}

/**
 * The summary of shard `shard` holding `records`, by id: the same records in any order give the
 * same summary (the shard runner compares the one it made early with the shard build's).
 */
export function shardSummary(shard: string, records: readonly ReportRecord[]): ShardSummary {
  const byId = [...records].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
  return { format: shardSummaryFormat, shard, reports: byId.map(lightRecord) }
}

/** The text of a summary file. */
export function shardSummaryText(summary: ShardSummary): string {
  return JSON.stringify(summary)
}

/** Parse a summary file; throws naming `file` when it is not one this code wrote. */
export function readShardSummary(text: string, file: string): ShardSummary {
  const summary = JSON.parse(text) as Partial<ShardSummary>
  if (summary.format !== shardSummaryFormat || typeof summary.shard !== 'string' || !Array.isArray(summary.reports))
    throw new Error(`${file} 不是本程序写出的分片摘要（格式 ${String(summary.format)}，应为 ${shardSummaryFormat}）：请重新构建该分片`)
  return summary as ShardSummary
}
