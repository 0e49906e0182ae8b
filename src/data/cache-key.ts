/**
 * Cache keys of pages, for Astro's incremental build (`experimental.incrementalBuild`,
 * astro.config.mjs): a page returned from `getStaticPaths()` with a `cacheKey` is copied from
 * the previous build when its key and its code are unchanged. A page's key is a hash of
 * everything it is rendered from: the data passed in its props, with each report record
 * standing for the hash of its whole content (so keying a province page costs one hash per
 * report below it, not a copy of each), and the build settings pages read outside their props.
 * Astro itself adds the page's code, the configuration (site, base) and the lockfile.
 *
 * A route may have a key only if its page and components read nothing but their props and the
 * settings below: no `getReports()` in a page body. tests/loaders/incremental-build.test.ts
 * builds a site, changes and adds reports, rebuilds, and compares every file with a cold build.
 */
import { createHash } from 'node:crypto'
import type { ReportRecord } from '../lib/types.ts'
import { buildRole } from '../utils/build-role.ts'
import { deadlineRule } from '../utils/report/deadline.ts'

/** Bump to re-render every keyed page once (e.g. after a change no key would notice). */
const KEY_VERSION = 1

/** What pages read besides their props: the deadline setting and the build's role. */
const settings = JSON.stringify({ version: KEY_VERSION, deadline: deadlineRule, role: buildRole() })

const recordHashes = new WeakMap<ReportRecord, string>()

/** Remember the content hash of `record` (src/data/reports.ts, when records are read). */
export function keepRecordHash(record: ReportRecord, hash: string): void {
  recordHashes.set(record, hash)
}

/** JSON of `parts`, each known record replaced by its hash; refuses what JSON would silently drop. */
function keyText(parts: unknown[]): string {
  return JSON.stringify(parts, (key, value: unknown) => {
    if (typeof value === 'object' && value !== null) {
      const hash = recordHashes.get(value as ReportRecord)
      if (hash) return `record:${hash}`
      if (value instanceof Map || value instanceof Set)
        throw new Error(`cacheKey: ${key || 'a part'} is a ${value.constructor.name}, which JSON would drop`)
    }
    if (typeof value === 'function') throw new Error(`cacheKey: ${key || 'a part'} is a function`)
    return value
  })
}

/** The cache key of a page rendered from `parts` (its props, or what they are made of). */
export function cacheKey(...parts: unknown[]): string {
  return createHash('sha1').update(settings).update('\0').update(keyText(parts)).digest('base64url')
}
