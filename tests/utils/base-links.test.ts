/** Root-absolute links of HTML written elsewhere (the data format notes) follow the base. */
import { describe, expect, test } from 'vitest'
import { rebaseLinks, withoutDocLinks } from '../../src/utils/base-links.ts'

const html =
  '<p>见<a href="/data/">数据下载</a>、<a href="#rows">下文</a>、<a href="https://www.gov.cn/">中国政府网</a>、<a href="//cdn.example/x">x</a>。</p><img src="/a.png" alt="">'

describe('rebaseLinks', () => {
  test('returns the HTML as it is at the root', () => {
    expect(rebaseLinks(html, '/')).toBe(html)
  })

  test('puts root-absolute href and src under the base, and leaves every other link alone', () => {
    expect(rebaseLinks(html, '/gk/nianbao/')).toBe(
      '<p>见<a href="/gk/nianbao/data/">数据下载</a>、<a href="#rows">下文</a>、<a href="https://www.gov.cn/">中国政府网</a>、<a href="//cdn.example/x">x</a>。</p><img src="/gk/nianbao/a.png" alt="">',
    )
  })
})

describe('withoutDocLinks', () => {
  test('turns links to repository Markdown files into text and leaves every other link alone', () => {
    const html =
      '<p>怎样写更正见 <a href="../docs/front-matter.md">docs/front-matter.md</a>，' +
      '<a href="front-matter.md#更正">更正</a>；<a href="/data/">数据</a> <a href="https://example.gov.cn/a.md">外部</a> <a href="#x">本页</a></p>'
    expect(withoutDocLinks(html)).toBe(
      '<p>怎样写更正见 <span>docs/front-matter.md</span>，<span>更正</span>；<a href="/data/">数据</a> <a href="https://example.gov.cn/a.md">外部</a> <a href="#x">本页</a></p>',
    )
    expect(withoutDocLinks('<p><a href="/data/">数据</a></p>')).toBe('<p><a href="/data/">数据</a></p>')
  })
})
