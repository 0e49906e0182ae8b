/** Markdown noise in plain-text reports: bold markers and autolink brackets go, every other character stays. */
import { describe, expect, it } from 'vitest'
import { stripMarkdown } from '../../../src/lib/read/text-lines.ts'

describe('stripMarkdown', () => {
  it('removes a pair of bold markers around text and autolink brackets', () => {
    expect(stripMarkdown('**一是**加强组织领导')).toBe('一是加强组织领导')
    expect(stripMarkdown('详见<https://www.gov.cn/zwgk/>。')).toBe('详见https://www.gov.cn/zwgk/。')
  })

  it('never drops underscores, unpaired asterisks or other text', () => {
    for (const text of ['报告期：____年', 'self.__hostile = 1', '__init__', '__重点__工作', '**未闭合', '** 两边 **', '* 列表项', 'a*b*c'])
      expect(stripMarkdown(text)).toBe(text)
  })
})
