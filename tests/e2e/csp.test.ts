/**
 * The Content-Security-Policy of the built site (dist/, served without headers, so the pages'
 * own `<meta http-equiv>` is all there is): every page states the one policy first thing in its
 * head, holds no inline code, breaks nothing of its own under it, and Chromium enforces it.
 * The hostile-content side is tests/e2e/hostile.test.ts.
 */
import path from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest'
import { CONTENT_SECURITY_POLICY } from '../../src/utils/content-security-policy.ts'
import { launchBrowser } from './browser.ts'
import { DIST } from './global-setup.ts'
import { auditDom, headMetas, pathOf, visitableFiles, watchPage } from './page-audit.ts'

const baseURL = inject('baseURL')
const origin = new URL(baseURL).origin
let browser: Browser

beforeAll(async () => {
  browser = await launchBrowser()
})

afterAll(async () => {
  await browser?.close()
})

const pages = visitableFiles(DIST).filter((file) => file.endsWith('.html'))

describe('the Content-Security-Policy', () => {
  test('is stated by every page, the same on each, right after the charset', () => {
    expect(pages.length).toBeGreaterThan(20)
    const heads = pages.map((file) => [file, headMetas(path.join(DIST, file)).slice(0, 2)])
    const expected = ['charset=utf-8', `content-security-policy=${CONTENT_SECURITY_POLICY}`]
    expect(heads).toEqual(pages.map((file) => [file, expected]))
  })

  test('is never broken by the site: no violation, no error, no inline code on any page', async () => {
    const context = await browser.newContext({ locale: 'zh-CN' })
    try {
      const page = await context.newPage()
      const watch = await watchPage(page, origin)
      const seen: Record<string, unknown> = {}
      for (const file of pages) {
        await watch.clear()
        await page.goto(new URL(pathOf(file), baseURL).href, { waitUntil: 'load' })
        const found = {
          violations: await watch.violations(),
          errors: [...watch.errors],
          offOrigin: [...watch.offOrigin],
          dom: await auditDom(page),
        }
        if (Object.values(found).some((list) => list.length > 0)) seen[file] = found
      }
      expect(seen).toEqual({})
    } finally {
      await context.close()
    }
  })

  test('is enforced: an injected inline script, event handler, style or off-origin image is refused', async () => {
    const context = await browser.newContext({ locale: 'zh-CN' })
    try {
      const page: Page = await context.newPage()
      const watch = await watchPage(page, origin)
      // The image is asked for (the `request` event), but refused before it leaves the browser.
      const failed: string[] = []
      page.on('requestfailed', (request) => failed.push(`${request.url()} ${request.failure()?.errorText}`))
      await page.goto(new URL('/years/2021/', baseURL).href, { waitUntil: 'load' })
      const outcome = await page.evaluate(async () => {
        const before = getComputedStyle(document.body).color
        const script = document.createElement('script')
        script.textContent = 'self.__injected = 1'
        document.body.append(script)
        const button = document.createElement('button')
        button.setAttribute('onclick', 'self.__injected = 1')
        document.body.append(button)
        button.click()
        const style = document.createElement('style')
        style.textContent = 'body { color: rgb(255, 0, 0) }'
        document.head.append(style)
        const styled = document.createElement('p')
        styled.setAttribute('style', 'color: rgb(255, 0, 0)')
        document.body.append(styled)
        const image = document.createElement('img')
        const loaded = new Promise<string>((resolve) => {
          image.onload = () => resolve('loaded')
          image.onerror = () => resolve('refused')
        })
        image.src = 'http://hostile.invalid/pixel.png'
        document.body.append(image)
        return {
          image: await loaded,
          bodyColourKept: getComputedStyle(document.body).color === before,
          styleAttributeIgnored: getComputedStyle(styled).color === before,
        }
      })
      expect(outcome).toEqual({ image: 'refused', bodyColourKept: true, styleAttributeIgnored: true })
      expect(await watch.markerSet('__injected')).toBe(false)
      expect(failed).toEqual(['http://hostile.invalid/pixel.png csp'])
      const directives = (await watch.violations()).map((v) => v.split(' ')[0]).sort()
      expect(directives).toEqual(['img-src', 'script-src-attr', 'script-src-elem', 'style-src-attr', 'style-src-elem'])
    } finally {
      await context.close()
    }
  })
})
