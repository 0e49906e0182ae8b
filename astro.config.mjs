// @ts-check
import { defineConfig } from 'astro/config'
import path from 'node:path'
import sitemap from '@astrojs/sitemap'
import pagefind from './src/integrations/pagefind.ts'
import reportDownloads from './src/integrations/report-downloads.ts'
import buildSummary from './src/integrations/build-summary.ts'
import siteAddressWarning, { siteAddress } from './src/integrations/site-address.ts'

// Belt and braces: the npm scripts and .ci/run already set this; it also covers a bare `npx astro …`.
process.env.ASTRO_TELEMETRY_DISABLED ??= '1'

// Where the site is published: the one setting (docs/deploy.md). Edit these defaults, or set
// PORTAL_SITE / PORTAL_BASE for one build (`PORTAL_BASE=/gk/nianbao/ npm run build`).
// `site` is an origin only; the path goes in `base`. While `site` is the placeholder
// https://example.gov.cn, every build ends with a warning.
const address = siteAddress(process.env, { site: 'https://example.gov.cn', base: '/' })
// Astro hands the whole environment to import.meta.env in server code, where an inherited
// BASE_URL or SITE (vitest sets BASE_URL for its children; some CI systems set either) would
// silently replace the base and site above in every page. They come from here only.
for (const name of ['BASE_URL', 'SITE', 'ASSETS_PREFIX']) delete process.env[name]

export default defineConfig({
  site: address.site,
  base: address.base,
  output: 'static',
  // The shard runner (scripts/build-shards.ts, docs/shards.md) gives each build its own output and cache.
  ...(process.env.PORTAL_OUT_DIR ? { outDir: process.env.PORTAL_OUT_DIR } : {}),
  ...(process.env.PORTAL_CACHE_DIR ? { cacheDir: process.env.PORTAL_CACHE_DIR } : {}),
  // Every page is a directory with an index.html; every internal link ends in "/".
  trailingSlash: 'always',
  build: {
    format: 'directory',
    // No inline code, so the Content-Security-Policy needs no 'unsafe-inline' and no hashes
    // (src/utils/content-security-policy.ts, docs/security.md): stylesheets are always files,
    inlineStylesheets: 'never',
  },
  // scripts too, however small (Astro inlines scripts below Vite's assetsInlineLimit),
  vite: {
    build: { assetsInlineLimit: 0 },
    // A build with a cache folder of its own (a shard, the national pages) keeps Vite's optimised
    // dependencies there too: in node_modules/.vite, shared, builds of other settings (side by
    // side in the shard runner) re-optimised them on every run and wrote over each other's.
    ...(process.env.PORTAL_CACHE_DIR ? { cacheDir: path.join(process.env.PORTAL_CACHE_DIR, 'vite') } : {}),
  },
  // and code blocks in Markdown are plain (Shiki colours them with style="" attributes).
  markdown: { syntaxHighlight: false },
  // The report downloads are moved into the site before the search index checks its records.
  integrations: [sitemap(), reportDownloads(), pagefind(), siteAddressWarning(), buildSummary()],
  devToolbar: { enabled: false },
  // A rebuild copies every page whose data and code are unchanged from the previous build's
  // output (kept in the cache folder) instead of rendering it again: report, place, year,
  // coverage and per-report data pages carry a key of what they are rendered from (src/data/cache-key.ts).
  experimental: { incrementalBuild: true },
})
