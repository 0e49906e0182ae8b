/**
 * Property tests: whatever bytes arrive, the engine returns a record and never throws;
 * mutated real reports still parse; the output only holds numbers written in the input.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { maxTextChars, parseReport } from '../../../src/lib/pipeline/index.ts'
import type { ReportRecord } from '../../../src/lib/types.ts'

const seedDir = 'content/reports'
const seeds = readdirSync(seedDir).map((f) => readFileSync(join(seedDir, f), 'utf8'))
const encoder = new TextEncoder()

/** Every value the record reports, with the raw text it came from. */
function values(record: ReportRecord): { value: number; raw: string }[] {
  const t = record.tables
  return [t.proactive, t.requests, t.appeals]
    .flatMap((x) => x?.cells ?? [])
    .flatMap((c) => (c.value === null ? [] : [{ value: c.value, raw: c.raw }]))
}

/** True when `value` is written in `raw` (or raw is a zero word). */
function written(value: number, raw: string): boolean {
  if (value === 0 && /^(无|无。|零|〇|没有)$/.test(raw.trim())) return true
  if (/^[一二三四五六七八九十两]+(件|个|项|条|次)?$/.test(raw.trim())) return value >= 1 && value <= 99
  return raw.replace(/,/g, '').includes(String(Math.abs(value)))
}

/** A seed with some lines deleted, duplicated, swapped or garbled. */
const mutatedSeed = fc
  .tuple(
    fc.constantFrom(...seeds),
    fc.array(fc.tuple(fc.nat(), fc.constantFrom('drop', 'dup', 'swap', 'tab', 'garble', 'digits')), { maxLength: 30 }),
  )
  .map(([seed, edits]) => {
    const lines = seed.split('\n')
    for (const [n, op] of edits) {
      const i = n % lines.length
      if (op === 'drop') lines.splice(i, 1)
      else if (op === 'dup') lines.splice(i, 0, lines[i]!)
      else if (op === 'swap' && i + 1 < lines.length) [lines[i], lines[i + 1]] = [lines[i + 1]!, lines[i]!]
      else if (op === 'tab') lines[i] = lines[i]!.replace(/\t/, '')
      else if (op === 'garble') lines[i] = lines[i]!.split('').reverse().join('')
      else if (op === 'digits') lines[i] = lines[i]!.replace(/\d/g, (d) => String((Number(d) * 7 + 3) % 10))
    }
    return lines.join('\n')
  })

describe('engine properties', () => {
  it('returns a record for arbitrary bytes and never throws', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 2000 }), fc.constantFrom('a.txt', 'a.md', 'a.html'), async (bytes, name) => {
        const record = await parseReport(bytes, name)
        expect(record.source.path).toBe(name)
        expect(Array.isArray(record.diagnostics)).toBe(true)
      }),
      { numRuns: 300 },
    )
  })

  it('returns a record for arbitrary text, including table-like and HTML-like text', async () => {
    const pieces = fc.constantFrom(
      '\t',
      '\n',
      '|',
      '  ',
      '0',
      '无',
      '518 万元',
      '-',
      '总计',
      '自然人',
      '一、本年新收政府信息公开申请数量',
      '行政复议',
      '结果维持',
      '规章',
      '第二十条第（一）项',
      '<td>',
      '<script>alert(1)</script>',
      '<table><tr><td colspan="3">',
      '（七）总计',
      '二、主动公开政府信息情况',
    )
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.oneof(pieces, fc.string({ maxLength: 8 })), { maxLength: 200 }),
        fc.constantFrom('a.txt', 'a.html'),
        async (parts, name) => {
          const record = await parseReport(encoder.encode(parts.join('')), name)
          for (const { value, raw } of values(record)) expect(written(value, raw)).toBe(true)
        },
      ),
      { numRuns: 300 },
    )
  })

  it('parses mutated real reports without throwing, and every number it reports is written in its cell', async () => {
    await fc.assert(
      fc.asyncProperty(mutatedSeed, async (text) => {
        const record = await parseReport(encoder.encode(text), 'seed.txt')
        for (const { value, raw } of values(record)) expect(written(value, raw)).toBe(true)
        for (const cell of [record.tables.requests, record.tables.proactive, record.tables.appeals].flatMap((t) => t?.cells ?? [])) {
          if (cell.raw) expect(text.split('\n')[cell.line - 1]).toContain(cell.raw)
        }
      }),
      { numRuns: 200 },
    )
  })

  it(
    'reads a large input just under the text limit, and refuses 10 MB of table rows with text-too-long',
    { timeout: 120_000 },
    async () => {
      const row = '规章\t0\t0\t0\n'
      const under = seeds[0]! + row.repeat(Math.floor((maxTextChars - seeds[0]!.length - 1) / row.length))
      const large = await parseReport(encoder.encode(under), 'large.txt')
      expect(large.tables.proactive).not.toBeNull()
      expect(large.diagnostics.some((d) => d.ruleId === 'text-too-long')).toBe(false)
      const big = seeds[0]! + row.repeat(Math.ceil(10_000_000 / row.length))
      const record = await parseReport(encoder.encode(big), 'big.txt')
      expect(record.diagnostics.map((d) => d.ruleId)).toEqual(['text-too-long'])
    },
  )
})
