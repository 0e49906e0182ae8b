import { describe, expect, it } from 'vitest'
import { hasSelection, pagefindFilters, readState, toggle, writeState } from '../../../src/utils/search/url-state.ts'

describe('URL state', () => {
  it('reads the query and repeated filter parameters, ignoring the rest', () => {
    expect(readState('?q=%E8%A1%8C%E6%94%BF%E5%A4%84%E7%BD%9A&year=2021&year=2020&year=2021&foo=1&county=')).toEqual({
      q: '行政处罚',
      selection: { year: ['2021', '2020'] },
    })
    expect(readState('')).toEqual({ q: '', selection: {} })
    expect(readState('q=+%E4%B9%8C%E8%8B%8F%E5%B8%82+')).toEqual({ q: '乌苏市', selection: {} })
  })

  it('writes a stable query string and round-trips', () => {
    const state = { q: '凤山乡 人民政府', selection: { year: ['2021', '2020'], province: ['甘肃省'] } }
    const search = writeState(state)
    expect(search).toBe(
      '?q=%E5%87%A4%E5%B1%B1%E4%B9%A1+%E4%BA%BA%E6%B0%91%E6%94%BF%E5%BA%9C&province=%E7%94%98%E8%82%83%E7%9C%81&year=2020&year=2021',
    )
    expect(readState(search)).toEqual({ q: '凤山乡 人民政府', selection: { province: ['甘肃省'], year: ['2020', '2021'] } })
    expect(writeState({ q: '  ', selection: {} })).toBe('')
  })

  it('builds Pagefind filters: any value within a filter, all filters together', () => {
    const selection = { year: ['2021', '2020'], province: ['甘肃省'] }
    expect(pagefindFilters(selection)).toEqual({ province: { any: ['甘肃省'] }, year: { any: ['2021', '2020'] } })
    expect(pagefindFilters(selection, 'year')).toEqual({ province: { any: ['甘肃省'] } })
    expect(pagefindFilters({})).toEqual({})
  })

  it('toggles values', () => {
    let s = toggle({}, 'year', '2021', true)
    expect(s).toEqual({ year: ['2021'] })
    s = toggle(s, 'year', '2021', true)
    expect(s).toEqual({ year: ['2021'] })
    expect(hasSelection(s)).toBe(true)
    s = toggle(s, 'year', '2021', false)
    expect(s).toEqual({})
    expect(hasSelection(s)).toBe(false)
  })
})
