/**
 * Builds the Pagefind search index at the end of `astro build`.
 *
 * Only pages (or parts of pages) marked `data-pagefind-body` are indexed; the result is
 * written to `<outDir>/pagefind/` (served as `/pagefind/pagefind.js` etc.).
 * Any error reported by Pagefind fails the build.
 */
import { readFile } from 'node:fs/promises'
import { fileURLToPath } from 'node:url'
import path from 'node:path'
import type { AstroIntegration } from 'astro'
import * as pagefind from 'pagefind'

export interface PagefindOptions {
  /** Index everything as one language; the portal is Chinese-only. Default `zh-cn`. */
  forceLanguage?: string
  /**
   * Longest any one Pagefind step may take, in ms (default 10 minutes). Pagefind's service
   * never answers if its binary crashes; this turns such a hang into a build error.
   */
  timeoutMs?: number
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

export default function pagefindIntegration(options: PagefindOptions = {}): AstroIntegration {
  const forceLanguage = options.forceLanguage ?? 'zh-cn'
  const timeoutMs = options.timeoutMs ?? 10 * 60 * 1000
  return {
    name: 'pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir)
        const outputPath = path.join(site, 'pagefind')
        const started = performance.now()
        try {
          const { index, errors } = await within(pagefind.createIndex({ forceLanguage }), timeoutMs, 'createIndex')
          if (errors.length > 0 || !index) fail('createIndex', errors.length > 0 ? errors : ['no index returned'])
          const added = await within(index.addDirectory({ path: site }), timeoutMs, 'addDirectory')
          if (added.errors.length > 0) fail('addDirectory', added.errors)
          if (added.page_count === 0) fail('addDirectory', [`no HTML files found in ${site}`])
          const written = await within(index.writeFiles({ outputPath }), timeoutMs, 'writeFiles')
          if (written.errors.length > 0) fail('writeFiles', written.errors)
          const ms = Math.round(performance.now() - started)
          const indexed = await indexedPages(outputPath)
          logger.info(
            `indexed ${indexed ?? '?'} page(s) of ${added.page_count} HTML file(s) into ${path.relative(process.cwd(), outputPath) || outputPath} in ${ms} ms`,
          )
        } finally {
          await pagefind.close()
        }
      },
    },
  }
}
