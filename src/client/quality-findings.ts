/**
 * The findings page in the browser: read the filter from the URL, fetch the findings index and
 * the province-and-year files the filter needs (src/utils/quality/findings-index.ts; never more
 * than MAX_FINDINGS rows), list the matching findings and offer them as CSV; keep the form, the
 * URL (history entries, so back and forward work) and the status line in step.
 */
import { findingsCsv } from '../utils/quality/findings-csv.ts'
import { readFindingsFile, type Finding, type FindingsFile } from '../utils/quality/findings-file.ts'
import {
  filterQuery,
  matchesFilter,
  neededFiles,
  placeScope,
  readFilter,
  type FindingsFilter,
  type FindingsIndex,
} from '../utils/quality/findings-index.ts'
import { canList, csvName, filterWords, statusLine, tooManyLine } from '../utils/quality/findings-view.ts'
import { findingsFilePath } from '../utils/quality/quality-paths.ts'
import { findingsTable } from './quality-findings-dom.ts'

/** An element by id, typed; throws when the page is not the findings page. */
function byId<T extends HTMLElement>(id: string): T {
  const element = document.getElementById(id)
  if (!element) throw new Error(`quality-findings: #${id} is missing`)
  return element as T
}

const form = byId<HTMLFormElement>('findings-form')
const check = byId<HTMLSelectElement>('f-check')
const province = byId<HTMLSelectElement>('f-province')
const below = byId<HTMLSelectElement>('f-below')
const belowField = byId('f-below-field')
const year = byId<HTMLSelectElement>('f-year')
const status = byId('findings-status')
const results = byId('findings-results')
const download = byId<HTMLButtonElement>('findings-csv')

let index: FindingsIndex = { rules: [], provinces: [] }
let shown: { filter: FindingsFilter; findings: Finding[] } | null = null
let seq = 0
const files = new Map<string, Promise<Finding[]>>()

/** The findings of one file (kept for the page's life; a failure is tried again next time). */
function fileFindings(provinceKey: string, yearKey: string): Promise<Finding[]> {
  const key = `${provinceKey}/${yearKey}`
  let promise = files.get(key)
  if (!promise) {
    promise = fetch(findingsFilePath(provinceKey, yearKey, 'json'), { credentials: 'same-origin' }).then(async (response) => {
      if (!response.ok) throw new Error(`${key}: HTTP ${response.status}`)
      return readFindingsFile((await response.json()) as FindingsFile)
    })
    promise.catch(() => files.delete(key))
    files.set(key, promise)
  }
  return promise
}

/** Fill the prefecture and county choice of the chosen province. */
function fillBelow(provinceKey: string): void {
  below.replaceChildren(new Option('全省', ''))
  const entry = index.provinces.find((p) => p.k === provinceKey)
  belowField.hidden = !entry
  for (const prefecture of entry?.p ?? []) {
    if (prefecture.k) below.append(new Option(prefecture.n, prefecture.k))
    for (const [key, name] of prefecture.c) below.append(new Option(`${prefecture.k ? '\u3000' : ''}${name}`, key))
  }
}

/** Show `filter` in the form. */
function showFilter(filter: FindingsFilter): void {
  check.value = filter.check
  year.value = filter.year
  const scope = filter.place ? placeScope(index, filter.place) : null
  province.value = scope?.province.k ?? ''
  fillBelow(province.value)
  below.value = scope && scope.level !== 'province' ? filter.place : ''
}

/** The filter the form shows. */
const formFilter = (): FindingsFilter => ({ check: check.value, place: below.value || province.value, year: year.value })

/** List the findings of `filter`. */
async function show(filter: FindingsFilter): Promise<void> {
  const mine = ++seq
  const words = filterWords(index, filter)
  const needed = neededFiles(index, filter)
  shown = null
  download.disabled = true
  if (!canList(needed)) {
    results.replaceChildren()
    status.textContent = tooManyLine(words, needed)
    return
  }
  status.textContent = `正在载入${words}的不一致之处……`
  try {
    const all = await Promise.all(needed.map((f) => fileFindings(f.province, f.year)))
    if (mine !== seq) return
    const findings = all.flat().filter((f) => matchesFilter(f, filter))
    shown = { filter, findings }
    status.textContent = statusLine(words, findings.length, new Set(findings.map((f) => f.reportId)).size)
    results.replaceChildren(...(findings.length ? [findingsTable(findings, index)] : []))
    download.disabled = findings.length === 0
  } catch (error) {
    if (mine !== seq) return
    status.textContent = `载入失败，请稍后再试（${String(error)}）。`
  }
}

/** Apply the form's filter: a new history entry, then the list. */
function apply(): void {
  const filter = formFilter()
  const query = filterQuery(filter)
  if (query !== location.search) history.pushState(null, '', `${location.pathname}${query}`)
  void show(filter)
}

form.addEventListener('submit', (event) => {
  event.preventDefault()
  apply()
})
province.addEventListener('change', () => {
  fillBelow(province.value)
  apply()
})
for (const select of [check, below, year]) select.addEventListener('change', apply)
window.addEventListener('popstate', () => {
  const filter = readFilter(location.search)
  showFilter(filter)
  void show(filter)
})
download.addEventListener('click', () => {
  if (!shown) return
  const titles = Object.fromEntries(index.rules.map((r) => [r.id, r.title]))
  const url = URL.createObjectURL(new Blob([findingsCsv(shown.findings, titles)], { type: 'text/csv;charset=utf-8' }))
  const link = document.createElement('a')
  link.href = url
  link.download = csvName(shown.filter)
  document.body.append(link)
  link.click()
  link.remove()
  setTimeout(() => URL.revokeObjectURL(url), 60_000)
})

/** Start: read the index, then show the URL's filter. */
async function start(): Promise<void> {
  status.textContent = '正在载入……'
  const response = await fetch(status.dataset.index ?? '', { credentials: 'same-origin' })
  if (!response.ok) throw new Error(`index: HTTP ${response.status}`)
  index = (await response.json()) as FindingsIndex
  const filter = readFilter(location.search)
  showFilter(filter)
  await show(filter)
}

start().catch((error: unknown) => {
  status.textContent = `载入失败，请稍后再试（${String(error)}）。`
})
