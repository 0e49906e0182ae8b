/** Stable ASCII ids for reports, used in URLs and file names. */

/** `<12-digit code>-<year>` when both are known, else a content-hash based id. */
export function reportId(code: string | null, year: number | null, sha256: string): string {
  const place = code ?? `x${sha256.slice(0, 10)}`
  return `${place}-${year ?? 'unknown'}`
}
