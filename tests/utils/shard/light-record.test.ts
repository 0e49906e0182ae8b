/**
 * The national build of a sharded site shows the same year tables, counts and feed as a whole
 * build: every page it makes reads light records, so they must carry every figure those pages show.
 */
import { beforeAll, describe, expect, it } from 'vitest'
import { collectReports } from '../../../src/lib/index.ts'
import type { ReportRecord } from '../../../src/lib/types.ts'
import { feedItems } from '../../../src/utils/feed.ts'
import { buildPlaceTree } from '../../../src/utils/place/place-tree.ts'
import { siteCounts } from '../../../src/utils/place/site-summary.ts'
import { yearRates } from '../../../src/utils/rates/year-rates.ts'
import { lightRecord } from '../../../src/utils/shard/light-record.ts'
import { readShardSummary, shardSummary, shardSummaryText } from '../../../src/utils/shard/shard-summary.ts'
import { yearsOf, yearTable } from '../../../src/utils/year/year-table.ts'

let full: ReportRecord[] = []
let light: ReportRecord[] = []

beforeAll(async () => {
  full = (await collectReports(['content'])).map((f) => f.record)
  light = full.map(lightRecord)
})

describe('light records', () => {
  it('give the year tables, counts and feed of the full records', () => {
    expect(full.length).toBeGreaterThan(3)
    // What the year page shows: every row and total, each row's record named by its id.
    const shown = (records: ReportRecord[], year: number) => {
      const table = yearTable(records, year)
      return { ...table, rows: table.rows.map((row) => ({ ...row, record: row.record.id })) }
    }
    for (const { year } of yearsOf(full)) expect(shown(light, year)).toEqual(shown(full, year))
    // The rates the year pages pool: a dropped cell would count its report as 未填报.
    for (const { year } of yearsOf(full)) {
      const inYear = (records: ReportRecord[]) => records.filter((r) => r.year === year)
      expect(yearRates(inYear(light))).toEqual(yearRates(inYear(full)))
    }
    expect(yearsOf(light)).toEqual(yearsOf(full))
    expect(siteCounts(light, buildPlaceTree(light))).toEqual(siteCounts(full, buildPlaceTree(full)))
    expect(feedItems(light)).toEqual(feedItems(full))
  })

  it('leave out the text and the cells no national page shows', () => {
    const bytes = (records: ReportRecord[]): number => JSON.stringify(records).length
    expect(light.every((r) => r.narrative.intro.length === 0 && r.narrative.sections.length === 0)).toBe(true)
    const cells = (records: ReportRecord[]): number =>
      records.reduce(
        (n, r) =>
          n + (r.tables.proactive?.cells.length ?? 0) + (r.tables.requests?.cells.length ?? 0) + (r.tables.appeals?.cells.length ?? 0),
        0,
      )
    expect(cells(light)).toBeGreaterThan(0)
    expect(cells(light)).toBeLessThan(cells(full) / 5)
    expect(bytes(light)).toBeLessThan(bytes(full) / 4)
  })

  it('travel in a summary the national build reads back, by id whatever their order, and a summary of another format is refused', () => {
    const summary = shardSummary('宁夏回族自治区', full)
    const byId = [...light].sort((a, b) => (a.id < b.id ? -1 : 1))
    expect(readShardSummary(JSON.stringify(summary), 'x.summary.json')).toEqual({ ...summary, reports: byId })
    expect(shardSummaryText(shardSummary('宁夏回族自治区', [...full].reverse()))).toBe(shardSummaryText(summary))
    expect(() => readShardSummary(JSON.stringify({ ...summary, format: 99 }), 'old.summary.json')).toThrow(
      /old\.summary\.json.*重新构建该分片/,
    )
  })
})
