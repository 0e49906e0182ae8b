/** Progress lines: none for a quick step, one every interval for a long one, and a last line when it ends. */
import { describe, expect, it } from 'vitest'
import { progressLine } from '../../../src/lib/collection/progress.ts'

/** A step whose clock the test moves. */
function step(everyMs = 3000) {
  let t = 0
  const lines: string[] = []
  const tick = progressLine('解析报告', (l) => lines.push(l), { everyMs, now: () => t })
  return { lines, at: (ms: number, done: number, total: number) => ((t = ms), tick(done, total)) }
}

describe('progressLine', () => {
  it('stays quiet for a step that ends within the interval', () => {
    const s = step()
    for (let i = 1; i <= 5; i++) s.at(i * 100, i, 5)
    expect(s.lines).toEqual([])
  })

  it('prints at most one line per interval with counts, seconds and rate, and a last line', () => {
    const s = step()
    for (let i = 1; i <= 10_000; i++) s.at(i, i, 10_000) // 1 ms a file
    expect(s.lines).toEqual([
      '解析报告 3,000/10,000（3 秒，每秒 1000 份）',
      '解析报告 6,000/10,000（6 秒，每秒 1000 份）',
      '解析报告 9,000/10,000（9 秒，每秒 1000 份）',
      '解析报告 10,000/10,000（10 秒，每秒 1000 份），完成',
    ])
  })
})
