import { describe, expect, it } from 'vitest'
import { MAX_QUERY_LENGTH, modeMessage, normalizeQuery, planQuery } from '../../../src/utils/search/query.ts'

describe('normalizeQuery', () => {
  it('trims, collapses whitespace (full-width too) and drops U+200B', () => {
    expect(normalizeQuery('  行政\u3000\u3000处罚 \n')).toBe('行政 处罚')
    expect(normalizeQuery('凤山\u200B乡')).toBe('凤山乡')
    expect(normalizeQuery('乡'.repeat(500))).toHaveLength(MAX_QUERY_LENGTH)
  })
})

describe('planQuery', () => {
  it('tries the exact phrase first, then all words', () => {
    expect(planQuery(' 凤山乡人民政府 ')).toEqual({
      text: '凤山乡人民政府',
      quoted: false,
      steps: [
        { mode: 'phrase', term: '"凤山乡人民政府"' },
        { mode: 'words', term: '凤山乡人民政府' },
      ],
    })
  })

  it('searches a quoted query as a phrase only, whichever quotes were used', () => {
    for (const input of ['"行政处罚"', '“行政处罚”', '「行政处罚」', '『行政处罚』', '＂行政处罚＂']) {
      expect(planQuery(input)).toEqual({ text: '行政处罚', quoted: true, steps: [{ mode: 'phrase', term: '"行政处罚"' }] })
    }
  })

  it('keeps stray straight quotes out of the phrase term', () => {
    const plan = planQuery('行政"处罚')
    expect(plan.steps).toEqual([
      { mode: 'phrase', term: '"行政 处罚"' },
      { mode: 'words', term: '行政 处罚' },
    ])
  })

  it('has nothing to search for empty or punctuation-only queries', () => {
    expect(planQuery('').steps).toEqual([])
    expect(planQuery('   ').steps).toEqual([])
    expect(planQuery('，。“”').steps).toEqual([])
    expect(planQuery('""').steps).toEqual([])
  })
})

describe('modeMessage', () => {
  it('says which search found the results', () => {
    const plan = planQuery('凤山乡人民政府')
    expect(modeMessage(plan, 'phrase')).toBe('以下为包含完整短语“凤山乡人民政府”的结果')
    expect(modeMessage(plan, 'words')).toBe('未找到完整短语，以下为包含全部词语的结果')
    expect(modeMessage(plan, null)).toBe('')
  })
})
