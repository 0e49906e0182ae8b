/** Township names read from the title lines real report pages use. */
import { describe, expect, it } from 'vitest'
import { resolvePlace } from '../../../src/lib/places/index.ts'

/** Resolve from a title alone. */
const fromTitle = (title: string, text = '') => resolvePlace({ organName: null, title, text })

describe('titles of real report pages', () => {
  it.each([
    ['桃江县鲊埠回族乡2021年政府信息公开工作年度报告', '鲊埠回族乡', '桃江县', '430922208000'],
    ['东至县青山乡2021年度政府信息公开工作年度报告', '青山乡', '东至县', '341721202000'],
    ['广元市利州区人民政府嘉陵街道2022年政府信息公开工作年度报告', '嘉陵街道', '利州区', '510802002000'],
    ['义乌市廿三里街道办事处2022年政府信息公开工作年度报告', '廿三里街道', '义乌市', '330782007000'],
    ['重庆市九龙坡区二郎街道办事处2022年政府信息公开工作年度报告', '二郎街道', '九龙坡区', '500107008000'],
  ])('%s', (title, township, county, code) => {
    expect(fromTitle(title)).toMatchObject({ township, county, code })
  })

  it('uses a county named in the text to decide between same-named townships', () => {
    expect(fromTitle('建宁乡人民政府2021年政府信息公开工作年度报告', '本年度报告电子版可通过高平市政府门户网站查阅。')).toMatchObject({
      township: '建宁乡',
      county: '高平市',
      code: '140581201000',
    })
  })

  it('keeps the county of the title when the signature names the same township without it', () => {
    // 八渡镇 is in 陇县 (陕西) and in 册亨县 (贵州): the signature alone cannot tell, the title can.
    const r = resolvePlace({ organName: '八渡镇人民政府', title: '陇县八渡镇2021年度政府信息公开工作年度报告', text: '' })
    expect(r).toMatchObject({ township: '八渡镇', county: '陇县', province: '陕西省' })
    expect(r.diagnostics.filter((d) => d.ruleId === 'place-ambiguous')).toEqual([])
    const alone = resolvePlace({ organName: '八渡镇人民政府', title: '2021年度政府信息公开工作年度报告', text: '' })
    expect(alone.code).toBeNull()
  })

  it('does not guess when nothing decides', () => {
    const r = fromTitle('马水镇2019年政府信息公开年度报告')
    expect(r.code).toBeNull()
    expect(r.diagnostics.map((d) => d.ruleId)).toEqual(['place-ambiguous'])
  })
})
