import { fromHtml } from 'hast-util-from-html'
import type { Element, ElementContent, Root } from 'hast'
import { describe, expect, it } from 'vitest'
import { PLACE_WEIGHT, recordDocument } from '../../../src/utils/search/record-document.ts'
import type { RecordText } from '../../../src/utils/search/record-text.ts'
import { presplit, stripZwsp, ZWSP } from '../../../src/utils/search/segment.ts'

const text: RecordText = {
  title: '东乡族自治县凤山乡人民政府2020年政府信息公开工作年度报告',
  places: ['东乡族自治县凤山乡人民政府', '甘肃省', '风山乡'],
  facts: ['文号 东凤府发[2021]20号'],
  sections: [
    { id: 'table-2', kind: 'table', heading: '表二 主动公开政府信息情况', lines: ['表二 行政处罚 本年处理决定数量 51'] },
    { id: 'section-1', kind: 'text', heading: '一、总体情况', lines: ['凤山乡 <script>alert("x")</script> & 行政处罚'] },
  ],
}
const filters = [
  { name: 'county', value: '东乡族自治县' },
  { name: 'year', value: '2020' },
] as const

/** The text of an element (its text nodes, in order). */
function toText(node: Element | ElementContent): string {
  if (node.type === 'text') return node.value
  return node.type === 'element' ? node.children.map(toText).join('') : ''
}

function all(node: Root | Element, test: (e: Element) => boolean, found: Element[] = []): Element[] {
  for (const child of node.children) {
    if (child.type !== 'element') continue
    if (test(child)) found.push(child)
    all(child, test, found)
  }
  return found
}

describe('recordDocument', () => {
  const html = recordDocument(text, filters)
  const tree = fromHtml(html)

  it('has one indexed body with the title meta, the filters and the weighted place names, given unsplit', () => {
    expect(all(tree, (e) => e.properties.dataPagefindBody !== undefined)).toHaveLength(1)
    const [h1] = all(tree, (e) => e.tagName === 'h1')
    expect(h1!.properties).toMatchObject({ dataPagefindMeta: 'title[data-title]', dataTitle: text.title })
    expect(
      all(tree, (e) => e.properties.dataPagefindFilter !== undefined).map((e) => [e.properties.dataPagefindFilter, e.properties.dataValue]),
    ).toEqual([
      ['county[data-value]', '东乡族自治县'],
      ['year[data-value]', '2020'],
    ])
    const [places] = all(tree, (e) => e.properties.dataPagefindWeight !== undefined)
    expect(places!.properties.dataPagefindWeight).toBe(String(PLACE_WEIGHT))
    expect(stripZwsp(toText(places!))).toBe('东乡族自治县凤山乡人民政府 甘肃省 风山乡')
  })

  it('gives each section a heading with the id of the report page and its unsplit title', () => {
    const headings = all(tree, (e) => e.tagName === 'h2').map((e) => [e.properties.id, e.properties.dataPagefindTitle])
    expect(headings).toEqual([
      ['table-2', '表二 主动公开政府信息情况'],
      ['section-1', '一、总体情况'],
    ])
  })

  it('pre-splits every text as presplit does, and escapes it', () => {
    const paragraphs = all(tree, (e) => e.tagName === 'p').map((e) => toText(e))
    expect(paragraphs).toEqual([
      text.places.map(presplit).join(' '),
      presplit('文号 东凤府发[2021]20号'),
      presplit('表二 行政处罚 本年处理决定数量 51'),
      presplit('凤山乡 <script>alert("x")</script> & 行政处罚'),
    ])
    expect(paragraphs[2]).toContain(['行政', '处罚'].join(ZWSP))
    expect(all(tree, (e) => e.tagName === 'script')).toEqual([])
  })
})
