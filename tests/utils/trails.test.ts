/**
 * Breadcrumb trails (src/components/site/Breadcrumbs.astro): a place page's starts at 全部地区 and
 * names the places above it, not the place itself; a coverage page's starts at the national
 * summary (报告发布情况) and links each summary above it.
 */
import { describe, expect, test } from 'vitest'
import { coverageTrail } from '../../src/utils/coverage/coverage-trail.ts'
import { placeTrail } from '../../src/utils/place/place-trail.ts'

describe('breadcrumb trails', () => {
  test('a township: 全部地区, then province, prefecture and county, each linked to its place page', () => {
    const trail = [
      { key: '64', name: '宁夏回族自治区' },
      { key: '6405', name: '中卫市' },
      { key: '640521', name: '中宁县' },
      { key: '640521205000', name: '徐套乡' },
    ]
    expect(placeTrail(trail)).toEqual([
      { href: '/places/', name: '全部地区' },
      { href: '/places/64/', name: '宁夏回族自治区' },
      { href: '/places/6405/', name: '中卫市' },
      { href: '/places/640521/', name: '中宁县' },
    ])
    expect(placeTrail(trail.slice(0, 1))).toEqual([{ href: '/places/', name: '全部地区' }])
  })

  test('a county matrix: the national summary, then province and prefecture summaries', () => {
    expect(
      coverageTrail([
        { key: '', name: '全国', level: 'nation' },
        { key: '63', name: '青海省', level: 'province' },
        { key: '6302', name: '海东市', level: 'prefecture' },
      ]),
    ).toEqual([
      { href: '/coverage/', name: '报告发布情况' },
      { href: '/coverage/63/', name: '青海省' },
      { href: '/coverage/6302/', name: '海东市' },
    ])
  })
})
