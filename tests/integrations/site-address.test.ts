/** The one setting of where the site is published: PORTAL_SITE and PORTAL_BASE over the config's defaults. */
import { describe, expect, test } from 'vitest'
import {
  isPlaceholderSite,
  normaliseSite,
  PLACEHOLDER_SITE,
  PLACEHOLDER_WARNING,
  siteAddress,
} from '../../src/integrations/site-address.ts'

const defaults = { site: PLACEHOLDER_SITE, base: '/' }

describe('siteAddress', () => {
  test('is the defaults when neither variable is set (or set empty)', () => {
    expect(siteAddress({}, defaults)).toEqual({ site: 'https://example.gov.cn', base: '/' })
    expect(siteAddress({ PORTAL_SITE: '', PORTAL_BASE: ' ' }, defaults)).toEqual({ site: 'https://example.gov.cn', base: '/' })
  })

  test('takes PORTAL_SITE and PORTAL_BASE, normalised', () => {
    expect(siteAddress({ PORTAL_SITE: 'https://www.xxx.gov.cn/', PORTAL_BASE: 'gk/nianbao' }, defaults)).toEqual({
      site: 'https://www.xxx.gov.cn',
      base: '/gk/nianbao/',
    })
    expect(siteAddress({ PORTAL_BASE: '/gk/nianbao/' }, { site: 'http://10.0.0.5:8080', base: '/' })).toEqual({
      site: 'http://10.0.0.5:8080',
      base: '/gk/nianbao/',
    })
  })

  test('refuses an address without a scheme, with a path, or another scheme, saying what to write', () => {
    expect(() => normaliseSite('www.xxx.gov.cn')).toThrow(/带 https:\/\/ 的地址/)
    expect(() => normaliseSite('ftp://www.xxx.gov.cn')).toThrow(/以 https:\/\/ 或 http:\/\/ 开头/)
    expect(() => normaliseSite('https://www.xxx.gov.cn/gk/nianbao/')).toThrow(/写在 PORTAL_BASE 中/)
    expect(() => siteAddress({ PORTAL_BASE: '/gk/../x' }, defaults)).toThrow(/网站路径（base）/)
  })
})

describe('the placeholder', () => {
  test('is recognised with or without a trailing slash, and a real origin is not', () => {
    expect(isPlaceholderSite('https://example.gov.cn')).toBe(true)
    expect(isPlaceholderSite('https://example.gov.cn/')).toBe(true)
    expect(isPlaceholderSite(undefined)).toBe(true)
    expect(isPlaceholderSite('https://www.xxx.gov.cn/')).toBe(false)
  })

  test('warning names the placeholder and both ways to set the real address', () => {
    expect(PLACEHOLDER_WARNING).toContain(PLACEHOLDER_SITE)
    expect(PLACEHOLDER_WARNING).toContain('astro.config.mjs')
    expect(PLACEHOLDER_WARNING).toContain('PORTAL_SITE')
    expect(PLACEHOLDER_WARNING).toContain('docs/deploy.md')
  })
})
