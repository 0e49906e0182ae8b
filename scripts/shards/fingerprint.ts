/**
 * Fingerprints that decide whether a shard must be rebuilt: the code and settings every build
 * shares (source, configuration, lockfile, site address), and each shard's files (path, size,
 * modification time). An unchanged shard keeps its last output.
 */
import { createHash } from 'node:crypto'
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'

/** Every file below `dir` (relative paths, sorted). */
function filesBelow(dir: string): string[] {
  if (!existsSync(dir)) return []
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)))
    .sort()
}

/** The code and settings all builds share. */
export function codeFingerprint(root: string, env: NodeJS.ProcessEnv = process.env): string {
  const hash = createHash('sha256')
  for (const dir of ['src', 'public'])
    for (const file of filesBelow(path.join(root, dir))) hash.update(`${dir}/${file}\0`).update(readFileSync(path.join(root, dir, file)))
  for (const file of ['astro.config.mjs', 'package-lock.json', 'content/places.yaml'])
    if (existsSync(path.join(root, file))) hash.update(`${file}\0`).update(readFileSync(path.join(root, file)))
  // Every setting a page reads: the site address and the deadline rule (src/utils/report/deadline.ts).
  hash.update(`${env.PORTAL_SITE ?? ''}\0${env.PORTAL_BASE ?? ''}\0${env.REPORT_DEADLINE ?? ''}`)
  return hash.digest('hex').slice(0, 16)
}

/** The files of one shard (path, size and modification time of each), with the shared `code` fingerprint. */
export function shardFingerprint(dir: string, code: string): string {
  const hash = createHash('sha256').update(code)
  for (const file of filesBelow(dir)) {
    const s = statSync(path.join(dir, file))
    hash.update(`${file}\0${s.size}\0${s.mtimeMs}\0`)
  }
  return hash.digest('hex').slice(0, 16)
}
