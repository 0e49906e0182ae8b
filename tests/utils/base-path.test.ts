/** The base path helpers: the one form of a base, and site paths put under it and taken from under it. */
import { describe, expect, test } from 'vitest'
import { joinBase, normaliseBase, stripBase } from '../../src/utils/base-path.ts'

describe('normaliseBase', () => {
  test('gives a leading and a trailing slash, and / for the root', () => {
    for (const base of ['/gk/nianbao/', '/gk/nianbao', 'gk/nianbao', ' gk/nianbao/ ', '//gk//nianbao//']) {
      expect(normaliseBase(base), base).toBe('/gk/nianbao/')
    }
    for (const base of ['', '/', '  ', '//']) expect(normaliseBase(base), base).toBe('/')
    expect(normaliseBase('/nianbao-2024_v1.0~x')).toBe('/nianbao-2024_v1.0~x/')
  })

  test('refuses what is not a plain path, saying what a base should be', () => {
    for (const base of ['https://x.gov.cn/gk/', '/gk/../x/', '/gk/?a=1', '/gk#top', '/年报/', '/gk nianbao/', '\\gk\\']) {
      expect(() => normaliseBase(base), base).toThrow(/网站路径（base）.*例如 \/gk\/nianbao\//)
    }
  })
})

describe('joinBase', () => {
  test('leaves paths as they are at the root', () => {
    expect(joinBase('/', '/')).toBe('/')
    expect(joinBase('/', '/reports/x/#L3')).toBe('/reports/x/#L3')
  })

  test('puts paths under a base', () => {
    expect(joinBase('/gk/nianbao/', '/')).toBe('/gk/nianbao/')
    expect(joinBase('/gk/nianbao/', '/search/?q=1')).toBe('/gk/nianbao/search/?q=1')
    expect(joinBase('/gk/nianbao/', '/pagefind/pagefind.js')).toBe('/gk/nianbao/pagefind/pagefind.js')
  })

  test('refuses what is not a root-relative site path', () => {
    for (const path of ['reports/', '//evil.example/', 'https://x/']) expect(() => joinBase('/gk/', path), path).toThrow()
  })
})

describe('stripBase', () => {
  test('is the identity at the root for root-absolute paths', () => {
    expect(stripBase('/', '/reports/x/')).toBe('/reports/x/')
    expect(stripBase('/', 'reports/x/')).toBeNull()
  })

  test('takes the base off paths under it, and gives null for paths outside', () => {
    expect(stripBase('/gk/nianbao/', '/gk/nianbao/reports/x/')).toBe('/reports/x/')
    expect(stripBase('/gk/nianbao/', '/gk/nianbao/')).toBe('/')
    expect(stripBase('/gk/nianbao/', '/gk/nianbao')).toBe('/')
    expect(stripBase('/gk/nianbao/', '/gk/nianbao?q=1')).toBe('/?q=1')
    expect(stripBase('/gk/nianbao/', '/reports/x/')).toBeNull()
    expect(stripBase('/gk/nianbao/', '/gk/nianbaox/')).toBeNull()
    expect(stripBase('/gk/nianbao/', '/pagefind/pagefind.js')).toBeNull()
  })

  test('undoes joinBase', () => {
    for (const base of ['/', '/gk/', '/gk/nianbao/']) {
      for (const path of ['/', '/a/', '/data/cells.csv', '/search/?q=%E5%B9%B4']) expect(stripBase(base, joinBase(base, path))).toBe(path)
    }
  })
})
