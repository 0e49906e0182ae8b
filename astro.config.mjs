// @ts-check
import { defineConfig } from 'astro/config'
import sitemap from '@astrojs/sitemap'
import pagefind from './src/integrations/pagefind.ts'
import buildSummary from './src/integrations/build-summary.ts'

// Belt and braces: the npm scripts and .ci/run already set this; it also covers a bare `npx astro …`.
process.env.ASTRO_TELEMETRY_DISABLED ??= '1'

export default defineConfig({
  // Placeholder origin: replace with the real portal's origin before going live.
  site: 'https://example.gov.cn',
  output: 'static',
  // Every page is a directory with an index.html; every internal link ends in "/".
  trailingSlash: 'always',
  build: { format: 'directory' },
  integrations: [sitemap(), pagefind(), buildSummary()],
  devToolbar: { enabled: false },
})
