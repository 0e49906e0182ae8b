/**
 * What must hold for a built site (dist/) to be whole: every internal link and asset points at
 * a file that exists, every page has a title, and no two pages share a URL (a page and a
 * same-named file). Used by `npm run check:site` and by the end-to-end tests.
 *
 * A site built for a base path (`/gk/nianbao/`) is checked as published there: its root-absolute
 * links must start with the base (anything else leaves the site) and resolve below it; relative
 * links (a report page's `source/#L51`) are resolved against the page's own address first.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'
import { normaliseBase, stripBase } from '../../src/utils/base-path.ts'

/** Every file below `dir`, as paths relative to it with forward slashes. */
function filesBelow(dir: string, root = dir): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    return statSync(path).isDirectory() ? filesBelow(path, root) : [relative(root, path).split('\\').join('/')]
  })
}

/** The file a site-relative URL path serves (`/a/` → a/index.html), or null when none does. */
function servedFile(dist: string, urlPath: string): string | null {
  const clean = decodeURIComponent(urlPath.split(/[?#]/)[0]!).replace(/^\/+/, '')
  const candidates = clean === '' || clean.endsWith('/') ? [`${clean}index.html`] : [clean, `${clean}/index.html`]
  return candidates.find((c) => existsSync(join(dist, c)) && statSync(join(dist, c)).isFile()) ?? null
}

/** Problems of the built site at `dist`, published under `base` (default `/`), one line each (empty when whole). */
export function siteProblems(dist: string, base = '/'): string[] {
  const prefix = normaliseBase(base)
  const problems: string[] = []
  const files = filesBelow(dist)
  const pages = files.filter((f) => f.endsWith('.html'))
  const urls = new Map<string, string>()
  for (const page of pages) {
    // a/index.html and a.html both answer /a (servers try both): one URL.
    const url = page === 'index.html' ? '/' : `/${page.replace(/(^|\/)index\.html$/, '$1').replace(/\.html$/, '')}`.replace(/(.)\/$/, '$1')
    const twin = urls.get(url)
    if (twin) problems.push(`${page}: 与 ${twin} 是同一个网址 ${url}`)
    urls.set(url, page)
    const html = readFileSync(join(dist, page), 'utf8')
    if (!/<title>[^<]*\S[^<]*<\/title>/.test(html)) problems.push(`${page}: 页面没有标题（<title>）`)
    // Attributes of real tags only: a source page shows a web page's markup as text (`&lt;a href="/x/">`), which links nowhere.
    const links = [...html.matchAll(/<[a-zA-Z][^<>]*>/g)].flatMap((tag) => [...tag[0].matchAll(/\s(?:href|src|action)="([^"]*)"/g)])
    // The page as published: relative links (`source/#L51` on a report page) resolve against it.
    const pageUrl = new URL(`${prefix}${page.replace(/(^|\/)index\.html$/, '$1')}`, 'http://site.invalid')
    for (const m of links) {
      const raw = m[1]!.replaceAll('&amp;', '&')
      if (raw.startsWith('//') || raw.startsWith('#') || /^[a-z][a-z0-9+.-]*:/i.test(raw)) continue
      const target = raw.startsWith('/') ? raw : decodeURI(new URL(raw, pageUrl).pathname)
      const shown = target === raw ? raw : `${raw}（即 ${target}）`
      const path = stripBase(prefix, target)
      const gap = shown === raw ? ' ' : ''
      if (path === null) problems.push(`${page}: 站内链接 ${shown}${gap}不在网站路径 ${prefix} 之下`)
      else if (!servedFile(dist, path)) problems.push(`${page}: 站内链接 ${shown}${gap}指向不存在的文件`)
    }
  }
  return [...new Set(problems)]
}
