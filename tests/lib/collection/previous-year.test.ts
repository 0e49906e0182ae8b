/**
 * The checks across years in the collection step, on the demo reports (demo/content: three
 * townships over two or three years): each report is checked against its previous year's record,
 * and a record kept from an earlier run is checked again, marked revised only when that changes it.
 */
import { describe, expect, test } from 'vitest'
import { collectContent, type ParsedSource } from '../../../src/lib/index.ts'

const demo = 'demo/content'

describe('checks across years', () => {
  test('find continuity holding, breaking and section 五 copied among the demo reports', async () => {
    const { files } = await collectContent([demo], { workers: 0 })
    const failed = (id: string) =>
      files
        .find((f) => f.record.id === id)!
        .record.quality.filter((c) => c.status === 'fail')
        .map((c) => `${c.ruleId} ${c.subject}`)
    // 义合镇: 2021 and 2022 carry over what the year before carried forward.
    expect(failed('610826105000-2021').filter((c) => c.includes('continuity'))).toEqual([])
    expect(failed('610826105000-2022').filter((c) => c.includes('continuity'))).toEqual([])
    // 名州镇 2022 carries over 2 requests that 2021 did not carry forward.
    expect(failed('610826100000-2022')).toContain('carried-over-continuity 表三「上年结转」与上年「结转下年度继续办理」')
    // 定仙墕镇 2022 copied section 五 from 2021.
    expect(failed('610826103000-2022')).toContain('repeated-text 第五部分与上年相同的句子')
    // The earliest year of each township has nothing to compare with.
    expect(files.find((f) => f.record.id === '610826105000-2020')!.record.quality.some((c) => c.ruleId === 'repeated-text')).toBe(false)
  })

  test('check a cached record again, and mark it revised only when its findings across years change', async () => {
    const first = await collectContent([demo], { workers: 0 })
    const kept = new Map(first.files.map((f) => [f.path, f.record]))
    const stale = '610826100000-2022'
    const cached = (path: string): ParsedSource => {
      const record = structuredClone(kept.get(path)!)
      // As if its previous year's report had not been there when it was cached.
      if (record.id === stale) {
        record.quality = record.quality.filter(
          (c) => !c.ruleId.includes('continuity') && !['repeated-text', 'identical-tables'].includes(c.ruleId),
        )
        record.diagnostics = record.diagnostics.filter((d) => d.ruleId !== 'carried-over-continuity' && d.ruleId !== 'repeated-text')
      }
      return { record, text: '' }
    }
    const second = await collectContent([demo], { workers: 0, cached })
    expect(second.files.every((f) => f.cached)).toBe(true)
    expect(second.files.filter((f) => f.revised).map((f) => f.record.id)).toEqual([stale])
    // Same records as a fresh run.
    expect(second.files.map((f) => f.record)).toEqual(first.files.map((f) => f.record))
  })
})
