import { describe, expect, it } from 'vitest'
import { elementText, presplitHtml, presplitNode, rewriteKeys, TEXT_ATTRIBUTE } from '../../scripts/lib/presplit-html.ts'
import { fromHtml } from 'hast-util-from-html'
import type { Element } from 'hast'
import { ZWSP } from '../../src/utils/search/segment.ts'

const show = (text: string): string => text.replaceAll(ZWSP, '|')

const page = (article: string, outside = '<p>东乡族自治县凤山乡人民政府</p>'): string =>
  `<!doctype html><html lang="zh-CN"><head><title>东乡族自治县凤山乡人民政府</title><script>var s = "东乡族自治县"</script></head>` +
  `<body><nav>东乡族自治县凤山乡人民政府</nav>${outside}<main>${article}</main></body></html>`

describe('presplitHtml', () => {
  it('splits the text inside data-pagefind-body only', () => {
    const html = page('<article data-pagefind-body><p>东乡族自治县凤山乡人民政府文件</p></article>')
    const copy = presplitHtml(html)
    expect(copy.bodies).toBe(1)
    expect(copy.textNodes).toBe(1)
    expect(show(copy.html)).toContain('<p>|东乡|族|自治|县|凤山|乡|人民政府|文件</p>')
    // Outside the body, in <head> and in scripts nothing changes.
    expect(copy.html).toContain('<title>东乡族自治县凤山乡人民政府</title>')
    expect(copy.html).toContain('var s = "东乡族自治县"')
    expect(copy.html).toContain('<nav>东乡族自治县凤山乡人民政府</nav><p>东乡族自治县凤山乡人民政府</p>')
  })

  it('leaves ignored parts, forms, scripts and styles alone', () => {
    const copy = presplitHtml(
      page(
        '<article data-pagefind-body><p>凤山乡人民政府</p><section data-pagefind-ignore><p>凤山乡人民政府</p></section>' +
          '<form><label>凤山乡人民政府</label></form><style>.a::after{content:"凤山乡"}</style></article>',
      ),
    )
    expect(copy.textNodes).toBe(1)
    expect(copy.html).toContain('<section data-pagefind-ignore=""><p>凤山乡人民政府</p></section>')
    expect(copy.html).toContain('<label>凤山乡人民政府</label>')
    expect(copy.html).toContain('content:"凤山乡"')
  })

  it('keeps filter values and the title unsplit by reading them from an attribute', () => {
    const copy = presplitHtml(
      page(
        '<article data-pagefind-body><h1 data-pagefind-meta="title">东乡族自治县凤山乡人民政府 2020年\n报告</h1>' +
          '<span hidden data-pagefind-filter="county">东乡族自治县</span><span hidden data-pagefind-filter="year">2020</span>' +
          '<p data-pagefind-filter="kind:年报, x">x</p></article>',
      ),
    )
    const tree = fromHtml(copy.html)
    const h1 = find(tree, 'h1')!
    expect(h1.properties.dataPagefindMeta).toBe(`title[${TEXT_ATTRIBUTE}]`)
    expect(h1.properties.dataPresplitText).toBe('东乡族自治县凤山乡人民政府 2020年 报告')
    expect(show(copy.html)).toContain('>|东乡|族|自治|县|凤山|乡|人民政府 2020|年\n报告</h1>')
    expect(copy.html).toContain(`data-pagefind-filter="county[${TEXT_ATTRIBUTE}]" ${TEXT_ATTRIBUTE}="东乡族自治县"`)
    // A literal value is left as it is.
    expect(copy.html).toContain('data-pagefind-filter="kind:年报, x"')
  })

  it('gives headings with an id their unsplit text as the sub-result title', () => {
    const copy = presplitHtml(
      page(
        '<article data-pagefind-body><h2 id="s1">一、总体情况</h2><h3 id="s2" data-pagefind-title="自定">二、主动公开</h3><h2>三、无</h2></article>',
      ),
    )
    expect(copy.html).toContain('<h2 id="s1" data-pagefind-title="一、总体情况">')
    expect(copy.html).toContain('<h3 id="s2" data-pagefind-title="自定">')
    expect(copy.html).toMatch(/<h2>[^<]*三/u)
  })

  it('returns a page without data-pagefind-body unchanged, or splits its whole body when asked', () => {
    const html = page('<article><p>凤山乡人民政府</p></article>')
    expect(presplitHtml(html)).toEqual({ html, bodies: 0, textNodes: 0 })
    const whole = presplitHtml(html, { whole: true })
    expect(whole.bodies).toBe(0)
    expect(show(whole.html)).toContain('<p>|凤山|乡|人民政府</p>')
    expect(whole.html).toContain('<nav>东乡族自治县凤山乡人民政府</nav>')
  })

  it('is idempotent', () => {
    const once = presplitHtml(
      page('<article data-pagefind-body><h1 data-pagefind-meta="title">凤山乡<b>人民</b>政府</h1><p>行政处罚 0 件</p></article>'),
    ).html
    expect(presplitHtml(once).html).toBe(once)
  })
})

describe('presplitNode', () => {
  it('marks the start of a text node as a word boundary unless it is whitespace', () => {
    expect(show(presplitNode('2020'))).toBe('|2020')
    expect(show(presplitNode('2020年格式'))).toBe('|2020|年|格式')
    expect(show(presplitNode(' 凤山乡 '))).toBe(' 凤山|乡 ')
    expect(presplitNode('')).toBe('')
  })
})

describe('rewriteKeys', () => {
  it('rewrites bare keys only, as Pagefind parses the attribute', () => {
    expect(rewriteKeys('year')).toBe(`year[${TEXT_ATTRIBUTE}]`)
    expect(rewriteKeys('title, image[src]')).toBe(`title[${TEXT_ATTRIBUTE}], image[src]`)
    expect(rewriteKeys('a, b:c')).toBe(`a[${TEXT_ATTRIBUTE}], b:c`)
    expect(rewriteKeys('b:c,d')).toBeNull()
    expect(rewriteKeys('image[src]')).toBeNull()
  })
})

describe('elementText', () => {
  it('reads text as Pagefind would, blocks separated, ignored parts left out', () => {
    const tree = fromHtml('<div id="x"><p>凤山乡</p><p>人民政府<span data-pagefind-ignore>隐藏</span></p><script>x</script></div>', {
      fragment: true,
    })
    expect(elementText(find(tree, 'div')!)).toBe('凤山乡 人民政府')
  })
})

function find(node: { children?: unknown[] }, tagName: string): Element | null {
  for (const child of (node.children ?? []) as Element[]) {
    if (child.type === 'element' && child.tagName === tagName) return child
    const inner = find(child, tagName)
    if (inner) return inner
  }
  return null
}
