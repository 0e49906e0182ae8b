/**
 * The path the site is published under (Astro's `base`, e.g. `/gk/nianbao/` on a county's
 * site, `/` at the root of a host) and how a site URL is put under it or taken from under it.
 * Pure functions of the base: the pages use them through `withBase` (src/utils/paths.ts), the
 * config through site-address.ts, the link checker (scripts/lib/site-problems.ts) directly.
 */

/**
 * A base path in the one form the site uses: a leading and a trailing slash (`/gk/nianbao/`;
 * `''` and `/` are both `/`). Accepts `gk/nianbao`, `/gk/nianbao`, `/gk/nianbao/`.
 * Throws (in Chinese: it is an editor's setting) on anything that is not a plain path.
 */
export function normaliseBase(base: string): string {
  const trimmed = base.trim()
  const segments = trimmed.split('/').filter((s) => s !== '')
  const invalid = segments.find((s) => s === '.' || s === '..' || !/^[A-Za-z0-9._~-]+$/.test(s))
  if (/[?#\\]/.test(trimmed) || /^[a-z][a-z0-9+.-]*:/i.test(trimmed) || invalid !== undefined) {
    throw new Error(
      `网站路径（base）「${base}」无效：应当是以 / 开头和结尾的路径，只含英文字母、数字和 - _ . ~，例如 /gk/nianbao/；放在网站根目录时为 /`,
    )
  }
  return segments.length ? `/${segments.join('/')}/` : '/'
}

/** A root-relative site path (`/reports/x/`) under `base`: `/gk/nianbao/reports/x/`. */
export function joinBase(base: string, path: string): string {
  if (!path.startsWith('/') || path.startsWith('//')) throw new Error(`joinBase: not a root-relative site path: ${path}`)
  return base === '/' ? path : `${base.replace(/\/$/, '')}${path}`
}

/**
 * The site path of a root-absolute URL path that lies under `base` (`/gk/nianbao/reports/x/` →
 * `/reports/x/`; the base itself, with or without its slash, → `/`), or null when it lies outside.
 */
export function stripBase(base: string, urlPath: string): string | null {
  if (base === '/') return urlPath.startsWith('/') ? urlPath : null
  const bare = base.replace(/\/$/, '')
  if (urlPath === bare || urlPath.startsWith(`${bare}?`) || urlPath.startsWith(`${bare}#`)) return `/${urlPath.slice(bare.length)}`
  return urlPath.startsWith(base) ? urlPath.slice(bare.length) : null
}
