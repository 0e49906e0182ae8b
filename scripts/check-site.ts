/**
 * `npm run check:site`: after `npm run build`, check that dist/ is whole (no broken internal
 * link, no page without a title, no duplicate URL). Prints one line per problem; exits 1 on any.
 */
import { siteProblems } from './lib/site-problems.ts'

// 1. The built site.
const dist = process.argv[2] ?? 'dist'
// 2. Its problems, then a summary.
const problems = siteProblems(dist)
for (const line of problems) console.log(line)
console.log(problems.length ? `${dist}：${problems.length} 个问题` : `${dist}：站内链接、页面标题、网址均无问题`)
process.exitCode = problems.length ? 1 : 0
