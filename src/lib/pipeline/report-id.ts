/** Stable ASCII ids for reports, used in URLs and file names. */
import { createHash } from 'node:crypto'

/**
 * `<12-digit code>-<year>` when the place is known. Without a code, `x<hash>-<year>` where the
 * hash is of the organ's name, so the address stays the same when the text is corrected; only
 * a file whose organ is unknown too falls back to its content hash.
 */
export function reportId(code: string | null, year: number | null, sha256: string, organName: string | null = null): string {
  const name = organName?.replace(/\s+/g, '')
  const place = code ?? `x${name ? createHash('sha256').update(name).digest('hex').slice(0, 10) : sha256.slice(0, 10)}`
  return `${place}-${year ?? 'unknown'}`
}
