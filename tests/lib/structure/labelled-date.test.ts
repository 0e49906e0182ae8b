/** Publication dates given by a saved web page's label line. */
import { describe, expect, it } from 'vitest'
import { labelledDate } from '../../../src/lib/structure/metadata/date.ts'

describe('labelledDate', () => {
  it('reads the date right after a 发布日期 / 发文日期 / 发布时间 label, wherever the label stands', () => {
    expect(labelledDate('发布日期: 2021-01-29  来源:大五里镇 字体:  打印')).toBe('2021-01-29')
    expect(labelledDate('索引号: /2021-None 文号: 无文号 发文日期: 2021-01-30 发布机构: 中埠镇人民政府')).toBe('2021-01-30')
    expect(labelledDate('发布时间：2022年1月19日 来源：青山乡人民政府')).toBe('2022-01-19')
    expect(labelledDate('索引号\t000014349/2023-05239\t发布日期\t2023-01-17')).toBe('2023-01-17')
  })

  it('ignores dates that do not follow a label, and impossible dates', () => {
    expect(labelledDate('统计期限自2021年1月1日起至2021年12月31日止')).toBeNull()
    expect(labelledDate('发布日期：见附件 2021-01-29')).toBeNull()
    expect(labelledDate('发布日期2021年度报告')).toBeNull()
    expect(labelledDate('发布日期：2021-02-30')).toBeNull()
  })
})
