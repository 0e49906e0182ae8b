/**
 * What a page did and holds, for the security tests (hostile.test.ts, csp.test.ts):
 * - `watchPage()` records, from before the first script runs, every dialog (dismissed), every
 *   request for another origin (asked for, even if the policy or the test then refuses it),
 *   every console error and uncaught exception, every Content-Security-Policy violation
 *   (`securitypolicyviolation` events), and tells whether injected code ran (set a marker on window);
 * - `auditDom()` lists what the live DOM should never hold: event-handler or style attributes,
 *   script URLs, off-origin resources, frames and objects, scripts other than the site's own;
 * - `visitableFiles()` lists the files of a built site a reader can open in the browser;
 * - `headMetas()` lists the <meta> elements a built page has in its head, in order.
 */
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import type { Element as HastElement } from 'hast'
import { fromHtml } from 'hast-util-from-html'
import type { Page } from 'playwright-core'

/** What happened on a page since `watchPage()`; `clear()` starts afresh (e.g. per navigation). */
export interface PageWatch {
  dialogs: string[]
  offOrigin: string[]
  errors: string[]
  /** CSP violations seen by the page: `directive blocked-uri`. */
  violations(): Promise<string[]>
  /** Whether code set the property `marker` on window (in any frame). */
  markerSet(marker: string): Promise<boolean>
  clear(): Promise<void>
}

/** Runs in every document before its scripts: keeps the CSP violations it sees. */
function listenForViolations(): void {
  const seen: string[] = []
  Object.defineProperty(window, '__cspViolations', { value: seen })
  document.addEventListener('securitypolicyviolation', (event) => {
    seen.push(
      `${event.effectiveDirective} ${event.blockedURI || '(inline)'} at ${event.sourceFile || event.documentURI}:${event.lineNumber}`,
    )
  })
}

/** Watch `page` (call before the first navigation). `origin` is the site's, e.g. http://127.0.0.1:4321. */
export async function watchPage(page: Page, origin: string): Promise<PageWatch> {
  const watch = { dialogs: [] as string[], offOrigin: [] as string[], errors: [] as string[] }
  await page.addInitScript(listenForViolations)
  page.on('dialog', (dialog) => {
    watch.dialogs.push(`${dialog.type()}: ${dialog.message()} on ${page.url()}`)
    void dialog.dismiss().catch(() => {})
  })
  // The empty `data:,` icon is the only URL of another scheme the site asks for.
  page.on('request', (request) => {
    const url = request.url()
    if (url !== 'data:,' && !url.startsWith(`${origin}/`)) watch.offOrigin.push(`${url} from ${page.url()}`)
  })
  page.on('console', (message) => {
    if (message.type() === 'error') watch.errors.push(`console: ${message.text()} on ${page.url()}`)
  })
  page.on('pageerror', (error) => watch.errors.push(`pageerror: ${error.message} on ${page.url()}`))
  return {
    ...watch,
    violations: () => page.evaluate(() => [...((window as unknown as { __cspViolations?: string[] }).__cspViolations ?? [])]),
    markerSet: async (marker) => {
      for (const frame of page.frames()) {
        if (await frame.evaluate((name) => name in self, marker).catch(() => false)) return true
      }
      return false
    },
    clear: async () => {
      watch.dialogs.length = 0
      watch.offOrigin.length = 0
      watch.errors.length = 0
    },
  }
}

/**
 * What the live DOM of the page should never hold (runs in the page): any `on…` or `style`
 * attribute; a javascript:/vbscript:/data: URL (but the `data:,` icon); a URL attribute pointing
 * off-origin (but the canonical link, never fetched); frames, objects, <base>, <style>, a
 * <meta http-equiv> other than the policy; a script that is not one of the site's module files
 * or a JSON data block (`<script type="application/json">`, never executed).
 */
export function auditDom(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const problems: string[] = []
    const origin = location.origin
    const urlAttributes = new Set([
      'href',
      'src',
      'action',
      'formaction',
      'data',
      'poster',
      'srcset',
      'xlink:href',
      'background',
      'ping',
      'cite',
      'manifest',
      'codebase',
    ])
    const forbidden = new Set(['iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'base', 'portal', 'fencedframe', 'style'])
    const describe = (el: Element): string => el.outerHTML.slice(0, 160)
    for (const el of document.querySelectorAll('*')) {
      const tag = el.localName
      if (forbidden.has(tag)) problems.push(`<${tag}>: ${describe(el)}`)
      if (tag === 'script') {
        const type = el.getAttribute('type')
        const src = el.getAttribute('src')
        const island = type === 'application/json' && src === null
        const ownModule = type === 'module' && src !== null && new URL(src, location.href).origin === origin && el.textContent === ''
        if (!island && !ownModule) problems.push(`script: ${describe(el)}`)
      }
      if (tag === 'meta' && el.hasAttribute('http-equiv') && el.getAttribute('http-equiv')?.toLowerCase() !== 'content-security-policy')
        problems.push(`meta: ${describe(el)}`)
      for (const { name, value } of [...el.attributes]) {
        const attribute = name.toLowerCase()
        if (attribute.startsWith('on') || attribute === 'style') problems.push(`${attribute}="": ${describe(el)}`)
        if (!urlAttributes.has(attribute)) continue
        // Browsers ignore control characters and spaces in a scheme: strip them as they do.
        const url = value.replace(/[\u0000-\u0020\u007f-\u009f]/gu, '')
        if (/^(javascript|vbscript|data):/iu.test(url)) {
          if (!(tag === 'link' && url === 'data:,')) problems.push(`${attribute}=${value}: ${describe(el)}`)
        } else if (url !== '' && attribute !== 'srcset' && new URL(url, location.href).origin !== origin) {
          if (!(tag === 'link' && el.getAttribute('rel') === 'canonical')) problems.push(`off-origin ${attribute}: ${describe(el)}`)
        }
      }
    }
    return problems
  })
}

/** Files below `dist` a reader can open as a page: HTML, XML, JSON and text (not Pagefind's or Astro's bundles). */
export function visitableFiles(dist: string): string[] {
  const out: string[] = []
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const file = path.join(dir, entry.name)
      const rel = path.relative(dist, file).split(path.sep).join('/')
      if (entry.isDirectory()) {
        if (rel !== 'pagefind' && rel !== '_astro') walk(file)
      } else if (/\.(html|xml|json|txt)$/u.test(entry.name)) out.push(rel)
    }
  }
  walk(dist)
  return out.sort()
}

/** The URL path of a file of the built site: `a/index.html` → `/a/`, `404.html` → `/404.html`. */
export function pathOf(file: string): string {
  const encoded = file.split('/').map(encodeURIComponent).join('/')
  return `/${encoded.replace(/(^|\/)index\.html$/u, '$1')}`
}

/**
 * The `<meta>` elements of the head of the HTML file, in order, as `charset=…` or
 * `http-equiv=content=…`: a page of the site starts with `charset=utf-8`, then its policy.
 */
export function headMetas(file: string): string[] {
  const tree = fromHtml(readFileSync(file, 'utf8'))
  const html = tree.children.find((n): n is HastElement => n.type === 'element' && n.tagName === 'html')
  const head = html?.children.find((n): n is HastElement => n.type === 'element' && n.tagName === 'head')
  return (head?.children ?? [])
    .filter((n): n is HastElement => n.type === 'element' && n.tagName === 'meta')
    .map(({ properties: p }) =>
      p.charSet !== undefined
        ? `charset=${String(p.charSet)}`
        : p.httpEquiv !== undefined
          ? `${String(p.httpEquiv)}=${String(p.content)}`
          : `name=${String(p.name)}`,
    )
}
