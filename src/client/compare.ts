/**
 * The compare page in the browser: restore the choice from the URL, fetch the county data files
 * of the chosen townships (src/client/compare-files.ts; nothing else about the figures is on the
 * page), and keep the picker, the form, the table, the URL (history entries, so back/forward
 * work), the live region and the "not found" message in step; download the view as CSV.
 * All logic lives in src/utils/compare/compare-*.ts.
 */
import { compareCsv, compareCsvName } from '../utils/compare/compare-csv.ts'
import type { CompareData } from '../utils/compare/compare-data.ts'
import { countyFilesOf, missingNotes, missingTownships, needsIndex, type MissingNotes } from '../utils/compare/compare-lookup.ts'
import { metricByCompact, metricByKey, metricGroups } from '../utils/compare/compare-metrics.ts'
import {
  canonicalTownships,
  decodeChoice,
  defaultChoice,
  encodeChoice,
  type ChoiceOptions,
  type CompareChoice,
} from '../utils/compare/compare-state.ts'
import { compareTable, tableSummary, type CompareTable } from '../utils/compare/compare-table.ts'
import { byId, el, renderTable } from './compare-dom.ts'
import { counties, countyData, placeIndex } from './compare-files.ts'
import { townshipPicker } from './compare-picker.ts'

const chooser = byId<HTMLDetailsElement>('compare-chooser')
const chooserTitle = byId('compare-chooser-title')
const chooserCount = byId('compare-chooser-count')
const form = byId<HTMLFormElement>('compare-form')
const results = byId('compare-results')
const output = byId('compare-output')
const status = byId('compare-status')
const missing = byId('compare-missing')
const download = byId<HTMLButtonElement>('compare-csv')
const options: ChoiceOptions = { years: boxes('y').map((b) => b.value) }
/** The choice shown (townships not found are dropped once looked up). */
let choice: CompareChoice = decodeChoice(location.search, options)
let table: CompareTable = { columns: [], rows: [] }
let seq = 0
const labels = new Map<string, string>()

/** The checkboxes of one URL parameter. */
function boxes(name: 'y' | 'm'): HTMLInputElement[] {
  return [...document.querySelectorAll<HTMLInputElement>(`#compare-form input[type="checkbox"][name="${name}"]`)]
}

/** The years and metrics the form shows. */
function readForm(): Pick<CompareChoice, 'years' | 'metrics'> {
  const checked = (name: 'y' | 'm') =>
    boxes(name)
      .filter((b) => b.checked)
      .map((b) => b.value)
  return { years: checked('y'), metrics: checked('m').flatMap((c) => metricByCompact(c)?.key ?? []) }
}

/** Make the form show `choice`, and the counts match it. */
function writeForm(): void {
  const compact = new Set(choice.metrics.map((k) => metricByKey(k)?.compact))
  for (const b of boxes('y')) b.checked = choice.years.includes(b.value)
  for (const b of boxes('m')) b.checked = compact.has(b.value)
  updateCounts()
  picker.update()
}

/** Refresh the 已选 N 项 count of every metric group and the chooser's summary. */
function updateCounts(): void {
  for (const g of metricGroups) {
    const count = form.querySelector(`[data-count="${g.id}"]`)
    const n = g.rows.reduce((sum, r) => sum + r.metrics.filter((m) => choice.metrics.includes(m.key)).length, 0)
    if (count) count.textContent = `（已选 ${n} 项）`
  }
  chooserTitle.textContent = choice.townships.length ? '修改对比内容' : '选择乡镇、年度和指标'
  chooserCount.textContent = `（已选 ${choice.townships.length} 个乡镇、${choice.years.length} 个年度、${choice.metrics.length} 项指标）`
}

/** Say something in the live region, once. */
function say(message: string): void {
  if (status.textContent !== message) status.textContent = message
}

/** The figures of the chosen townships: their county files, fetched (or taken from the cache). */
async function dataOf(townships: readonly string[]): Promise<CompareData> {
  const standIns = needsIndex(townships) ? (await placeIndex()).standIns : null
  const { files } = countyFilesOf(townships, standIns)
  const found = await Promise.all(files.map(countyData))
  return { reports: found.flatMap((d) => d.reports.filter((r) => townships.includes(r.t))) }
}

/** The name of a county by its file key, from the place index (null when the site has none). */
function countyNamer(known: ReadonlyMap<string, { name: string }>): (county: string) => string | null {
  return (county) => known.get(county)?.name ?? null
}

/** Name the townships of the URL that were not found (or hide the notice). */
function showMissing(notes: MissingNotes | null): void {
  missing.hidden = !notes
  if (!notes) return missing.replaceChildren()
  missing.replaceChildren(el('ul', {}, ...notes.lines.map((line) => el('li', {}, line))), el('p', {}, notes.hint))
}

/** Show the table of the current choice; a later call wins over one still loading. */
async function render(): Promise<void> {
  const token = ++seq
  const wanted = choice.townships
  if (!wanted.length) {
    table = { columns: [], rows: [] }
    output.replaceChildren(el('p', { class: 'empty' }, '请在上方查找并选择乡镇。'))
    showMissing(null)
    download.disabled = true
    say('尚未选择乡镇。')
    return
  }
  output.setAttribute('aria-busy', 'true')
  let data: CompareData
  try {
    data = await dataOf(wanted)
  } catch {
    if (token !== seq) return
    output.removeAttribute('aria-busy')
    say('对比数据载入失败，请检查网络后重试。')
    return
  }
  if (token !== seq) return
  output.removeAttribute('aria-busy')
  for (const r of data.reports) labels.set(r.t, `${r.c}${r.n}`)
  const absent = missingTownships(wanted, data)
  const notes = absent.length ? missingNotes(absent, countyNamer(await counties().catch(() => new Map()))) : null
  if (token !== seq) return
  choice = { ...choice, townships: wanted.filter((t) => !absent.includes(t)) }
  showMissing(notes)
  // Nothing of the URL found: open the form, where the townships are chosen.
  if (!choice.townships.length) chooser.open = true
  picker.update()
  updateCounts()
  table = compareTable(data, choice)
  output.replaceChildren(renderTable(table))
  download.disabled = !table.columns.length || !table.rows.length
  say(tableSummary(table))
}

/** Apply a change: new history entry, new table. */
function choose(next: CompareChoice): void {
  choice = { ...next, townships: canonicalTownships(next.townships) }
  const query = encodeChoice(choice, options)
  if (query !== location.search) history.pushState(null, '', `${location.pathname}${query}${location.hash}`)
  picker.update()
  updateCounts()
  void render()
}

const picker = townshipPicker({ chosen: () => choice.townships, choose: (townships) => choose({ ...choice, townships }), labels })

form.addEventListener('submit', (event) => event.preventDefault())

form.addEventListener('change', (event) => {
  const name = (event.target as HTMLInputElement).name
  if (name === 'y' || name === 'm') choose({ ...choice, ...readForm() })
})

form.addEventListener('click', (event) => {
  const button = (event.target as Element).closest('button')
  if (!button) return
  if (button.hasAttribute('data-reset')) {
    choose({ ...defaultChoice(options), townships: choice.townships })
    writeForm()
  } else if (button.dataset.select === 'm') {
    choose({ ...choice, metrics: [] })
    writeForm()
  } else if (button.hasAttribute('data-show-results')) {
    chooser.open = false
    byId('result-heading').focus()
  }
})

window.addEventListener('popstate', () => {
  choice = decodeChoice(location.search, options)
  writeForm()
  void render()
})

download.addEventListener('click', () => {
  const url = URL.createObjectURL(new Blob([compareCsv(table)], { type: 'text/csv;charset=utf-8' }))
  const link = el('a', { href: url, download: compareCsvName })
  document.body.append(link)
  link.click()
  link.remove()
  setTimeout(() => URL.revokeObjectURL(url), 1000)
})

// Start: the choice from the URL; on a phone a shared view shows its results first, the form folded.
writeForm()
chooser.open = !(choice.townships.length && matchMedia('(max-width: 47.99rem)').matches)
chooser.hidden = false
form.hidden = false
results.hidden = false
void render().then(() => results.setAttribute('data-ready', ''))
