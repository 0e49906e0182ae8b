/**
 * `tsx scripts/dev/report-page-gzip.ts DIST [BASE]`: the report pages of a built site, weighed as a
 * browser fetches them: each page's HTML and the stylesheets it links, raw and gzip -9; the mean
 * and the largest, as JSON. BASE is the site's base path (default `/`, e.g. `/gk/nianbao/`).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { gzipSync } from 'node:zlib'

const [dist, base = '/'] = process.argv.slice(2).filter((a) => a !== '--')
if (!dist) {
  console.error('用法：tsx scripts/dev/report-page-gzip.ts DIST [BASE]')
  process.exit(2)
}

/** Bytes of a buffer, raw and gzip -9. */
const weigh = (bytes: Buffer) => ({ raw: bytes.length, gz: gzipSync(bytes, { level: 9 }).length })

const stylesheet = new RegExp(`href="${base.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}(_astro/[^"]+\\.css)"`, 'g')
const pages = readdirSync(path.join(dist, 'reports'))
  .map((id) => path.join(dist, 'reports', id, 'index.html'))
  .filter(existsSync)
  .map((file) => {
    const html = readFileSync(file)
    const css = [...html.toString().matchAll(stylesheet)].map((m) => weigh(readFileSync(path.join(dist, m[1]!))))
    const page = weigh(html)
    const styles = { raw: css.reduce((n, c) => n + c.raw, 0), gz: css.reduce((n, c) => n + c.gz, 0) }
    return { file: path.relative(dist, file), html: page, css: styles, gz: page.gz + styles.gz }
  })
const mean = (of: (p: (typeof pages)[number]) => number) => Math.round(pages.reduce((n, p) => n + of(p), 0) / pages.length)
const largest = pages.reduce((a, b) => (b.gz > a.gz ? b : a))
console.log(
  JSON.stringify(
    {
      pages: pages.length,
      mean: {
        htmlRaw: mean((p) => p.html.raw),
        htmlGz: mean((p) => p.html.gz),
        cssRaw: mean((p) => p.css.raw),
        cssGz: mean((p) => p.css.gz),
        htmlCssGz: mean((p) => p.gz),
      },
      largest,
    },
    null,
    2,
  ),
)
