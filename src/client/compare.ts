/**
 * The compare page in the browser: read the data island, restore the choice from the URL, keep
 * the form, the table, the URL (history entries, so back/forward work) and the live region in
 * step, and download the view as CSV. All logic lives in src/utils/compare/compare-*.ts.
 */
import { compareCsv, compareCsvName } from '../utils/compare/compare-csv.ts'
import { townshipOptions, yearOptions, type CompareData } from '../utils/compare/compare-data.ts'
import { metricByCompact, metricByKey, metricGroups } from '../utils/compare/compare-metrics.ts'
import { decodeChoice, defaultChoice, encodeChoice, type ChoiceOptions, type CompareChoice } from '../utils/compare/compare-state.ts'
import { compareTable, tableSummary, type CompareTable } from '../utils/compare/compare-table.ts'

/** An element by id, typed; throws when the page is not the compare page. */
function byId<T extends HTMLElement>(id: string): T {
  const element = document.getElementById(id)
  if (!element) throw new Error(`compare: #${id} is missing`)
  return element as T
}

/** A new element with a class and children. */
function el(tag: string, attrs: Record<string, string> = {}, ...children: (Node | string)[]): HTMLElement {
  const element = document.createElement(tag)
  for (const [name, value] of Object.entries(attrs)) element.setAttribute(name, value)
  element.append(...children)
  return element
}

/** The table markup of CompareTable.astro, built in the DOM. */
function renderTable(table: CompareTable): HTMLElement {
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

const data = JSON.parse(byId('compare-data').textContent ?? '{"reports":[]}') as CompareData
const options: ChoiceOptions = { townships: townshipOptions(data).map((t) => t.key), years: yearOptions(data) }
const form = byId<HTMLFormElement>('compare-form')
const output = byId('compare-output')
const status = byId('compare-status')
const download = byId<HTMLButtonElement>('compare-csv')
let table: CompareTable = { columns: [], rows: [] }

/** The checkboxes of one URL parameter. */
function boxes(name: 't' | 'y' | 'm'): HTMLInputElement[] {
  return [...form.querySelectorAll<HTMLInputElement>(`input[type="checkbox"][name="${name}"]`)]
}

/** The choice the form shows. */
function readForm(): CompareChoice {
  const checked = (name: 't' | 'y' | 'm') =>
    boxes(name)
      .filter((b) => b.checked)
      .map((b) => b.value)
  return { townships: checked('t'), years: checked('y'), metrics: checked('m').flatMap((c) => metricByCompact(c)?.key ?? []) }
}

/** Make the form show `choice`, and the group counts match it. */
function writeForm(choice: CompareChoice): void {
  const compact = new Set(choice.metrics.map((k) => metricByKey(k)?.compact))
  for (const b of boxes('t')) b.checked = choice.townships.includes(b.value)
  for (const b of boxes('y')) b.checked = choice.years.includes(b.value)
  for (const b of boxes('m')) b.checked = compact.has(b.value)
  updateCounts()
}

/** Refresh the 已选 N 项 count of every metric group. */
function updateCounts(): void {
  for (const g of metricGroups) {
    const count = form.querySelector(`[data-count="${g.id}"]`)
    const n = g.rows.reduce(
      (sum, r) =>
        sum + r.metrics.filter((m) => form.querySelector<HTMLInputElement>(`input[name="m"][value="${m.compact}"]`)?.checked).length,
      0,
    )
    if (count) count.textContent = `（已选 ${n} 项）`
  }
}

/** Show the table of `choice` and say what it holds (the live region announces changes). */
function render(choice: CompareChoice): void {
  table = compareTable(data, choice)
  output.replaceChildren(renderTable(table))
  download.disabled = !table.columns.length || !table.rows.length
  const summary = tableSummary(table)
  if (status.textContent !== summary) status.textContent = summary
}

/** Apply a choice made in the form: new history entry, new table. */
function choose(choice: CompareChoice): void {
  const query = encodeChoice(choice, options)
  if (query !== location.search) history.pushState(null, '', `${location.pathname}${query}${location.hash}`)
  render(choice)
}

form.addEventListener('change', () => {
  updateCounts()
  choose(readForm())
})

form.addEventListener('click', (event) => {
  const button = (event.target as Element).closest('button')
  if (!button) return
  if (button.hasAttribute('data-reset')) {
    const choice = defaultChoice(options)
    writeForm(choice)
    choose(choice)
    return
  }
  const name = button.dataset.select as 't' | 'y' | 'm' | undefined
  if (!name) return
  for (const b of boxes(name)) b.checked = button.dataset.to === 'all'
  updateCounts()
  choose(readForm())
})

window.addEventListener('popstate', () => {
  const choice = decodeChoice(location.search, options)
  writeForm(choice)
  render(choice)
})

download.addEventListener('click', () => {
  const url = URL.createObjectURL(new Blob([compareCsv(table)], { type: 'text/csv;charset=utf-8' }))
  const link = el('a', { href: url, download: compareCsvName })
  document.body.append(link)
  link.click()
  link.remove()
  setTimeout(() => URL.revokeObjectURL(url), 1000)
})

// Start: restore the choice from the URL, then show the controls.
const initial = decodeChoice(location.search, options)
writeForm(initial)
render(initial)
form.hidden = false
download.hidden = false
