/** What the place pages list: bounded list depth, a county's report grid, a province's reports per year. */
import { describe, expect, test } from 'vitest'
import { listDepth } from '../../../src/utils/place/list-depth.ts'
import { buildPlaceTree } from '../../../src/utils/place/place-tree.ts'
import { reportGrid } from '../../../src/utils/place/report-grid.ts'
import { yearCounts } from '../../../src/utils/place/year-counts.ts'
import { organs, record } from '../report/support/records.ts'

/** A county (中宁县) with `n` townships of codes 640521200000 + i, each with reports in `years`. */
function county(n: number, years: number[]) {
  const records = Array.from({ length: n }, (_, i) =>
    years.map((year) => record({ year, organ: { ...organs.xutao, township: `第${i + 1}乡`, code: String(640521200000 + i * 1000) } })),
  ).flat()
  return buildPlaceTree(records)
}

describe('listDepth', () => {
  test('shows every level when the whole list fits', () => {
    const tree = county(3, [2021])
    expect(listDepth(tree.provinces)).toBe(Infinity)
  })

  test('stops at the deepest level that keeps the list within the limit', () => {
    const tree = county(20, [2021])
    // 1 province + 1 prefecture + 1 county = 3 items; the 20 townships would make 23.
    expect(listDepth(tree.provinces, 10)).toBe(2)
    expect(listDepth(tree.provinces, 23)).toBe(Infinity)
    expect(listDepth(tree.provinces, 2)).toBe(1)
    expect(listDepth(tree.provinces, 1)).toBe(0)
  })
})

describe('reportGrid', () => {
  test('a row per township, a column per year oldest first, each report linked with its date', () => {
    const tree = county(2, [2021, 2020])
    const countyNode = tree.byKey.get('640521')!
    countyNode.children[1]!.reports.push(record({ id: 'x-null', year: null, organ: { ...organs.xutao, code: '640521201000' } }))
    const grid = reportGrid(countyNode.children)
    expect(grid.years).toEqual([2020, 2021, null])
    expect(grid.rows.map((r) => [r.name, r.href])).toEqual([
      ['第1乡', '/places/640521200000/'],
      ['第2乡', '/places/640521201000/'],
    ])
    expect(grid.rows[0]!.cells).toEqual([
      [{ href: '/reports/640521200000-2020/', text: '报告' }],
      [{ href: '/reports/640521200000-2021/', text: '报告' }],
      [],
    ])
    expect(grid.rows[1]!.cells[2]).toEqual([{ href: '/reports/x-null/', text: '报告' }])
  })

  test('a cell shows the publication date when there is one', () => {
    const tree = buildPlaceTree([record({ publishedOn: '2022-01-20' })])
    expect(reportGrid(tree.byKey.get('640521')!.children).rows[0]!.cells).toEqual([
      [{ href: '/reports/640521205000-2021/', text: '2022-01-20' }],
    ])
  })
})

describe('yearCounts', () => {
  test('counts reports per year, newest first, unknown years last without a link', () => {
    expect(yearCounts([{ year: 2020 }, { year: 2021 }, { year: null }, { year: 2021 }])).toEqual([
      { year: 2021, reports: 2, href: '/years/2021/' },
      { year: 2020, reports: 1, href: '/years/2020/' },
      { year: null, reports: 1, href: null },
    ])
  })
})
