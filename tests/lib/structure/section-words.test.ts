import { describe, expect, it } from 'vitest'
import { mayNameSection, sectionOfWords } from '../../../src/lib/template/section-words.ts'

/** One text per keyword alternative of each section (whitespace removed, as headings are read). */
const keywordTexts = [
  '政府信息公开的收费及减免情况',
  '其他需要报告的事项',
  '其他说明',
  '行政复议、行政诉讼情况',
  '复议诉讼',
  '行政复议',
  '行政诉讼',
  '收到和处理政府信息公开申请情况',
  '依申请公开情况',
  '处理政府信息公开申请',
  '主动公开政府信息情况',
  '存在的主要问题',
  '改进情况',
  '工作不足',
  '总体情况',
  '概述',
  '概况',
  '基本情况',
]

describe('mayNameSection', () => {
  it('lets through every text that names a section', () => {
    for (const text of keywordTexts) {
      expect(sectionOfWords(text), text).toBeDefined()
      expect(mayNameSection(text), text).toBe(true)
    }
  })

  it('turns away text that holds no keyword character', () => {
    expect(mayNameSection('全年共发布重点领域信息１７６条。')).toBe(false)
    expect(sectionOfWords('全年共发布重点领域信息１７６条。')).toBeUndefined()
  })
})
