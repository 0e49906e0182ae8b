/** The feed items: one per report, newest first, linking to the report page. */
import { describe, expect, test } from 'vitest'
import { feedItems } from '../../src/utils/feed.ts'
import { reportTitle } from '../../src/utils/report/report-title.ts'
import { sampleRecords, sampleRecord } from './report/samples.ts'

describe('feed items', () => {
  test('one per report, newest year first, then latest publication date', () => {
    const items = feedItems(sampleRecords())
    expect(items).toHaveLength(5)
    const years = items.map((i) => Number(/(\d{4})年度/.exec(i.description)![1]))
    expect(years).toEqual([...years].sort((a, b) => b - a))
    expect(items[0]!.link).toBe('/reports/630223204000-2021/')
    expect(items[0]!.pubDate?.toISOString()).toBe('2022-01-03T16:00:00.000Z')
  })

  test('lists only the newest reports, so the feed does not grow with the corpus', () => {
    const all = feedItems(sampleRecords())
    expect(feedItems(sampleRecords(), 2)).toEqual(all.slice(0, 2))
    const many = Array.from({ length: 250 }, (_, i) => ({ ...sampleRecords()[0]!, id: `x-${i}` }))
    expect(feedItems(many)).toHaveLength(100)
  })

  test('titles name the organ and the year', () => {
    expect(reportTitle(sampleRecord('640521205000-2021'))).toBe('中宁县徐套乡人民政府2021年政府信息公开工作年度报告')
  })
})
