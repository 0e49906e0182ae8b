/**
 * DOM helpers of the compare page's scripts: elements by id, new elements (DOM methods only,
 * never HTML strings, so names from reports stay text), and the table of compare-table.ts.
 */
import { tableSummary, type CompareTable } from '../utils/compare/compare-table.ts'

/** An element by id, typed; throws when the page is not the compare page. */
export function byId<T extends HTMLElement>(id: string): T {
  const element = document.getElementById(id)
  if (!element) throw new Error(`compare: #${id} is missing`)
  return element as T
}

/** A new element with attributes and children. */
export function el(tag: string, attrs: Record<string, string> = {}, ...children: (Node | string)[]): HTMLElement {
  const element = document.createElement(tag)
  for (const [name, value] of Object.entries(attrs)) element.setAttribute(name, value)
  element.append(...children)
  return element
}

/** The table of a view: a captioned, named scroll region; or a sentence when it would be empty. */
export function renderTable(table: CompareTable): HTMLElement {
  if (!table.columns.length || !table.rows.length) return el('p', { class: 'empty' }, tableSummary(table))
  const caption = el('caption', { id: 'compare-caption' }, `对比表：${table.columns.length} 份报告，${table.rows.length} 项指标`)
  const head = el(
    'tr',
    {},
    el('th', { scope: 'col' }, '指标'),
    ...table.columns.map((c) =>
      el(
        'th',
        { scope: 'col', class: 'num' },
        el('span', { class: 'place' }, `${c.county}${c.township}`),
        ' ',
        el('span', { class: 'year' }, c.year),
      ),
    ),
  )
  const rows = table.rows.map((r) =>
    el(
      'tr',
      { 'data-metric': r.compact },
      el('th', { scope: 'row' }, r.label),
      ...r.cells.map((c) => {
        const parts = [el('span', { class: 'value' }, c.text), el('span', { class: 'visually-hidden' }, c.note)]
        return el('td', { class: 'num' }, ...(c.href ? [el('a', { href: c.href }, ...parts)] : parts))
      }),
    ),
  )
  const wrap = el('div', { class: 'table-wrap', role: 'region', 'aria-labelledby': 'compare-caption', tabindex: '0' })
  wrap.append(el('table', { class: 'compare-table' }, caption, el('thead', {}, head), el('tbody', {}, ...rows)))
  return wrap
}
