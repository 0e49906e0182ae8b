/** Which files under a folder are report sources, and which are there by mistake. */
import { readdirSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'

/** File endings the engine reads as reports. */
export const reportExtensions = ['.txt', '.md', '.html', '.htm']

/** Files in `content/` that are not reports but are expected (the place registry, docs). */
const expected = /(^|\/)(places\.ya?ml|README\.md|\.gitkeep|\.DS_Store)$/

/** Every file below `root` (sorted, as paths joined to `root`), skipping dot-folders. */
export function listFiles(root: string): string[] {
  const out: string[] = []
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir).sort()) {
      if (name.startsWith('.') && name !== '.DS_Store') continue
      const path = join(dir, name)
      if (statSync(path).isDirectory()) walk(path)
      else out.push(path)
    }
  }
  if (statSync(root).isDirectory()) walk(root)
  else out.push(root)
  return out
}

/** Split the files below `root` into report sources, ignorable files and files of unknown kind. */
export function classifyFiles(root: string): { reports: string[]; unsupported: string[] } {
  const reports: string[] = []
  const unsupported: string[] = []
  for (const path of listFiles(root)) {
    const rel = relative(root, path) || path
    if (expected.test(rel)) continue
    if (reportExtensions.some((ext) => path.toLowerCase().endsWith(ext))) reports.push(path)
    else unsupported.push(path)
  }
  return { reports, unsupported }
}
