/**
 * Which Chromium the e2e tests use (tests/e2e/browser.ts): the discovery order, proved without
 * touching the machine (`exists` is injected), and the Chromium packaged in @sparticuz/chromium
 * really launching and rendering, as on a fresh machine with no system browser.
 */
import { describe, expect, test } from 'vitest'
import {
  CHROMIUM_ARGS,
  PACKAGED_ARGS_LEFT_OUT,
  discoverBrowser,
  launchBrowser,
  packagedBrowser,
  packagedChromiumArgs,
  systemBrowserCandidates,
} from '../e2e/browser.ts'

/** An `exists` predicate that says yes to `files` only and records what it was asked. */
function only(...files: string[]) {
  const asked: string[] = []
  const exists = (file: string) => {
    asked.push(file)
    return files.includes(file)
  }
  return { exists, asked }
}

const FIXED = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable']

describe('discoverBrowser', () => {
  test('asks about the fixed paths, then each name on PATH, then falls back to the packaged Chromium', () => {
    const { exists, asked } = only()
    expect(discoverBrowser({ PATH: '/opt/a:/opt/b' }, exists)).toEqual({ source: 'packaged' })
    expect(asked).toEqual([
      ...FIXED,
      '/opt/a/chromium',
      '/opt/b/chromium',
      '/opt/a/chromium-browser',
      '/opt/b/chromium-browser',
      '/opt/a/google-chrome',
      '/opt/b/google-chrome',
      '/opt/a/google-chrome-stable',
      '/opt/b/google-chrome-stable',
    ])
  })

  test('CHROMIUM_PATH comes first and nothing else is asked', () => {
    const { exists, asked } = only('/usr/bin/chromium', '/custom/chrome')
    expect(discoverBrowser({ CHROMIUM_PATH: '/custom/chrome', PATH: '/usr/bin' }, exists)).toEqual({
      source: 'CHROMIUM_PATH',
      path: '/custom/chrome',
    })
    expect(asked).toEqual(['/custom/chrome'])
  })

  test('a CHROMIUM_PATH that does not exist is an error, even with a system browser at hand', () => {
    const { exists } = only('/usr/bin/chromium')
    expect(() => discoverBrowser({ CHROMIUM_PATH: '/nowhere/chromium' }, exists)).toThrow(
      /CHROMIUM_PATH=\/nowhere\/chromium is not an executable file/u,
    )
    expect(() => discoverBrowser({ CHROMIUM_PATH: '/nowhere/chromium', E2E_SYSTEM_BROWSER: '0' }, exists)).toThrow(/CHROMIUM_PATH/u)
  })

  test('an empty CHROMIUM_PATH counts as unset', () => {
    const { exists } = only('/usr/bin/chromium')
    expect(discoverBrowser({ CHROMIUM_PATH: '' }, exists)).toEqual({ source: 'system', path: '/usr/bin/chromium' })
  })

  test('the fixed paths in their order, before anything on PATH', () => {
    expect(discoverBrowser({ PATH: '/opt/bin' }, only('/usr/bin/google-chrome-stable', '/usr/bin/chromium-browser').exists)).toEqual({
      source: 'system',
      path: '/usr/bin/chromium-browser',
    })
    expect(discoverBrowser({ PATH: '/opt/bin' }, only('/opt/bin/chromium', '/usr/bin/google-chrome-stable').exists)).toEqual({
      source: 'system',
      path: '/usr/bin/google-chrome-stable',
    })
  })

  test('on PATH: earlier names first, then earlier directories', () => {
    const PATH = '/home/me/bin:/opt/bin'
    expect(discoverBrowser({ PATH }, only('/opt/bin/chromium', '/home/me/bin/google-chrome').exists)).toEqual({
      source: 'PATH',
      path: '/opt/bin/chromium',
    })
    expect(discoverBrowser({ PATH }, only('/opt/bin/chromium-browser', '/home/me/bin/chromium-browser').exists)).toEqual({
      source: 'PATH',
      path: '/home/me/bin/chromium-browser',
    })
  })

  test('E2E_SYSTEM_BROWSER=0 hides system browsers, not CHROMIUM_PATH', () => {
    const everything = only(...systemBrowserCandidates('/opt/bin').map((candidate) => candidate.path), '/custom/chrome')
    expect(discoverBrowser({ E2E_SYSTEM_BROWSER: '0', PATH: '/opt/bin' }, everything.exists)).toEqual({ source: 'packaged' })
    expect(everything.asked).toEqual([])
    expect(discoverBrowser({ E2E_SYSTEM_BROWSER: '0', CHROMIUM_PATH: '/custom/chrome' }, everything.exists)).toEqual({
      source: 'CHROMIUM_PATH',
      path: '/custom/chrome',
    })
    // Any other value leaves them visible.
    expect(discoverBrowser({ E2E_SYSTEM_BROWSER: '1' }, everything.exists)).toEqual({ source: 'system', path: '/usr/bin/chromium' })
  })
})

describe('systemBrowserCandidates', () => {
  test('skips empty and relative PATH entries and paths already listed', () => {
    const candidates = systemBrowserCandidates(':.:bin:/usr/bin:/opt/bin/')
    expect(candidates.filter((candidate) => candidate.source === 'system').map((candidate) => candidate.path)).toEqual(FIXED)
    expect(candidates.filter((candidate) => candidate.source === 'PATH').map((candidate) => candidate.path)).toEqual([
      '/opt/bin/chromium',
      '/opt/bin/chromium-browser',
      '/opt/bin/google-chrome',
      '/opt/bin/google-chrome-stable',
    ])
    expect(systemBrowserCandidates(undefined).map((candidate) => candidate.path)).toEqual(FIXED)
  })
})

describe('packagedChromiumArgs', () => {
  test("keeps the package's flags except those left out, then ours, each once", () => {
    const args = packagedChromiumArgs([
      '--no-pings',
      '--single-process',
      '--disable-features=AudioServiceOutOfProcess,IsolateOrigins,site-per-process',
      '--enable-features=SharedArrayBuffer',
      '--use-angle=swiftshader',
      '--disable-web-security',
      "--headless='shell'",
      '--no-sandbox',
      '--no-zygote',
    ])
    const ours = CHROMIUM_ARGS.filter((arg) => arg !== '--no-sandbox')
    expect(args).toEqual(['--no-pings', '--use-angle=swiftshader', '--no-sandbox', '--no-zygote', ...ours])
    expect(args).toContain('--disable-background-networking')
    for (const arg of args) expect(PACKAGED_ARGS_LEFT_OUT).not.toContain(arg.split('=')[0])
  })
})

describe('the packaged Chromium (what a machine without a system browser uses)', () => {
  test('unpacks, launches and renders a data: URL page, in one browser context after another', { timeout: 120_000 }, async () => {
    const packaged = await packagedBrowser()
    expect(packaged.source).toBe('packaged')
    expect(packaged.executablePath).toMatch(/node_modules\/\.cache\/sparticuz-chromium\/[\d.]+\/chromium$/u)
    expect(packaged.args).not.toContain('--single-process')
    expect(packaged.args).toEqual(expect.arrayContaining(CHROMIUM_ARGS))
    const html = `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>年度报告</title></head>
      <body style="margin:0"><h1 id="title" style="font:32px sans-serif">Open data 2021</h1>
      <div id="box" style="width:123px;height:45px;background:#c00"></div></body></html>`
    const url = `data:text/html;charset=utf-8,${encodeURIComponent(html)}`

    const browser = await launchBrowser(packaged)
    try {
      expect(browser.version()).toMatch(/^\d+\.\d+\.\d+\.\d+$/u)
      // Two contexts in turn: closing the first must leave the browser usable (it would not with --single-process).
      for (const width of [1280, 360]) {
        const context = await browser.newContext({ viewport: { width, height: 800 }, locale: 'zh-CN' })
        try {
          const page = await context.newPage()
          await page.goto(url)
          expect(await page.title()).toBe('年度报告')
          const layout = await page.evaluate(() => {
            const range = document.createRange()
            range.selectNodeContents(document.getElementById('title')!)
            const box = document.getElementById('box')!.getBoundingClientRect()
            const text = range.getBoundingClientRect().width
            return { text, box: [box.width, box.height], viewport: innerWidth, language: navigator.language }
          })
          expect(layout.text).toBeGreaterThan(50) // glyphs with real widths: a font was found
          expect(layout.box).toEqual([123, 45])
          expect(layout.viewport).toBe(width)
          expect(layout.language).toBe('zh-CN')
          const png = await page.screenshot({ clip: { x: 0, y: 0, width: 200, height: 200 } })
          expect(png.subarray(1, 4).toString('latin1')).toBe('PNG')
        } finally {
          await context.close()
        }
      }
    } finally {
      await browser.close()
    }
  })
})
