/**
 * Smoke test of the built site: the home page, the Pagefind bundle, accessibility, small screens.
 * Runs against dist/ served by ./global-setup.ts (built once per `npm test` when stale).
 */
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest'
import type { Browser } from 'playwright-core'
import { SITE_NAME } from '../../src/site.ts'
import { expectNoAxeViolations, hasHorizontalScroll, launchBrowser, openPage } from './browser.ts'

const baseURL = inject('baseURL')
let browser: Browser

beforeAll(async () => {
  browser = await launchBrowser()
})

afterAll(async () => {
  await browser?.close()
})

describe('home page', () => {
  test('renders with its title, header, main and footer, and no outside requests', async () => {
    const view = await openPage(browser, baseURL, '/')
    try {
      const { page } = view
      expect(view.response?.status()).toBe(200)
      expect(await page.title()).toBe(SITE_NAME)
      expect(await page.getAttribute('html', 'lang')).toBe('zh-CN')
      expect(await page.locator('h1').innerText()).toBe(SITE_NAME)
      expect(await page.locator('header').getByRole('link', { name: SITE_NAME }).count()).toBe(1)
      expect(await page.locator('main#main').count()).toBe(1)
      expect(await page.locator('footer').count()).toBe(1)
      expect(await page.locator('a.skip-link').getAttribute('href')).toBe('#main')
      expect(view.blocked).toEqual([])
      expect(view.errors).toEqual([])
    } finally {
      await view.close()
    }
  })

  test('has no axe-core violations', async () => {
    const view = await openPage(browser, baseURL, '/')
    try {
      await expectNoAxeViolations(view.page)
    } finally {
      await view.close()
    }
  })

  test('does not scroll horizontally at 360px', async () => {
    const view = await openPage(browser, baseURL, '/', { width: 360, height: 740 })
    try {
      expect(await hasHorizontalScroll(view.page)).toBe(false)
    } finally {
      await view.close()
    }
  })
})

describe('pagefind', () => {
  test('the bundle is served at /pagefind/pagefind.js', async () => {
    const response = await fetch(new URL('/pagefind/pagefind.js', baseURL))
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toMatch(/javascript/)
    expect((await response.text()).length).toBeGreaterThan(1000)
  })

  test('publishes only the Pagefind files the site uses (no ready-made UI bundles)', async () => {
    for (const name of ['pagefind-ui.js', 'pagefind-ui.css', 'pagefind-modular-ui.js', 'pagefind-component-ui.js']) {
      expect((await fetch(new URL(`/pagefind/${name}`, baseURL))).status, name).toBe(404)
    }
  })

  test('searches Chinese text in the browser', async () => {
    const view = await openPage(browser, baseURL, '/')
    try {
      // Every indexed page (the placeholder home now, reports later) mentions 年度报告.
      // A string, not a function: vitest would rewrite a function's dynamic import().
      const count = await view.page.evaluate<number>(`(async () => {
        const pagefind = await import('/pagefind/pagefind.js')
        await pagefind.init()
        const search = await pagefind.search('年度报告')
        return search.results.length
      })()`)
      expect(count).toBeGreaterThan(0)
      expect(view.errors).toEqual([])
    } finally {
      await view.close()
    }
  })
})

describe('404', () => {
  test('an unknown path gets the 404 page with status 404', async () => {
    const view = await openPage(browser, baseURL, '/no-such-page/')
    try {
      expect(view.response?.status()).toBe(404)
      expect(await view.page.locator('h1').innerText()).toBe('页面未找到')
      await expectNoAxeViolations(view.page)
    } finally {
      await view.close()
    }
  })
})
