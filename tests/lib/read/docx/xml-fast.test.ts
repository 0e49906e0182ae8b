/** The one-pass reading of Word XML gives saxes's tree, and leaves to saxes every part it cannot read the same way. */
import { describe, expect, it } from 'vitest'
import { fastXml } from '../../../../src/lib/read/docx/xml-fast.ts'
import { parseXml, saxesXml } from '../../../../src/lib/read/docx/xml.ts'

const w = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
const wordMl = (uri: string) => uri === 'http://schemas.openxmlformats.org/wordprocessingml/2006/main'

/** What saxes gives for `xml`: the tree, or the error message. */
function bySaxes(xml: string): unknown {
  try {
    return saxesXml(xml, 'part.xml')
  } catch (error) {
    return (error as Error).message
  }
}

/** What parseXml gives for `xml` (the one-pass reading when it can): the tree, or the error message. */
function byParseXml(xml: string): unknown {
  try {
    return parseXml(xml, 'part.xml')
  } catch (error) {
    return (error as Error).message
  }
}

describe('fastXml', () => {
  const read = [
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document ${w}><w:body><w:p><w:r><w:t xml:space="preserve"> a &amp; b &#x4E2D;&#20013; &lt;x&gt; &quot;&apos;</w:t></w:r></w:p></w:body></w:document>`,
    `<w:p ${w}><w:t>a<!-- note -->b</w:t>\n  <w:tab/>  </w:p>`,
    `<root xmlns="urn:d" xmlns:w="urn:x" w:a="1" b="2"><w:c xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" w:val="on" r:id="x" xmlns:r="urn:r"/><d/></root>`,
    `<w:tbl ${w}><w:tc><w:tcPr><w:gridSpan w:val='2' /></w:tcPr></w:tc></w:tbl>`,
    `<a>x > y ]] z</a>`,
  ]
  it('reads well-formed Word XML into the tree saxes gives', () => {
    for (const xml of read) {
      expect(fastXml(xml, wordMl), xml).not.toBeNull()
      expect(JSON.stringify(byParseXml(xml)), xml).toBe(JSON.stringify(bySaxes(xml)))
    }
  })

  const leftToSaxes = [
    `<a><![CDATA[x]]>y</a>`,
    `<!DOCTYPE a><a/>`,
    `<?xml version="1.0"?><?pi x?><a/>`,
    `<?xml version="1.1"?><a/>`,
    `<a>x\r\ny</a>`,
    `<a b="x\ty"/>`,
    `<a>&nbsp;</a>`,
    `<a>&#0;</a>`,
    `<a><b></a></b>`,
    `<p:a/>`,
    `<a b="1" b="2"/>`,
    `<a>x ]]> y</a>`,
    `text<a/>`,
    `<a/><b/>`,
    `<a><!-- x -- y --></a>`,
    `<a><!-- x ---></a>`,
    `<表/>`,
    `<a xmlns:p=""/>`,
    `<a`,
    ``,
  ]
  it('leaves to saxes what it cannot read the same way, errors included', () => {
    for (const xml of leftToSaxes) {
      expect(fastXml(xml, wordMl), xml).toBeNull()
      expect(JSON.stringify(byParseXml(xml)), xml).toBe(JSON.stringify(bySaxes(xml)))
    }
  })
})
