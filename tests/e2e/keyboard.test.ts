/**
 * The site with the keyboard only, in Chromium against dist/: from the home page, Tab to the
 * search box, search for 徐套乡, Tab to the first result and open it, Tab to a number of a
 * report table and open its source line, which the source page scrolls to and highlights; each
 * element reached shows its focus.
 * Elements are found by their roles and names (as a screen reader or a keyboard user meets
 * them), never by class names, so the test holds while the search page and the tables change
 * how they lay out; how many key presses each step took is printed.
 */
import type { Browser, Locator, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest'
import { launchBrowser, openPage } from './browser.ts'

const baseURL = inject('baseURL')
/** The seed report of 徐套乡 (content/reports). */
const XUTAO = '640521205000-2021'

let browser: Browser

beforeAll(async () => {
  browser = await launchBrowser()
})

afterAll(async () => {
  await browser?.close()
})

/** Whether `locator`'s element has the keyboard focus. */
const hasFocus = (locator: Locator): Promise<boolean> => locator.evaluate((el) => el === document.activeElement)

/**
 * Press Tab until `reached()` holds, at most `max` times; returns how many presses it took.
 * Fails, naming the element that had the focus last, when it never holds.
 */
async function tabUntil(page: Page, reached: () => Promise<boolean>, max: number): Promise<number> {
  for (let presses = 1; presses <= max; presses++) {
    await page.keyboard.press('Tab')
    if (await reached()) return presses
  }
  const last = await page.evaluate(() => document.activeElement?.outerHTML.slice(0, 200) ?? 'nothing')
  throw new Error(`not reached after ${max} Tabs; focus on ${last}`)
}

/**
 * The focused element when it is a link to a source line inside a cell of a table (native or
 * ARIA table or grid): its address, its text and its row's header; else null.
 */
function focusedCellSourceLink(page: Page): Promise<{ href: string; text: string; row: string } | null> {
  return page.evaluate(() => {
    const el = document.activeElement
    if (!(el instanceof HTMLAnchorElement) || !/\/source\/#L\d+$/.test(el.href)) return null
    const cell = el.closest('td, th, [role="cell"], [role="gridcell"]')
    const table = el.closest('table, [role="table"], [role="grid"], [role="treegrid"]')
    const header = el.closest('tr, [role="row"]')?.querySelector('th[scope="row"], [role="rowheader"]')
    return cell && table ? { href: el.href, text: el.innerText.trim(), row: header?.textContent?.trim() ?? '' } : null
  })
}

/** Whether the focus is in a table or grid, or on an element holding one (a scroll box). */
function focusOnTable(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    const el = document.activeElement
    const tables = 'table, [role="table"], [role="grid"], [role="treegrid"]'
    return !!el && el !== document.body && (!!el.closest(tables) || !!el.querySelector(tables))
  })
}

/** Whether the focused element shows that it has the focus (:focus-visible, with an outline or a shadow). */
function focusShows(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    const el = document.activeElement
    if (!el || el === document.body || !el.matches(':focus-visible')) return false
    const style = getComputedStyle(el)
    return (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0) || style.boxShadow !== 'none'
  })
}

/** Let the page finish what it does after a change (rendering, moving the focus) before the next key. */
const settled = (page: Page): Promise<void> =>
  page.evaluate(() => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0))))

describe('keyboard only', () => {
  test('home → search box → 徐套乡 → first result → report → a table number → its highlighted source line', async () => {
    const view = await openPage(browser, baseURL, '/')
    const steps: string[] = []
    try {
      const { page } = view

      // 1. The search box of the home page, from the top of the page.
      const box = page.getByRole('searchbox', { name: '检索报告全文' })
      const toBox = await tabUntil(page, () => hasFocus(box), 30)
      steps.push(`home page → search box: ${toBox} Tab`)
      expect(await focusShows(page), 'the search box shows its focus').toBe(true)
      await page.keyboard.type('徐套乡')
      await Promise.all([
        page.waitForURL((url) => url.pathname === '/search/' && url.searchParams.get('q') === '徐套乡'),
        page.keyboard.press('Enter'),
      ])

      // 2. The first result: the first link of the results that opens a report. The status line
      // says when the search is done.
      await page.getByRole('status').filter({ hasText: /找到/ }).waitFor({ timeout: 15_000 })
      const links = page.getByRole('region', { name: '检索结果' }).getByRole('link')
      await links.first().waitFor()
      const opensReport = await links.evaluateAll((all) =>
        all.map((a) => /\/reports\/[^/]+\/$/.test(new URL((a as HTMLAnchorElement).href).pathname)),
      )
      expect(opensReport).toContain(true)
      const first = links.nth(opensReport.indexOf(true))
      expect(new URL(await first.evaluate((a) => (a as HTMLAnchorElement).href)).pathname).toBe(`/reports/${XUTAO}/`)
      expect(await first.innerText()).toContain('徐套乡')
      await settled(page)
      const focusAfterSearch = await page.evaluate(() => {
        const el = document.activeElement
        return el === document.body || !el ? 'the page' : `${el.tagName.toLowerCase()} ${el.textContent?.trim().slice(0, 20) ?? ''}`
      })
      const toResult = (await hasFocus(first)) ? 0 : await tabUntil(page, () => hasFocus(first), 60)
      steps.push(`search results (focus on ${focusAfterSearch}) → first result: ${toResult} Tab`)
      expect(await focusShows(page), 'the first result shows its focus').toBe(true)
      await Promise.all([page.waitForURL((url) => url.pathname === `/reports/${XUTAO}/`), page.keyboard.press('Enter')])

      // 3. A number of a table, linked to its source line. Tab on; where the focus is on a
      // table (or a box holding one) but not on a number, try the arrow keys first: a table that
      // takes one tab stop moves inside with them (elsewhere they only scroll).
      let presses = 0
      let target = await focusedCellSourceLink(page)
      while (!target) {
        expect(presses, 'a table number reached within 300 key presses').toBeLessThan(300)
        await page.keyboard.press('Tab')
        presses++
        target = await focusedCellSourceLink(page)
        if (target || !(await focusOnTable(page))) continue
        for (const key of ['ArrowDown', 'ArrowRight']) {
          await page.keyboard.press(key)
          presses++
          target = await focusedCellSourceLink(page)
          if (target) break
        }
      }
      steps.push(`report page → first table number (${target.row} ${target.text}, ${new URL(target.href).hash}): ${presses} key presses`)
      expect(await focusShows(page), 'the table number shows its focus').toBe(true)
      const hash = new URL(target.href).hash
      await Promise.all([
        page.waitForURL((url) => url.pathname === `/reports/${XUTAO}/source/` && url.hash === hash),
        page.keyboard.press('Enter'),
      ])

      // 4. The source page shows that line, highlighted: it is the :target, on screen, and
      // coloured unlike its neighbour; it holds the row's name and the number the cell showed.
      const id = hash.slice(1)
      const line = page.locator(`[id="${id}"]`)
      expect(await page.evaluate(() => document.querySelector(':target')?.id)).toBe(id)
      expect(await line.isVisible()).toBe(true)
      expect(
        await line.evaluate((el) => {
          const box = el.getBoundingClientRect()
          return box.top >= 0 && box.bottom <= window.innerHeight
        }),
      ).toBe(true)
      const [own, neighbour] = await line.evaluate((el) => {
        const colour = (e: Element | null): string => (e ? getComputedStyle(e).backgroundColor : '')
        return [colour(el), colour(el.previousElementSibling ?? el.nextElementSibling)]
      })
      expect(own).not.toBe(neighbour)
      const text = await line.innerText()
      expect(target.row).not.toBe('')
      expect(text).toContain(target.row)
      expect(text).toContain(target.text.replace(/\s.*$/s, ''))
      expect(view.blocked).toEqual([])
      expect(view.errors).toEqual([])
    } finally {
      console.log(`[keyboard] ${steps.join('; ')}`)
      await view.close()
    }
  }, 90_000)
})
