/**
 * What Pagefind wrote (./pagefind.ts): the pages in its index, its size, and the removal of the
 * ready-made UI bundles the site never loads.
 */
import { readdir, readFile, rm, stat } from 'node:fs/promises'
import path from 'node:path'

/** Pages in the written index, summed over languages (from pagefind-entry.json), or null. */
export async function indexedPages(outputPath: string): Promise<number | null> {
  try {
    const entry = JSON.parse(await readFile(path.join(outputPath, 'pagefind-entry.json'), 'utf8')) as {
      languages?: Record<string, { page_count?: number }>
    }
    return Object.values(entry.languages ?? {}).reduce((sum, language) => sum + (language.page_count ?? 0), 0)
  } catch {
    return null
  }
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

/** Bytes of the index: index, fragment and filter files and the metadata file. */
export async function indexBytes(outputPath: string): Promise<number> {
  let total = 0
  for (const dir of ['index', 'fragment', 'filter']) total += await dirBytes(path.join(outputPath, dir))
  for (const name of await readdir(outputPath)) if (name.endsWith('.pf_meta')) total += (await stat(path.join(outputPath, name))).size
  return total
}
