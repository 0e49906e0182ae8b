import { describe, expect, it } from 'vitest'
import { countMessage, excerptParts, filterGroups, resultView, type PagefindResultData } from '../../../src/utils/search/view-model.ts'

describe('excerptParts', () => {
  it('splits on <mark> only, unescapes &lt; &gt; and drops U+200B', () => {
    expect(excerptParts('依法\u200B<mark>行政</mark>\u200B<mark>处罚</mark>\u200B共 &lt;b&gt; 件')).toEqual([
      { text: '依法', mark: false },
      { text: '行政处罚', mark: true },
      { text: '共 <b> 件', mark: false },
    ])
    expect(excerptParts('')).toEqual([])
  })

  it('never turns excerpt text into markup', () => {
    const parts = excerptParts('&lt;script&gt;alert(1)&lt;/script&gt; <mark>x</mark>')
    expect(parts[0]).toEqual({ text: '<script>alert(1)</script> ', mark: false })
    expect(parts[1]).toEqual({ text: 'x', mark: true })
  })
})

const data: PagefindResultData = {
  url: '/reports/622926214000-2020/',
  excerpt: '<mark>凤山</mark>\u200B<mark>乡</mark>\u200B<mark>人民政府</mark>',
  meta: { title: '东乡族自治县凤山乡人民政府2020年政府信息公开工作年度报告' },
  filters: { province: ['甘肃省'], county: ['东乡族自治县'], township: ['凤山乡'], year: ['2020'], format: ['2019年格式'] },
  sub_results: [
    { title: '东乡族自治县凤山乡人民政府2020年…', url: '/reports/622926214000-2020/', excerpt: 'a', locations: [1, 2, 3, 4] },
    { title: '一、总体\u200B情况', url: '/reports/622926214000-2020/#section-1', excerpt: '<mark>b</mark>', locations: [10] },
    { title: '二、主动公开', url: '/reports/622926214000-2020/#section-2', excerpt: 'c', locations: [20, 21, 22] },
    { title: '三、依申请', url: '/reports/622926214000-2020/#section-3', excerpt: 'd', locations: [30, 31] },
    { title: '四、复议', url: '/reports/622926214000-2020/#section-4', excerpt: 'e', locations: [40, 41] },
  ],
}

describe('resultView', () => {
  it('gives title, place, year, excerpt and the best three sections in page order', () => {
    const view = resultView(data)
    expect(view.title).toBe('东乡族自治县凤山乡人民政府2020年政府信息公开工作年度报告')
    expect(view.place).toBe('甘肃省 东乡族自治县 凤山乡')
    expect(view.year).toBe('2020年')
    expect(view.excerpt).toEqual([{ text: '凤山乡人民政府', mark: true }])
    expect(view.sections.map((s) => s.url.split('#')[1])).toEqual(['section-2', 'section-3', 'section-4'])
    expect(resultView(data, 5).sections[0]).toEqual({
      title: '一、总体情况',
      url: '/reports/622926214000-2020/#section-1',
      excerpt: [{ text: 'b', mark: true }],
    })
  })

  it('shows the link of a section whose excerpt is the result excerpt, without repeating the words', () => {
    const view = resultView({
      ...data,
      excerpt: '表二 <mark>行政</mark>\u200B<mark>处罚</mark> 本年处理决定数量 51',
      sub_results: [
        {
          title: '表二 主动公开政府信息情况',
          url: `${data.url}#table-2`,
          excerpt: '表二 <mark>行政</mark><mark>处罚</mark> 本年处理决定数量 51',
          locations: [5, 6],
        },
        { title: '一、总体情况', url: `${data.url}#section-1`, excerpt: '依法开展<mark>行政</mark>', locations: [40] },
      ],
    })
    expect(view.sections).toEqual([
      { title: '表二 主动公开政府信息情况', url: `${data.url}#table-2`, excerpt: [] },
      {
        title: '一、总体情况',
        url: `${data.url}#section-1`,
        excerpt: [
          { text: '依法开展', mark: false },
          { text: '行政', mark: true },
        ],
      },
    ])
  })

  it('copes with missing meta and filters', () => {
    const view = resultView({ url: '/x/', excerpt: '', meta: {}, filters: {} })
    expect(view).toEqual({ url: '/x/', title: '/x/', place: '', year: '', excerpt: [], sections: [] })
  })
})

describe('filterGroups', () => {
  const all = { year: { '2020': 2, '2021': 3 }, province: { 甘肃省: 1, 山西省: 1, 青海省: 1 }, format: {} }

  it('lists every value with its overall count before any search, years newest first', () => {
    const groups = filterGroups(all, null, {})
    expect(groups.map((g) => g.key)).toEqual(['province', 'year'])
    expect(groups[1]!.options).toEqual([
      { value: '2021', label: '2021年', count: 3, checked: false },
      { value: '2020', label: '2020年', count: 2, checked: false },
    ])
    expect(groups[0]!.legend).toBe('省份')
  })

  it('uses the counts of the current search and hides empty values unless checked', () => {
    const groups = filterGroups(
      all,
      { year: { '2020': 0, '2021': 2 }, province: { 甘肃省: 0, 山西省: 0, 青海省: 0 } },
      { province: ['甘肃省'] },
    )
    expect(groups.find((g) => g.key === 'year')!.options.map((o) => [o.value, o.count])).toEqual([['2021', 2]])
    expect(groups.find((g) => g.key === 'province')!.options).toEqual([{ value: '甘肃省', label: '甘肃省', count: 0, checked: true }])
  })
})

describe('countMessage', () => {
  it('says how many reports were found', () => {
    expect(countMessage(4, false)).toBe('找到 4 份报告')
    expect(countMessage(1, true)).toBe('在所选范围内找到 1 份报告')
    expect(countMessage(0, false)).toBe('未找到相关报告')
    expect(countMessage(0, true)).toBe('在所选范围内未找到相关报告')
  })
})
