/**
 * The search index's former way, the baseline of scripts/bench-search.ts: every built HTML page
 * is read; a page with `data-pagefind-body` (a report page) is parsed, its text pre-split
 * (./presplit-html.ts) and serialised, and the copy given to Pagefind with `addHTMLFile`, up to
 * four at a time, all in the main thread. As src/integrations/pagefind.ts did until the record
 * documents replaced it, without its time limits.
 */
import { readdir, readFile } from 'node:fs/promises'
import path from 'node:path'
import * as pagefind from 'pagefind'
import { presplitHtml } from './presplit-html.ts'

export interface BaselineResult {
  /** HTML files read, and report pages given to Pagefind. */
  htmlFiles: number
  indexed: number
  /** Milliseconds spent reading and pre-splitting pages, and in all. */
  presplitMs: number
  totalMs: number
  /** Milliseconds of Pagefind writing the index. */
  writeMs: number
}

/** `/reports/x/` for `reports/x/index.html`. */
function pageUrl(file: string): string {
  const parts = file.split(path.sep).map(encodeURIComponent)
  if (parts.at(-1) === 'index.html') parts[parts.length - 1] = ''
  return `/${parts.join('/')}`
}

/** Index the report pages of `site` into `outputPath` the former way. */
export async function indexPagesBaseline(site: string, outputPath: string): Promise<BaselineResult> {
  const started = performance.now()
  const files = (await readdir(site, { recursive: true, withFileTypes: true }))
    .filter((e) => e.isFile() && e.name.endsWith('.html'))
    .map((e) => path.relative(site, path.join(e.parentPath, e.name)))
    .filter((file) => !file.startsWith(`pagefind${path.sep}`))
    .sort()
  let presplitMs = 0
  let writeMs = 0
  let indexed = 0
  try {
    const { index, errors } = await pagefind.createIndex({ forceLanguage: 'zh-cn' })
    if (!index || errors.length > 0) throw new Error(`createIndex: ${errors.join('; ')}`)
    const pending = new Set<Promise<void>>()
    const failures: string[] = []
    for (const file of files) {
      const t = performance.now()
      const raw = await readFile(path.join(site, file), 'utf8')
      if (!raw.includes('data-pagefind-body')) {
        presplitMs += performance.now() - t
        continue
      }
      const copy = presplitHtml(raw)
      presplitMs += performance.now() - t
      if (copy.bodies === 0) continue
      const task: Promise<void> = index
        .addHTMLFile({ url: pageUrl(file), content: copy.html })
        .then((response) => {
          failures.push(...response.errors)
          indexed++
        })
        .finally(() => pending.delete(task))
      pending.add(task)
      if (pending.size >= 4) await Promise.race(pending)
    }
    await Promise.all(pending)
    const writing = performance.now()
    const written = await index.writeFiles({ outputPath })
    writeMs = performance.now() - writing
    failures.push(...written.errors)
    if (failures.length > 0) throw new Error(`pagefind: ${failures.join('; ')}`)
  } finally {
    await pagefind.close()
  }
  return {
    htmlFiles: files.length,
    indexed,
    presplitMs: Math.round(presplitMs),
    totalMs: Math.round(performance.now() - started),
    writeMs: Math.round(writeMs),
  }
}
