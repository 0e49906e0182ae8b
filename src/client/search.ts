/**
 * The search page (src/pages/search.astro) in the browser, over the Pagefind JS API.
 *
 * - Pagefind (`/pagefind/pagefind.js` under the site's base, its wasm and index chunks) loads on
 *   the first interaction with the form, or at once when the URL already holds a query or filters.
 *   Its result URLs are put under the base too (`baseUrl`), so results work under a sub-path.
 * - Each query is tried as an exact phrase first and, when no report holds the phrase, as all
 *   of its words (src/utils/search/query.ts); the page says which.
 * - Filters are checkboxes: values of one filter are alternatives, filters combine. Counts
 *   are those of the current query with the other filters applied.
 * - The URL follows the state (history.replaceState), so a search can be shared or reloaded.
 * - Before the full text, the query is looked up in the place-name index (./search-names.ts): a
 *   query naming a township is answered with its reports without loading Pagefind at all (the
 *   full text on request); places the query mentions or nearly names are listed or suggested.
 * - A submitted search (Enter, or the home page's form) moves focus to the results.
 * Logic lives in src/utils/search/*.ts (tested in Node); this file only talks to Pagefind and
 * renders, with DOM methods only (never innerHTML).
 */
import { SITE_NAME } from '../site.ts'
import { withBase } from '../utils/paths.ts'
import type { NamePlace } from '../utils/search/name-keys.ts'
import { nameAnswer, type NameAnswer } from '../utils/search/name-match.ts'
import { siteNameLookup } from './search-names.ts'
import { modeMessage, planQuery, type QueryPlan, type SearchMode } from '../utils/search/query.ts'
import {
  FILTER_KEYS,
  hasSelection,
  isFilterKey,
  pagefindFilters,
  readState,
  toggle,
  writeState,
  type FilterKey,
  type SearchState,
  type Selection,
} from '../utils/search/url-state.ts'
import {
  countMessage,
  filterGroups,
  resultView,
  type ExcerptPart,
  type FilterCounts,
  type PagefindResultData,
  type ResultView,
} from '../utils/search/view-model.ts'

interface PagefindResult {
  id: string
  data(): Promise<PagefindResultData>
}

interface PagefindResponse {
  results: PagefindResult[]
  filters: FilterCounts
}

interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>
  init(): Promise<void>
  mergeIndex(bundle: string, options?: Record<string, unknown>): Promise<void>
  search(term: string | null, options?: { filters?: Record<string, unknown> }): Promise<PagefindResponse | null>
  filters(): Promise<FilterCounts>
}

const BUNDLE = withBase('/pagefind/pagefind.js')

/** What a failed load says: in `npm run dev` the index does not exist yet (it is written by the build). */
const loadFailure = import.meta.env.DEV
  ? '开发模式（npm run dev）下没有检索索引：索引在构建时生成。请先运行 npm run build，再用 npm run preview 预览检索。'
  : '检索功能加载失败，请稍后重试'
const PAGE_SIZE = 10
const DEBOUNCE_MS = 250

const form = document.querySelector<HTMLFormElement>('#search-form')!
const input = document.querySelector<HTMLInputElement>('#q')!
const app = document.querySelector<HTMLElement>('#search-app')!
const filtersPanel = document.querySelector<HTMLDetailsElement>('#filters-panel')!
const filterGroupsBox = document.querySelector<HTMLElement>('#filter-groups')!
const filterSummary = document.querySelector<HTMLElement>('#filter-summary')!
const clearButton = document.querySelector<HTMLButtonElement>('#clear-filters')!
const status = document.querySelector<HTMLElement>('#search-status')!
const resultsList = document.querySelector<HTMLOListElement>('#results')!
const moreButton = document.querySelector<HTMLButtonElement>('#more-results')!
const fullButton = document.querySelector<HTMLButtonElement>('#full-text')!
const placeBox = document.querySelector<HTMLElement>('#place-matches')!
const browseHint = document.querySelector<HTMLElement>('#browse-hint')!
const resultsHeading = document.querySelector<HTMLElement>('#results-heading')!
/** The place-name index (its number of bucket files is on the page; 0: none). */
const nameBuckets = Number(app.dataset.nameBuckets ?? 0) || 0
const names = siteNameLookup(nameBuckets)

let state: SearchState = readState(location.search)
let allFilters: FilterCounts = {}
let pagefindPromise: Promise<Pagefind> | null = null
/** Bumped by every new search; an older search stops at its next await. */
let generation = 0
let debounceTimer: ReturnType<typeof setTimeout> | undefined
/** The results of the current search not shown yet (for "more"). */
let pendingResults: PagefindResult[] = []
/** True once the filter groups have been drawn (Pagefind loaded). */
let filtersShown = false

/** Pagefind, loaded once; a failed load is tried again on the next search. */
function loadPagefind(): Promise<Pagefind> {
  pagefindPromise ??= (async () => {
    const pagefind = (await import(/* @vite-ignore */ BUNDLE)) as Pagefind
    await pagefind.options({ baseUrl: withBase('/'), excerptLength: 40 })
    // A sharded site: the other shards' bundles join the search (src/utils/shard/search-bundles.ts).
    const merged = JSON.parse(document.getElementById('search-app')?.dataset.mergeBundles ?? '[]') as string[]
    for (const bundle of merged) await pagefind.mergeIndex(bundle, { baseUrl: withBase('/') })
    await pagefind.init()
    allFilters = await pagefind.filters()
    return pagefind
  })().catch((error: unknown) => {
    pagefindPromise = null
    throw error
  })
  return pagefindPromise
}

/** The live region: the result count (or a notice), and under it how the results were found. */
function setStatus(message: string, mode = ''): void {
  const parts: HTMLElement[] = []
  if (message) {
    const p = document.createElement('span')
    p.className = 'status-count'
    p.textContent = mode ? `${message}。` : message
    parts.push(p)
  }
  if (mode) {
    const p = document.createElement('span')
    p.className = 'status-mode'
    p.textContent = mode
    parts.push(p)
  }
  status.replaceChildren(...parts)
}

function renderParts(parent: HTMLElement, parts: ExcerptPart[]): void {
  for (const part of parts) {
    if (part.mark) {
      const mark = document.createElement('mark')
      mark.textContent = part.text
      parent.append(mark)
    } else parent.append(part.text)
  }
}

function renderResult(view: ResultView): HTMLLIElement {
  const item = document.createElement('li')
  item.className = 'result'
  const heading = document.createElement('h3')
  const link = document.createElement('a')
  link.href = view.url
  link.textContent = view.title
  heading.append(link)
  item.append(heading)
  const meta = [view.place, view.year].filter(Boolean).join(' · ')
  if (meta) {
    const p = document.createElement('p')
    p.className = 'result-meta'
    p.textContent = meta
    item.append(p)
  }
  if (view.excerpt.length > 0) {
    const p = document.createElement('p')
    p.className = 'excerpt'
    renderParts(p, view.excerpt)
    item.append(p)
  }
  if (view.sections.length > 0) {
    const list = document.createElement('ul')
    list.className = 'sections'
    for (const section of view.sections) {
      const li = document.createElement('li')
      const a = document.createElement('a')
      a.href = section.url
      a.textContent = section.title
      li.append(a)
      if (section.excerpt.length > 0) {
        const p = document.createElement('p')
        p.className = 'excerpt'
        renderParts(p, section.excerpt)
        li.append(p)
      }
      list.append(li)
    }
    item.append(list)
  }
  return item
}

/** A link to a place page, with the places above it in brackets. */
function placeLink(place: NamePlace): DocumentFragment {
  const fragment = document.createDocumentFragment()
  const a = document.createElement('a')
  a.href = withBase(`/${place.path}`)
  a.textContent = place.name
  fragment.append(a)
  if (place.context.length > 0) fragment.append(`（${place.context.join(' ')}）`)
  return fragment
}

/**
 * The places from the name index: above the results, what the query mentions (with a count of
 * reports) and what it nearly names (您是不是要找); when the index answers, the township pages
 * under the reports.
 */
function renderPlaces(answer: NameAnswer | null): void {
  const parts: HTMLElement[] = []
  if (answer && answer.places.length > 0) {
    const p = document.createElement('p')
    p.className = 'place-line'
    p.append(answer.answers ? '乡镇页面：' : '相关地区：')
    answer.places.forEach((place, i) => {
      if (i > 0) p.append('；')
      p.append(placeLink(place), ` ${place.reportCount} 份报告`)
    })
    parts.push(p)
  }
  if (answer && answer.suggested.length > 0) {
    const p = document.createElement('p')
    p.className = 'suggestion'
    p.append('您是不是要找：')
    answer.suggested.forEach((place, i) => {
      if (i > 0) p.append('、')
      p.append(placeLink(place))
    })
    parts.push(p)
  }
  placeBox.replaceChildren(...parts)
  placeBox.hidden = parts.length === 0
  // Answered by the index, the township pages follow the reports; otherwise places come first.
  if (answer?.answers) moreButton.before(placeBox)
  else resultsList.before(placeBox)
}

/** The reports of the townships a query names, as results. */
function placeResults(answer: NameAnswer): ResultView[] {
  return answer.places
    .filter((p) => p.level === 'township')
    .flatMap((place) =>
      place.reports.map((r) => ({
        url: withBase(`/${r.path}`),
        title: r.title,
        place: [...place.context, place.name].join(' '),
        year: r.year ? `${r.year}年` : '',
        excerpt: [],
        sections: [],
      })),
    )
}

/** Shows the next page of results; returns the first new link (for focus), if any. */
async function showMore(gen: number): Promise<HTMLAnchorElement | null> {
  const batch = pendingResults.slice(0, PAGE_SIZE)
  pendingResults = pendingResults.slice(PAGE_SIZE)
  const data = await Promise.all(batch.map((r) => r.data()))
  if (gen !== generation) return null
  const items = data.map((d) => renderResult(resultView(d)))
  resultsList.append(...items)
  moreButton.hidden = pendingResults.length === 0
  return items[0]?.querySelector('a') ?? null
}

function renderFilters(counts: Partial<Record<FilterKey, Record<string, number>>> | null): void {
  const groups = filterGroups(allFilters, counts, state.selection)
  const active = document.activeElement
  const focused = active instanceof HTMLInputElement && filterGroupsBox.contains(active) ? { name: active.name, value: active.value } : null
  filterGroupsBox.replaceChildren()
  filtersPanel.hidden = groups.length === 0
  app.classList.toggle('has-filters', groups.length > 0)
  for (const group of groups) {
    const fieldset = document.createElement('fieldset')
    const legend = document.createElement('legend')
    legend.textContent = group.legend
    fieldset.append(legend)
    const list = document.createElement('ul')
    group.options.forEach((option, i) => {
      const li = document.createElement('li')
      const box = document.createElement('input')
      box.type = 'checkbox'
      box.id = `filter-${group.key}-${i}`
      box.name = group.key
      box.value = option.value
      box.checked = option.checked
      const label = document.createElement('label')
      label.htmlFor = box.id
      label.append(option.label)
      const count = document.createElement('span')
      count.className = 'count'
      count.textContent = `（${option.count}）`
      label.append(count)
      li.append(box, label)
      list.append(li)
    })
    fieldset.append(list)
    filterGroupsBox.append(fieldset)
  }
  // Keep focus on the checkbox just toggled.
  if (focused) {
    const box = [...filterGroupsBox.querySelectorAll<HTMLInputElement>('input')].find(
      (b) => b.name === focused.name && b.value === focused.value,
    )
    box?.focus()
  }
  // The first time they are shown, filters open beside the results on wide screens, folded above them on narrow ones.
  if (!filtersShown) {
    filtersShown = true
    if (groups.length > 0 && window.matchMedia('(min-width: 48rem)').matches) filtersPanel.open = true
  }
  const selected = FILTER_KEYS.reduce((n, key) => n + (state.selection[key]?.length ?? 0), 0)
  filterSummary.textContent = selected > 0 ? `筛选（已选 ${selected} 项）` : '筛选'
  clearButton.hidden = selected === 0
}

function updateUrl(): void {
  const search = writeState(state)
  if (search !== location.search) history.replaceState(history.state, '', `${location.pathname}${search}`)
  document.title = state.q ? `${state.q} - 检索 - ${SITE_NAME}` : `检索 - ${SITE_NAME}`
}

/**
 * Runs the search for `state`: decides phrase or words on the query alone (filters do not
 * change the mode), then applies the filters, then counts each filter's values.
 */
async function runSearch(): Promise<void> {
  const gen = generation + 1
  try {
    await search()
  } catch {
    // Pagefind failed (a chunk did not load…): say so instead of leaving a stale page.
    if (gen === generation) {
      resultsList.removeAttribute('aria-busy')
      setStatus('检索出错，请稍后重试')
    }
  }
}

async function search(): Promise<void> {
  const gen = ++generation
  clearTimeout(debounceTimer)
  updateUrl()
  const plan: QueryPlan = planQuery(state.q)
  const filtered = hasSelection(state.selection)
  fullButton.hidden = true
  browseHint.hidden = true
  if (plan.steps.length === 0 && !filtered) {
    // Nothing to search for: show the filters with their overall counts.
    resultsList.replaceChildren()
    resultsList.removeAttribute('aria-busy')
    moreButton.hidden = true
    pendingResults = []
    renderPlaces(null)
    if (pagefindPromise) {
      pagefindPromise.then(() => gen === generation && renderFilters(null)).catch(() => {})
    }
    setStatus(state.q ? '请输入要检索的字词' : '')
    return
  }
  // The place-name index first: a township's name is answered without the full text.
  let answer: NameAnswer | null = null
  if (plan.text && nameBuckets > 0) {
    try {
      answer = nameAnswer(await names.lookup(plan.text), { filtered, full: state.full === true })
    } catch {
      answer = null // the full text still answers
    }
    if (gen !== generation) return
  }
  renderPlaces(answer)
  if (answer?.answers) {
    // Filters would narrow a full-text search; a township's few reports need none (and the groups shown are another query's).
    filtersPanel.hidden = true
    app.classList.remove('has-filters')
    resultsList.replaceChildren(...placeResults(answer).map(renderResult))
    resultsList.setAttribute('aria-busy', 'false')
    pendingResults = []
    moreButton.hidden = true
    fullButton.textContent = `在报告全文中检索「${plan.text}」`
    fullButton.hidden = false
    setStatus(
      countMessage(answer.reportCount, false),
      `「${plan.text}」是乡镇名称，列出了该乡镇的全部报告。其他报告中提到它的，可在全文中检索。`,
    )
    return
  }

  let pagefind: Pagefind
  try {
    pagefind = await loadPagefind()
  } catch {
    if (gen === generation) {
      resultsList.removeAttribute('aria-busy')
      setStatus(loadFailure)
    }
    return
  }
  if (gen !== generation) return
  resultsList.setAttribute('aria-busy', 'true')
  setStatus('正在检索…')

  let mode: SearchMode | null = null
  let term: string | null = null
  let unfiltered: PagefindResponse | null = null
  for (const step of plan.steps) {
    const response = await pagefind.search(step.term)
    if (gen !== generation || !response) return
    mode = step.mode
    term = step.term
    unfiltered = response
    if (response.results.length > 0) break
  }
  const filters = pagefindFilters(state.selection)
  const response = filtered || !unfiltered ? await pagefind.search(term, { filters }) : unfiltered
  if (gen !== generation || !response) return

  // Counts of each filter's values: the current search with the other filters applied.
  const counts: Partial<Record<FilterKey, Record<string, number>>> = {}
  for (const key of FILTER_KEYS) {
    if (!state.selection[key]?.length) counts[key] = response.filters[key] ?? {}
    else {
      const others = await pagefind.search(term, { filters: pagefindFilters(state.selection, key) })
      if (gen !== generation || !others) return
      counts[key] = others.filters[key] ?? {}
    }
  }

  resultsList.replaceChildren()
  pendingResults = response.results
  await showMore(gen)
  if (gen !== generation) return
  renderFilters(counts)
  resultsList.setAttribute('aria-busy', 'false')
  browseHint.hidden = response.results.length > 0
  setStatus(countMessage(response.results.length, filtered), modeMessage(plan, response.results.length > 0 ? mode : null))
}

/** After a submitted search, focus the results heading: the next Tab reaches the first result. */
function focusResults(): void {
  if (resultsList.getAttribute('aria-busy') === 'false' || !placeBox.hidden) resultsHeading.focus()
}

function scheduleSearch(): void {
  clearTimeout(debounceTimer)
  debounceTimer = setTimeout(() => void runSearch(), DEBOUNCE_MS)
}

function start(): void {
  app.hidden = false
  input.value = state.q

  form.addEventListener('submit', (event) => {
    event.preventDefault()
    state = { q: input.value, selection: state.selection }
    void runSearch().then(focusResults)
  })
  input.addEventListener('input', () => {
    state = { q: input.value, selection: state.selection }
    scheduleSearch()
  })
  fullButton.addEventListener('click', () => {
    state = { ...state, q: input.value, full: true }
    void runSearch().then(focusResults)
  })
  // Pagefind loads for a full-text search, or when the reader opens the filters (a township's
  // name needs only the place-name index).
  filtersPanel.addEventListener('toggle', () => {
    if (!filtersPanel.open || filtersShown) return
    void loadPagefind()
      .then(() => {
        if (!filtersShown) renderFilters(null)
      })
      .catch(() => setStatus(loadFailure))
  })
  filterGroupsBox.addEventListener('change', (event) => {
    const box = event.target
    if (!(box instanceof HTMLInputElement) || !isFilterKey(box.name)) return
    const selection: Selection = toggle(state.selection, box.name, box.value, box.checked)
    state = { ...state, q: input.value, selection }
    void runSearch()
  })
  clearButton.addEventListener('click', () => {
    state = { ...state, q: input.value, selection: {} }
    void runSearch().then(() => input.focus())
  })
  moreButton.addEventListener('click', () => {
    void showMore(generation)
      .then((first) => first?.focus())
      .catch(() => setStatus('检索出错，请稍后重试'))
  })

  // Arriving with a query (the home page's form): the results are what the reader came for.
  if (state.q || hasSelection(state.selection)) void runSearch().then(focusResults)
}

start()
