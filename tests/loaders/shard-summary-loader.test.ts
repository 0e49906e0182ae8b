/**
 * The national build's content loader over real shard summary files: one store entry per
 * summary (not per report), whose records src/data/reports.ts reads back all at once, and a
 * report id in two shards refused, naming both. The store is a Map behind the three methods the
 * loader calls (the real one lives inside `astro build`: tests/e2e/shards.test.ts builds with it).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { LoaderContext } from 'astro/loaders'
import { afterEach, describe, expect, it } from 'vitest'
import { readRecords } from '../../src/loaders/record-files.ts'
import { shardSummaryLoader } from '../../src/loaders/shard-summary-loader.ts'
import type { ReportEntryData } from '../../src/schemas/report-entry.ts'
import { shardSummary, shardSummaryText } from '../../src/utils/shard/shard-summary.ts'
import { lightRecord } from '../../src/utils/shard/light-record.ts'
import { sampleRecords } from '../utils/report/samples.ts'

let folder = ''
afterEach(() => rmSync(folder, { recursive: true, force: true }))

/** Run the loader over `summaries` (file name → shard and its records); the entries it stored. */
async function load(summaries: Record<string, { shard: string; ids: string[] }>): Promise<Map<string, { data: ReportEntryData }>> {
  folder = mkdtempSync(join(tmpdir(), 'summaries-'))
  const records = sampleRecords()
  for (const [name, { shard, ids }] of Object.entries(summaries))
    writeFileSync(
      join(folder, name),
      shardSummaryText(
        shardSummary(
          shard,
          records.filter((r) => ids.includes(r.id)),
        ),
      ),
    )
  const entries = new Map<string, { data: ReportEntryData }>()
  const context = {
    store: { clear: () => entries.clear(), set: (e: { id: string; data: ReportEntryData }) => (entries.set(e.id, e), true) },
    parseData: async ({ data }: { data: ReportEntryData }) => data,
    logger: { info() {} },
  } as unknown as LoaderContext
  await shardSummaryLoader(folder).load(context)
  return entries
}

describe('shardSummaryLoader', () => {
  it('stores one entry per shard summary, from which every report of the shard is read', async () => {
    const [a, b, c] = sampleRecords().map((r) => r.id)
    const entries = await load({
      's-one.summary.json': { shard: '一', ids: [a!, b!] },
      's-two.summary.json': { shard: '二', ids: [c!] },
      'search-bundles.json': { shard: 'not a summary', ids: [] },
    })
    expect([...entries.keys()]).toEqual(['s-one.summary.json', 's-two.summary.json'])
    expect(entries.get('s-one.summary.json')!.data).toEqual({ recordFile: join(folder, 's-one.summary.json'), summary: true })
    const read = readRecords([...entries.values()])
    const light = new Map(sampleRecords().map((r) => [r.id, lightRecord(r)]))
    expect(read.map((r) => r.record.id).sort()).toEqual([a, b, c].sort())
    for (const { record, sourceFile } of read) {
      expect(record).toEqual(light.get(record.id))
      expect(sourceFile).toBe('')
    }
  })

  it('refuses a report found in two shards, naming both', async () => {
    const [a, b] = sampleRecords().map((r) => r.id)
    await expect(
      load({ 's-one.summary.json': { shard: '一', ids: [a!, b!] }, 's-two.summary.json': { shard: '二', ids: [b!] } }),
    ).rejects.toThrow(`1 份报告出现在两个分片中：${b}（一 与 二）`)
  })
})
