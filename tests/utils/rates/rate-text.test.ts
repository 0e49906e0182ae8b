import { describe, expect, test } from 'vitest'
import { fractionText, percentText } from '../../../src/utils/rates/rate-text.ts'

describe('rate text', () => {
  test('a percentage has one decimal at most, a fraction grouped counts', () => {
    expect([percentText(25 / 30), percentText(1), percentText(0), percentText(0.125)]).toEqual(['83.3%', '100%', '0%', '12.5%'])
    expect(fractionText(1200, 1500)).toBe('1,200/1,500')
  })
})
