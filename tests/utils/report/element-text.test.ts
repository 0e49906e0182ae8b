/** Element text escaping of source lines (element-text.ts). */
import { fromHtml } from 'hast-util-from-html'
import { describe, expect, it } from 'vitest'
import { elementText } from '../../../src/utils/report/element-text.ts'

describe('elementText', () => {
  it('escapes the two characters that can start markup in element content', () => {
    expect(elementText('<script>alert("x")</script>')).toBe('&lt;script>alert("x")&lt;/script>')
    expect(elementText('a &amp; b < c')).toBe('a &amp;amp; b &lt; c')
  })

  it('leaves quotes, > and everything else as written', () => {
    expect(elementText(`<p style="text-indent:2em">它's 5 > 3</p>`)).toBe(`&lt;p style="text-indent:2em">它's 5 > 3&lt;/p>`)
    expect(elementText('')).toBe('')
  })

  it('reads back as the original text, one text node, in an HTML parser', () => {
    const hostile = `</li><li id="L2">&lt;<!-- x --><img src=x onerror=alert(1)>"'`
    const tree = fromHtml(`<ol><li>${elementText(hostile)}</li></ol>`, { fragment: true })
    const li = (tree.children[0] as { children: { type: string; children: { type: string; value: string }[] }[] }).children[0]
    expect(li.children).toHaveLength(1)
    expect(li.children[0]).toMatchObject({ type: 'text', value: hostile })
  })
})
