/**
 * A hash of the engine's and loader's source code. Astro's content cache does not notice
 * changes to code imported by content.config.ts, so the fingerprint is part of every entry's
 * digest: any code change re-parses every report and never ships stale pages.
 */
import { createHash } from 'node:crypto'
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'

/** Folders whose source decides what a record looks like. */
const sources = ['src/lib', 'src/loaders', 'src/schemas']

/** Hash every .ts file below the source folders (sorted, path and content). */
export function engineFingerprint(root = process.cwd()): string {
  const hash = createHash('sha256')
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name)
      if (statSync(path).isDirectory()) walk(path)
      else if (name.endsWith('.ts')) hash.update(path).update('\0').update(readFileSync(path)).update('\0')
    }
  }
  for (const dir of sources) walk(join(root, dir))
  return hash.digest('hex').slice(0, 16)
}
