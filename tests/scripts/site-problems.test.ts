/** The link checker of `npm run check:site` on a site published under a base path (no build needed). */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, test } from 'vitest'
import { siteProblems } from '../../scripts/lib/site-problems.ts'

const dir = mkdtempSync(join(tmpdir(), 'site-base-'))
mkdirSync(join(dir, 'a'))
mkdirSync(join(dir, 'search'))
mkdirSync(join(dir, 'a', 'source'))
writeFileSync(
  join(dir, 'a', 'source', 'index.html'),
  '<title>a 原文</title><a href="../">back</a><a href="../../">home</a><a href="../../../">out</a>',
)
writeFileSync(
  join(dir, 'index.html'),
  '<title>首页</title><a href="/gk/nianbao/a/">a</a><a href="/gk/nianbao/a/#x">a</a><a href="/gk/nianbao/">home</a>' +
    '<a href="/gk/nianbao">home</a><form action="/gk/nianbao/search/"></form><script src="/gk/nianbao/app.js"></script>',
)
writeFileSync(
  join(dir, 'a', 'index.html'),
  '<title>a</title><a href="/a/">escapes</a><a href="/gk/nianbao/missing/">x</a><form action="/search/"></form>' +
    '<a href="source/#L5">5</a><a href="#top">top</a><a href="mailto:gk@example.gov.cn">mail</a><a href="原文/">gone</a>',
)
// A source page showing a saved web page's markup as text: those hrefs are text, not links.
writeFileSync(
  join(dir, 'search', 'index.html'),
  '<title>检索</title><a href="https://www.gov.cn/">外部</a><a href="//cdn.example/x">x</a>' +
    '<pre><span>&lt;a href="/hdjl/">互动交流&lt;/a></span><span>&lt;link href="/images/common.css"></span></pre>',
)
writeFileSync(join(dir, 'app.js'), '')

afterAll(() => rmSync(dir, { recursive: true }))

describe('siteProblems under a base', () => {
  test('resolves links below the base and reports links that leave it or point nowhere', () => {
    expect(siteProblems(dir, '/gk/nianbao/').sort()).toEqual(
      [
        'a/index.html: 站内链接 /a/ 不在网站路径 /gk/nianbao/ 之下',
        'a/index.html: 站内链接 /gk/nianbao/missing/ 指向不存在的文件',
        'a/index.html: 站内链接 /search/ 不在网站路径 /gk/nianbao/ 之下',
        // Relative links resolve against the page: source/ is there, 原文/ is not, ../../../ leaves the site.
        'a/index.html: 站内链接 原文/（即 /gk/nianbao/a/原文/）指向不存在的文件',
        'a/source/index.html: 站内链接 ../../../（即 /gk/）不在网站路径 /gk/nianbao/ 之下',
      ].sort(),
    )
  })

  test('accepts the base in any spelling', () => {
    expect(siteProblems(dir, 'gk/nianbao')).toEqual(siteProblems(dir, '/gk/nianbao/'))
  })

  test('checks the same site as if at the root when given no base: every based link is then missing', () => {
    const problems = siteProblems(dir)
    expect(problems).toContain('index.html: 站内链接 /gk/nianbao/a/ 指向不存在的文件')
    expect(problems.filter((p) => p.startsWith('a/index.html'))).toEqual([
      'a/index.html: 站内链接 /gk/nianbao/missing/ 指向不存在的文件',
      'a/index.html: 站内链接 原文/（即 /a/原文/）指向不存在的文件',
    ])
  })
})
