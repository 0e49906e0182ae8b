/**
 * `npm run bench:pages` (after `npm run build`): page weight and search cost of the built site,
 * written to bench/PAGES.md (committed, readable).
 *
 * 1. Pages: the HTML of every report page, the home page and the search page, plus the CSS
 *    files each links (`<link rel="stylesheet">`) and the module scripts it loads, raw and
 *    gzip-compressed (level 6, what a static host typically serves).
 * 2. A first search: /search/?q=行政处罚 opened in Chromium, every /pagefind/ response summed
 *    by kind (Pagefind's JS, wasm, entry and metadata, index chunks, filter chunks, fragments).
 * 3. The search index: the build's indexing (src/integrations/pagefind.ts: documents written from
 *    the report records) timed on a copy of dist/, against Pagefind's own `addDirectory` on the
 *    same site. The old and new ways at scale: scripts/bench-search.ts.
 */
import { cp, mkdtemp, readdir, readFile, rm, writeFile, mkdir } from 'node:fs/promises'
import { existsSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { gzipSync } from 'node:zlib'
import type { Element, Root } from 'hast'
import { fromHtml } from 'hast-util-from-html'
import * as pagefind from 'pagefind'
import { indexSite } from '../src/integrations/pagefind.ts'
import { launchBrowser, openPage } from '../tests/e2e/browser.ts'
import { serveStatic } from '../tests/e2e/server.ts'

const ROOT = path.resolve(import.meta.dirname, '..')
const DIST = path.join(ROOT, 'dist')
const OUT = path.join(ROOT, 'bench', 'PAGES.md')
const QUERY = '行政处罚'

if (!existsSync(path.join(DIST, 'pagefind', 'pagefind.js'))) {
  console.error('bench:pages: no complete build in dist/ — run `npm run build` first')
  process.exit(1)
}

const gz = (bytes: Uint8Array): number => gzipSync(bytes, { level: 6 }).length
const kib = (n: number): string => (n / 1024).toFixed(1)

function elements(node: Root | Element, tagName: string, found: Element[] = []): Element[] {
  for (const child of node.children) {
    if (child.type !== 'element') continue
    if (child.tagName === tagName) found.push(child)
    elements(child, tagName, found)
  }
  return found
}

/** The file of dist/ a site path points to. */
function distFile(href: string): string {
  const pathname = decodeURIComponent(new URL(href, 'http://site/').pathname)
  return path.join(DIST, pathname.endsWith('/') ? `${pathname}index.html` : pathname)
}

interface Weight {
  raw: number
  gzip: number
}

interface PageWeight {
  page: string
  html: Weight
  /** Raw bytes of the HTML's own `<style>` elements. */
  inlineCss: number
  css: Weight & { files: number }
  js: Weight & { files: number }
}

async function weigh(pathname: string): Promise<PageWeight> {
  const html = await readFile(distFile(pathname))
  const tree = fromHtml(html.toString('utf8'))
  const css = { raw: 0, gzip: 0, files: 0 }
  for (const link of elements(tree, 'link')) {
    const rel = link.properties.rel
    const href = link.properties.href
    if (!Array.isArray(rel) || !rel.includes('stylesheet') || typeof href !== 'string') continue
    const bytes = await readFile(distFile(href))
    css.raw += bytes.length
    css.gzip += gz(bytes)
    css.files++
  }
  const js = { raw: 0, gzip: 0, files: 0 }
  for (const script of elements(tree, 'script')) {
    const src = script.properties.src
    if (typeof src !== 'string' || !src.startsWith('/')) continue
    const bytes = await readFile(distFile(src))
    js.raw += bytes.length
    js.gzip += gz(bytes)
    js.files++
  }
  let inlineCss = 0
  for (const style of elements(tree, 'style')) {
    for (const child of style.children) if (child.type === 'text') inlineCss += Buffer.byteLength(child.value)
  }
  return { page: pathname, html: { raw: html.length, gzip: gz(html) }, inlineCss, css, js }
}

// 1. Page weights.
const reportDirs = (await readdir(path.join(DIST, 'reports'), { withFileTypes: true }))
  .filter((d) => d.isDirectory())
  .map((d) => `/reports/${d.name}/`)
const pages: PageWeight[] = []
for (const p of ['/', '/search/', ...reportDirs.sort()]) pages.push(await weigh(p))

// 2. A first search in Chromium.
const KINDS: Array<[string, RegExp]> = [
  ['Pagefind JS (pagefind.js, worker)', /\.js$/u],
  ['wasm', /\.pagefind$/u],
  ['entry + metadata', /pagefind-entry\.json|\.pf_meta$/u],
  ['index chunks', /\/index\/[^/]+\.pf_index$/u],
  ['filter chunks', /\/filter\/[^/]+\.pf_filter$/u],
  ['fragments', /\/fragment\/[^/]+\.pf_fragment$/u],
]
const fetched = new Map<string, { kind: string; raw: number; gzip: number; count: number }>()
let resultCount = 0
{
  const server = await serveStatic(DIST)
  const browser = await launchBrowser()
  try {
    const view = await openPage(browser, server.url, '/search/')
    const pending: Promise<void>[] = []
    view.context.on('response', (response) => {
      const url = new URL(response.url())
      if (!url.pathname.startsWith('/pagefind/')) return
      pending.push(
        response.body().then((body) => {
          const kind = KINDS.find(([, re]) => re.test(url.pathname))?.[0] ?? 'other'
          const entry = fetched.get(kind) ?? { kind, raw: 0, gzip: 0, count: 0 }
          entry.raw += body.length
          // Index files are gzip already; compressing again gains nothing, so count them as they are.
          entry.gzip += /\.(js|json)$/u.test(url.pathname) ? gz(body) : body.length
          entry.count++
          fetched.set(kind, entry)
        }),
      )
    })
    await view.page.goto(new URL(`/search/?q=${encodeURIComponent(QUERY)}`, server.url).href)
    await view.page.waitForFunction(
      () =>
        /找到/u.test(document.querySelector('#search-status')?.textContent ?? '') &&
        document.querySelector('#results')?.getAttribute('aria-busy') === 'false',
      null,
      {
        timeout: 30_000,
      },
    )
    await view.page.waitForLoadState('networkidle')
    resultCount = await view.page.locator('#results > li').count()
    await Promise.all(pending)
    if (view.errors.length > 0 || view.blocked.length > 0)
      throw new Error(`search page errors: ${[...view.errors, ...view.blocked].join('; ')}`)
    await view.close()
  } finally {
    await browser.close()
    await server.close()
  }
}
const searchRows = KINDS.map(([kind]) => fetched.get(kind)).filter((e) => e !== undefined)
if (fetched.has('other')) searchRows.push(fetched.get('other')!)
const searchTotal = searchRows.reduce((t, e) => ({ raw: t.raw + e.raw, gzip: t.gzip + e.gzip, count: t.count + e.count }), {
  raw: 0,
  gzip: 0,
  count: 0,
})

// 3. The index: the build's way (record documents) against Pagefind's own segmentation, on a copy of dist/.
const work = await mkdtemp(path.join(tmpdir(), 'bench-pages-'))
let buildRun: Awaited<ReturnType<typeof indexSite>>
let plain: { ms: number; bytes: number; pages: number }
try {
  const site = path.join(work, 'site')
  await cp(DIST, site, { recursive: true, filter: (src) => !src.startsWith(path.join(DIST, 'pagefind')) })
  buildRun = await indexSite({ site, outputPath: path.join(work, 'build-index') })
  const started = performance.now()
  try {
    const { index, errors } = await pagefind.createIndex({ forceLanguage: 'zh-cn' })
    if (!index || errors.length > 0) throw new Error(errors.join('; '))
    const added = await index.addDirectory({ path: site })
    if (added.errors.length > 0) throw new Error(added.errors.join('; '))
    await mkdir(path.join(work, 'plain'), { recursive: true })
    const written = await index.writeFiles({ outputPath: path.join(work, 'plain') })
    if (written.errors.length > 0) throw new Error(written.errors.join('; '))
  } finally {
    await pagefind.close()
  }
  const ms = Math.round(performance.now() - started)
  let bytes = 0
  for (const dir of ['index', 'fragment', 'filter']) {
    for (const name of await readdir(path.join(work, 'plain', dir)).catch(() => [] as string[]))
      bytes += (await readFile(path.join(work, 'plain', dir, name))).length
  }
  for (const name of await readdir(path.join(work, 'plain')))
    if (name.endsWith('.pf_meta')) bytes += (await readFile(path.join(work, 'plain', name))).length
  const entry = JSON.parse(await readFile(path.join(work, 'plain', 'pagefind-entry.json'), 'utf8')) as {
    languages: Record<string, { page_count: number }>
  }
  plain = { ms, bytes, pages: Object.values(entry.languages).reduce((n, l) => n + l.page_count, 0) }
} finally {
  await rm(work, { recursive: true, force: true })
}

// The report.
const row = (p: PageWeight): string => {
  const raw = p.html.raw + p.css.raw
  const gzip = p.html.gzip + p.css.gzip
  return `| \`${p.page}\` | ${kib(p.html.raw)} / ${kib(p.html.gzip)} | ${kib(p.inlineCss)} | ${kib(p.css.raw)} / ${kib(p.css.gzip)} (${p.css.files}) | **${kib(raw)} / ${kib(gzip)}** | ${p.js.files ? `${kib(p.js.raw)} / ${kib(p.js.gzip)} (${p.js.files})` : '—'} |`
}
const reports = pages.filter((p) => p.page.startsWith('/reports/'))
const median = [...reports].sort((a, b) => a.html.raw - b.html.raw)[Math.floor(reports.length / 2)]
const date = new Date().toISOString().slice(0, 10)
const lines = [
  '# 页面体积与首次检索开销（npm run bench:pages）',
  '',
  `Measured ${date} on the built site (dist/, ${reports.length} report pages), Node ${process.version}, Chromium via playwright-core. Sizes in KiB as raw / gzip (level 6).`,
  '',
  '## Pages: HTML + CSS',
  '',
  'Linked CSS is the stylesheets the page links (count in brackets); Astro inlines small stylesheets, so `<style>` in the HTML is shown apart (already counted in HTML). Module scripts are listed apart: they load after the page is usable.',
  '',
  '| page | HTML | of which inline CSS (raw) | linked CSS | HTML + CSS | JS (scripts) |',
  '|---|---:|---:|---:|---:|---:|',
  ...pages.filter((p) => !p.page.startsWith('/reports/')).map(row),
  ...reports.map(row),
  '',
  median ? `Median report page: \`${median.page}\`, ${kib(median.html.gzip + median.css.gzip)} KiB gzip with its CSS.` : '',
  '',
  `## First search: \`/search/?q=${QUERY}\``,
  '',
  `Everything under /pagefind/ the page fetched, from a cold cache until the ${resultCount} results were shown (Pagefind loads on the first search; index files are already gzip-compressed, so their "gzip" is their size).`,
  '',
  '| what | requests | raw | gzip |',
  '|---|---:|---:|---:|',
  ...searchRows.map((e) => `| ${e.kind} | ${e.count} | ${kib(e.raw)} | ${kib(e.gzip)} |`),
  `| **total** | **${searchTotal.count}** | **${kib(searchTotal.raw)}** | **${kib(searchTotal.gzip)}** |`,
  '',
  '## Search index',
  '',
  "The site indexed two ways on a copy of dist/: the build's way (a document written from each report's record, its text pre-split with `Intl.Segmenter` in worker threads, given to Pagefind with `addHTMLFile`) and Pagefind's own `addDirectory` over every page (jieba only; its index misses queries such as 凤山乡人民政府, and holds every page, not only reports). Bytes are the index, fragment and filter files plus the metadata file. Old and new ways at 1,000 and 10,000 reports: bench/SEARCH-INDEX.md.",
  '',
  '| indexing | pages indexed | time | of which writing documents (summed over workers) | index bytes |',
  '|---|---:|---:|---:|---:|',
  `| record documents + addHTMLFile (build) | ${buildRun.indexed} | ${buildRun.totalMs} ms | ${buildRun.documentMs} ms | ${kib(buildRun.indexBytes)} KiB |`,
  `| addDirectory (Pagefind alone) | ${plain.pages} | ${plain.ms} ms | — | ${kib(plain.bytes)} KiB |`,
  '',
]
await mkdir(path.dirname(OUT), { recursive: true })
await writeFile(OUT, lines.filter((l, i, all) => !(l === '' && all[i - 1] === '')).join('\n'))
console.log(`wrote ${path.relative(ROOT, OUT)}`)
