/**
 * `npm run check:site`: after `npm run build`, check that dist/ is whole (no broken internal
 * link, no page without a title, no duplicate URL). Prints one line per problem; exits 1 on any.
 * The site is checked under the base path it was built for, read from astro.config.mjs (its
 * default, or `PORTAL_BASE` as in the build: `PORTAL_BASE=/gk/nianbao/ npm run check:site`).
 */
import config from '../astro.config.mjs'
import { siteProblems } from './lib/site-problems.ts'

// 1. The built site and the path it is published under (the same setting as the build's).
const dist = process.argv[2] ?? 'dist'
const base = config.base ?? '/'
// 2. Its problems, then a summary.
const problems = siteProblems(dist, base)
for (const line of problems) console.log(line)
console.log(problems.length ? `${dist}：${problems.length} 个问题` : `${dist}：站内链接、页面标题、网址均无问题`)
process.exitCode = problems.length ? 1 : 0
