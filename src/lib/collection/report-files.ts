/** Which files under a folder are report sources (every file, but the few that are expected and are not reports). */
import { readdirSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'

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

/** The files below `root` that should each become a report (or fail with a reason, e.g. an unsupported format). */
export function reportFiles(root: string): string[] {
  return listFiles(root).filter((path) => !expected.test(relative(root, path) || path))
}
