/**
 * Builds the Pagefind search index at the end of `astro build`.
 *
 * Only pages (or parts of pages) marked `data-pagefind-body` are indexed (the report pages);
 * the result is written to `<outDir>/pagefind/` (served as `/pagefind/pagefind.js` etc.).
 *
 * Chinese text is pre-split into words before Pagefind sees it (src/utils/search/): each built
 * page is read, a copy with the indexed text split by `Intl.Segmenter` (words joined with
 * U+200B) is made, and that copy is given to Pagefind with `addHTMLFile`. The browser splits
 * queries with the same segmenter, so index and query agree on words (Pagefind's own jieba
 * segmentation does not agree with it on place names). The HTML on disk is never changed.
 *
 * Any error reported by Pagefind fails the build; every Pagefind step has a time limit.
 */
import { readdir, readFile, rm, stat } from 'node:fs/promises'
import { fileURLToPath } from 'node:url'
import path from 'node:path'
import type { AstroIntegration } from 'astro'
import * as pagefind from 'pagefind'
import { presplitHtml } from '../utils/search/presplit-html.ts'
import { progressLine } from '../lib/index.ts'

export interface PagefindOptions {
  /** Index everything as one language; the portal is Chinese-only. Default `zh-cn`. */
  forceLanguage?: string
  /**
   * Longest any one Pagefind step may take, in ms (default 10 minutes). Pagefind's service
   * never answers if its binary crashes; this turns such a hang into a build error.
   */
  timeoutMs?: number
}

export interface IndexSiteOptions {
  /** The built site (Astro's outDir). */
  site: string
  /** Where the bundle goes; default `<site>/pagefind`. */
  outputPath?: string
  forceLanguage?: string
  timeoutMs?: number
  /** Pages handed to Pagefind at once while the next ones are being pre-split. Default 4. */
  concurrency?: number
  /** Progress and warnings; default silent. */
  log?: { info(message: string): void; warn(message: string): void }
}

export interface IndexSiteResult {
  outputPath: string
  /** HTML files found in the site. */
  htmlFiles: number
  /** Files given to Pagefind. */
  added: number
  /** Pages in the written index (from pagefind-entry.json), or null. */
  indexed: number | null
  /** True when no page had `data-pagefind-body` and every page was indexed whole. */
  wholePages: boolean
  /** Milliseconds spent reading and pre-splitting pages (in this process). */
  presplitMs: number
  /** Milliseconds from the start to the written index. */
  totalMs: number
  /** Bytes of the written index: index, fragment and filter files and the metadata file. */
  indexBytes: number
  /** Bytes of the HTML given to Pagefind. */
  htmlBytes: number
}

/** Pages in the written index, summed over languages (from pagefind-entry.json), or null. */
async function indexedPages(outputPath: string): Promise<number | null> {
  try {
    const entry = JSON.parse(await readFile(path.join(outputPath, 'pagefind-entry.json'), 'utf8')) as {
      languages?: Record<string, { page_count?: number }>
    }
    return Object.values(entry.languages ?? {}).reduce((sum, language) => sum + (language.page_count ?? 0), 0)
  } catch {
    return null
  }
}

/** `promise`, or a rejection naming `step` after `ms` milliseconds. */
async function within<T>(promise: Promise<T>, ms: number, step: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`pagefind ${step} did not finish within ${ms} ms (did the pagefind binary crash?)`)), ms)
  })
  try {
    return await Promise.race([promise, timeout])
  } finally {
    clearTimeout(timer)
  }
}

function fail(step: string, errors: readonly string[]): never {
  throw new Error(`pagefind ${step} failed:\n  ${errors.join('\n  ')}`)
}

/** Every `*.html` under `site`, relative, sorted; the Pagefind bundle itself is skipped. */
export async function htmlFiles(site: string, outputPath: string): Promise<string[]> {
  const entries = await readdir(site, { recursive: true, withFileTypes: true })
  const skip = path.resolve(outputPath) + path.sep
  return entries
    .filter((e) => e.isFile() && e.name.endsWith('.html'))
    .map((e) => path.join(e.parentPath, e.name))
    .filter((file) => !path.resolve(file).startsWith(skip))
    .map((file) => path.relative(site, file))
    .sort()
}

/** The URL of a built file: `reports/x/index.html` → `/reports/x/`, `404.html` → `/404.html`. */
export function pageUrl(relativeFile: string): string {
  const parts = relativeFile.split(path.sep).map(encodeURIComponent)
  if (parts.at(-1) === 'index.html') parts[parts.length - 1] = ''
  return `/${parts.join('/')}`
}

/** Total size of the files under `dir` (0 when it is missing). */
async function dirBytes(dir: string): Promise<number> {
  let total = 0
  let entries
  try {
    entries = await readdir(dir, { recursive: true, withFileTypes: true })
  } catch {
    return 0
  }
  for (const e of entries) if (e.isFile()) total += (await stat(path.join(e.parentPath, e.name))).size
  return total
}

/** Pagefind's ready-made UIs (default, modular, component): the site has its own search page and loads only pagefind.js. */
const unusedBundles = /^pagefind-(?:component-ui|modular-ui|ui)\.(?:js|css)$/

/** Delete the UI bundles the site never loads (about 390 KB). */
export async function removeUnusedBundles(outputPath: string): Promise<void> {
  for (const name of await readdir(outputPath)) if (unusedBundles.test(name)) await rm(path.join(outputPath, name))
}

async function indexBytes(outputPath: string): Promise<number> {
  let total = 0
  for (const dir of ['index', 'fragment', 'filter']) total += await dirBytes(path.join(outputPath, dir))
  for (const name of await readdir(outputPath)) if (name.endsWith('.pf_meta')) total += (await stat(path.join(outputPath, name))).size
  return total
}

/**
 * Indexes the built site at `site` into `outputPath` with pre-split copies of its pages
 * (see the module comment) and closes the Pagefind service. Throws on any Pagefind error,
 * on a step that exceeds `timeoutMs`, and when no page ends up in the index.
 */
export async function indexSite(options: IndexSiteOptions): Promise<IndexSiteResult> {
  const site = options.site
  const outputPath = options.outputPath ?? path.join(site, 'pagefind')
  const forceLanguage = options.forceLanguage ?? 'zh-cn'
  const timeoutMs = options.timeoutMs ?? 10 * 60 * 1000
  const concurrency = Math.max(1, options.concurrency ?? 4)
  const started = performance.now()
  let presplitMs = 0
  let htmlBytes = 0
  try {
    const { index, errors } = await within(pagefind.createIndex({ forceLanguage }), timeoutMs, 'createIndex')
    if (errors.length > 0 || !index) fail('createIndex', errors.length > 0 ? errors : ['no index returned'])

    const files = await htmlFiles(site, outputPath)
    if (files.length === 0) fail('addHTMLFile', [`no HTML files found in ${site}`])

    // Up to `concurrency` pages are with Pagefind while the next one is read and pre-split.
    // A task never rejects (its failure is kept), so no rejection goes unhandled meanwhile.
    const addErrors: string[] = []
    const pending = new Set<Promise<void>>()
    let failure: { error: unknown } | null = null
    let added = 0
    const add = async (file: string, content: string): Promise<void> => {
      const response = await within(index.addHTMLFile({ url: pageUrl(file), content }), timeoutMs, `addHTMLFile ${file}`)
      for (const error of response.errors) addErrors.push(`${file}: ${error}`)
      added++
    }
    const queue = async (file: string, content: string): Promise<void> => {
      htmlBytes += Buffer.byteLength(content)
      const task: Promise<void> = add(file, content)
        .catch((error: unknown) => {
          failure ??= { error }
        })
        .finally(() => pending.delete(task))
      pending.add(task)
      if (pending.size >= concurrency) await Promise.race(pending)
      if (failure) throw failure.error
    }

    // Pages with data-pagefind-body are indexed; the others are left out (as Pagefind does
    // once any page has data-pagefind-body).
    const unmarked: string[] = []
    const progress = progressLine('检索索引：处理页面', (line) => options.log?.info(line))
    for (const [n, file] of files.entries()) {
      progress(n + 1, files.length)
      const t = performance.now()
      const raw = await readFile(path.join(site, file), 'utf8')
      // A page that marks no body (source pages, lists, data pages) is not indexed: skip parsing it.
      if (!raw.includes('data-pagefind-body')) {
        presplitMs += performance.now() - t
        unmarked.push(file)
        continue
      }
      const copy = presplitHtml(raw)
      presplitMs += performance.now() - t
      if (copy.bodies === 0) unmarked.push(file)
      else await queue(file, copy.html)
    }
    // No page marks its body (a site without report pages yet): Pagefind would index every
    // page whole, so do the same, pre-split.
    const wholePages = unmarked.length === files.length
    if (wholePages) {
      options.log?.warn('no page has data-pagefind-body: indexing every page whole')
      for (const file of unmarked) {
        const t = performance.now()
        const copy = presplitHtml(await readFile(path.join(site, file), 'utf8'), { whole: true })
        presplitMs += performance.now() - t
        await queue(file, copy.html)
      }
    }
    await Promise.all(pending)
    if (failure) throw (failure as { error: unknown }).error
    if (addErrors.length > 0) fail('addHTMLFile', addErrors)

    const written = await within(index.writeFiles({ outputPath }), timeoutMs, 'writeFiles')
    if (written.errors.length > 0) fail('writeFiles', written.errors)
    const indexed = await indexedPages(outputPath)
    if (indexed === 0) fail('writeFiles', [`no page of ${site} was indexed`])
    await removeUnusedBundles(outputPath)
    return {
      outputPath,
      htmlFiles: files.length,
      added,
      indexed,
      wholePages,
      presplitMs: Math.round(presplitMs),
      totalMs: Math.round(performance.now() - started),
      indexBytes: await indexBytes(outputPath),
      htmlBytes,
    }
  } finally {
    await pagefind.close()
  }
}

const kib = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KiB`

export default function pagefindIntegration(options: PagefindOptions = {}): AstroIntegration {
  return {
    name: 'pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir)
        const result = await indexSite({ site, forceLanguage: options.forceLanguage, timeoutMs: options.timeoutMs, log: logger })
        logger.info(
          `indexed ${result.indexed ?? '?'} page(s) of ${result.htmlFiles} HTML file(s) into ${path.relative(process.cwd(), result.outputPath) || result.outputPath} ` +
            `in ${result.totalMs} ms (pre-split ${result.presplitMs} ms; ${kib(result.htmlBytes)} of HTML → ${kib(result.indexBytes)} of index)`,
        )
      },
    },
  }
}
