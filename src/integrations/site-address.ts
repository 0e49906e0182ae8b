/**
 * Where the site is published, from one setting: the origin (`site`, e.g.
 * `https://www.xxx.gov.cn`) and the path under it (`base`, e.g. `/gk/nianbao/`).
 *
 * astro.config.mjs reads both from the environment (`PORTAL_SITE`, `PORTAL_BASE`) with its own
 * defaults, so `PORTAL_BASE=/gk/nianbao/ npm run build` publishes under a sub-path and editing the
 * defaults there changes every build (docs/deploy.md). `npm run check:site` reads `PORTAL_BASE`
 * the same way. The integration warns at the end of a build while `site` is still the placeholder:
 * canonical links, the feed and the sitemap would point at it.
 */
import type { AstroIntegration } from 'astro'
import { normaliseBase } from '../utils/base-path.ts'

/** The origin the site is built for until a real one is set. */
export const PLACEHOLDER_SITE = 'https://example.gov.cn'

export interface SiteAddress {
  /** Origin without a path or trailing slash: `https://www.xxx.gov.cn`. */
  site: string
  /** Path with a leading and a trailing slash: `/gk/nianbao/`, or `/`. */
  base: string
}

/**
 * An origin as `site` takes it (`https://host[:port]`). Throws in Chinese on anything else: a
 * missing scheme, or a path, which belongs in `PORTAL_BASE` (Astro would drop it from links).
 */
export function normaliseSite(site: string): string {
  let url: URL
  try {
    url = new URL(site.trim())
  } catch {
    throw new Error(`网站地址（site）「${site}」无效：应当写成 https://www.xxx.gov.cn 这样带 https:// 的地址`)
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new Error(`网站地址（site）「${site}」无效：应当以 https:// 或 http:// 开头`)
  }
  if (url.pathname !== '/' || url.search || url.hash || url.username || url.password) {
    throw new Error(
      `网站地址（site）「${site}」只写协议和域名（如 https://www.xxx.gov.cn）；网站所在的路径（如 /gk/nianbao/）写在 PORTAL_BASE 中`,
    )
  }
  return url.origin
}

/** The address from `PORTAL_SITE` and `PORTAL_BASE` when set (and not empty), else from `defaults`. */
export function siteAddress(env: Record<string, string | undefined>, defaults: SiteAddress): SiteAddress {
  return {
    site: normaliseSite(env.PORTAL_SITE?.trim() || defaults.site),
    base: normaliseBase(env.PORTAL_BASE?.trim() || defaults.base),
  }
}

/** True while `site` is the placeholder origin. */
export const isPlaceholderSite = (site: string | undefined): boolean => !site || new URL(site).origin === PLACEHOLDER_SITE

/** What the build says while `site` is the placeholder (one line). */
export const PLACEHOLDER_WARNING =
  `网站地址（site）仍是占位的 ${PLACEHOLDER_SITE}：页面的规范链接（canonical）、RSS 订阅和站点地图里的网址都指向它。` +
  '正式发布前，请把 astro.config.mjs 中的默认网站地址改为本站的真实地址，或在构建时设置环境变量 PORTAL_SITE' +
  '（如 PORTAL_SITE=https://www.xxx.gov.cn npm run build）。详见 docs/deploy.md。'

/** Warns once, at the end of a build (after the pages and the search index are written), while `site` is the placeholder. */
export default function siteAddressIntegration(): AstroIntegration {
  let site: string | undefined
  return {
    name: 'site-address',
    hooks: {
      'astro:config:done': ({ config }) => {
        site = config.site
      },
      'astro:build:done': ({ logger }) => {
        if (isPlaceholderSite(site)) logger.warn(PLACEHOLDER_WARNING)
      },
    },
  }
}
