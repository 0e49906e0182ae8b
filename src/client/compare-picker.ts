/**
 * The township picker in the browser (markup: src/components/compare/CompareTownshipPicker.astro):
 * province → prefecture → county selects from the place index, a type-to-filter list of
 * check boxes (matching, and which township lists to fetch: src/utils/compare/compare-place-filter.ts)
 * whose count a live region announces, and the chosen townships as chips with a remove button each. Keyboard: ↓ from the
 * search box into the list, ↑/↓ within it, Esc back; Enter in the box chooses the first match.
 * The page owns the choice; the picker reads it and asks for changes through `PickerHooks`.
 */
import { UNKNOWN_COUNTY } from '../utils/compare/compare-counties.ts'
import { yearLabel } from '../utils/compare/compare-data.ts'
import {
  filterTownships,
  listsNeeded,
  matchMessage,
  type ListsNeeded,
  type Narrowing,
  type PickerTownship,
} from '../utils/compare/compare-place-filter.ts'
import type { PlaceIndex } from '../utils/compare/compare-place-index.ts'
import { codeOfPlacePath } from '../utils/search/name-keys.ts'
import { byId, el } from './compare-dom.ts'
import { placeIndex, townshipList } from './compare-files.ts'
import { siteNameLookup } from './search-names.ts'

/** Matches listed at most (the count says how many more there are). */
const LIMIT = 50
/** The prefecture select's value for counties directly under their province. */
const DIRECT = '-'

/** What the picker needs from the page. */
export interface PickerHooks {
  /** The townships chosen now, in canonical order. */
  chosen(): readonly string[]
  /** Choose these townships instead (the page updates the table and the URL). */
  choose(townships: string[]): void
  /** Names of townships known so far (中宁县徐套乡), by key; the picker adds those it lists. */
  labels: Map<string, string>
}

/** The name of a township with its county, as the table heads it. */
export function townshipLabel(t: PickerTownship): string {
  return `${t.county.name === UNKNOWN_COUNTY ? '' : t.county.name}${t.name}`
}

/** Wire the picker; returns `update`, to call whenever the choice changed. */
export function townshipPicker(hooks: PickerHooks): { update(): void } {
  const query = byId<HTMLInputElement>('compare-query')
  const province = byId<HTMLSelectElement>('compare-province')
  const prefecture = byId<HTMLSelectElement>('compare-prefecture')
  const county = byId<HTMLSelectElement>('compare-county')
  const list = byId('compare-matches')
  const status = byId('compare-matches-status')
  const chips = byId('compare-chips')
  const chipsEmpty = byId('compare-chips-empty')
  const clear = byId<HTMLButtonElement>('compare-clear-townships')
  const addAll = byId<HTMLButtonElement>('compare-add-all')
  let shown: PickerTownship[] = []
  let seq = 0
  // The search page's place-name index (its bucket count is on the page; 0: none).
  const nameBuckets = Number(document.getElementById('compare-chooser')?.dataset.nameBuckets ?? 0) || 0
  const names = siteNameLookup(nameBuckets)

  /** The narrowing the selects show. */
  const narrowing = (): Narrowing => ({
    province: province.value || null,
    prefecture: prefecture.value ? (prefecture.value === DIRECT ? '' : prefecture.value) : null,
    county: county.value || null,
  })

  /** Replace a select's options after its first (全部), and enable it when it has any. */
  const fill = (select: HTMLSelectElement, options: [string, string][]): void => {
    select.replaceChildren(select.options[0]!, ...options.map(([value, label]) => el('option', { value }, label)))
    select.value = ''
    select.disabled = !options.length
  }

  /** The selects below the province, after a change above. */
  const fillBelow = (index: PlaceIndex, from: 'province' | 'prefecture'): void => {
    const p = index.provinces.find((x) => x.k === province.value)
    if (from === 'province') {
      fill(prefecture, p ? p.p.map((f) => [f.k || DIRECT, f.n || '（省直辖）']) : [])
      // A province with one prefecture-level group (a 直辖市's districts) goes straight to its counties.
      if (p?.p.length === 1) prefecture.value = p.p[0]!.k || DIRECT
    }
    const key = prefecture.value === DIRECT ? '' : prefecture.value
    const counties = p ? p.p.filter((f) => !prefecture.value || f.k === key).flatMap((f) => f.c) : []
    fill(county, p && prefecture.value ? counties.map(([key, name, townships]) => [key, `${name}（${townships} 个乡镇）`]) : [])
  }

  /** The check boxes of the list. */
  const boxes = (): HTMLInputElement[] => [...list.querySelectorAll<HTMLInputElement>('input[data-township]')]

  /** Show the matches and say how many there are. */
  const draw = (matches: PickerTownship[], total: number, narrowTo: ListsNeeded['narrowTo']): void => {
    shown = matches
    const chosen = new Set(hooks.chosen())
    list.replaceChildren(
      ...matches.map((t) => {
        const where = [t.county.province.name, t.county.prefecture.name, t.county.name].filter(Boolean).join(' · ')
        const box = el('input', { type: 'checkbox', 'data-township': t.key }) as HTMLInputElement
        box.checked = chosen.has(t.key)
        const name = t.aliases.length ? `${t.name}（又作${t.aliases.join('、')}）` : t.name
        return el('li', {}, el('label', {}, box, name, el('span', { class: 'where' }, `${where}，${t.years.map(yearLabel).join('、')}`)))
      }),
    )
    list.removeAttribute('aria-busy')
    addAll.hidden = matches.length < 2
    addAll.textContent = `选中列出的 ${matches.length} 个乡镇`
    const message = matchMessage(query.value, matches.length, total, narrowTo, narrowing())
    if (status.textContent !== message) status.textContent = message
  }

  /** Filter again after the query or the narrowing changed (a later call wins). */
  const refresh = async (): Promise<void> => {
    const token = ++seq
    const index = await placeIndex()
    let needed = listsNeeded(index, query.value, narrowing())
    // A bare township name on a large site: the place-name index says which provinces hold it.
    if (needed.narrowTo === 'province' && query.value.trim().length >= 2 && nameBuckets > 0) {
      const matches = await names.lookup(query.value).catch(() => null)
      if (token !== seq) return
      const codes = matches ? [...matches.named, ...matches.mentioned].flatMap((p) => codeOfPlacePath(p.path) ?? []) : []
      needed = listsNeeded(index, query.value, narrowing(), undefined, codes)
    }
    if (needed.narrowTo) return token === seq ? draw([], 0, needed.narrowTo) : undefined
    list.setAttribute('aria-busy', 'true')
    const entries = (await Promise.all(needed.lists.map(townshipList))).flat()
    if (token !== seq) return
    for (const t of entries) if (!hooks.labels.has(t.key)) hooks.labels.set(t.key, townshipLabel(t))
    const { shown: matches, total } = filterTownships(entries, query.value, narrowing(), LIMIT)
    draw(matches, total, null)
  }

  /** Choose or drop townships. */
  const set = (keys: string[], on: boolean): void => {
    const next = new Set(hooks.chosen())
    for (const k of keys) {
      if (on) next.add(k)
      else next.delete(k)
    }
    hooks.choose([...next])
  }

  /** Draw the chips of the chosen townships (again only when they changed, keeping the focus) and tick the listed ones. */
  let drawn = ''
  const update = (): void => {
    const chosen = hooks.chosen()
    const labels = chosen.map((key) => hooks.labels.get(key) ?? key)
    const signature = JSON.stringify([chosen, labels])
    if (signature !== drawn) {
      drawn = signature
      const focused = (document.activeElement as HTMLElement | null)?.dataset?.remove
      chips.replaceChildren(
        ...chosen.map((key, i) => {
          const name = `移除 ${labels[i]}`
          const remove = el('button', { type: 'button', 'data-remove': key, 'aria-label': name, title: name }, '×')
          return el('li', { class: 'chip' }, el('span', {}, labels[i]!), remove)
        }),
      )
      if (focused) chips.querySelector<HTMLButtonElement>(`button[data-remove="${CSS.escape(focused)}"]`)?.focus()
    }
    chipsEmpty.hidden = chosen.length > 0
    clear.hidden = !chosen.length
    const ticked = new Set(chosen)
    for (const b of boxes()) b.checked = ticked.has(b.dataset.township!)
  }

  province.addEventListener('change', () => void placeIndex().then((index) => (fillBelow(index, 'province'), refresh())))
  prefecture.addEventListener('change', () => void placeIndex().then((index) => (fillBelow(index, 'prefecture'), refresh())))
  county.addEventListener('change', () => void refresh())
  query.addEventListener('input', () => void refresh())
  query.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown' && boxes().length) {
      event.preventDefault()
      boxes()[0]!.focus()
    } else if (event.key === 'Enter') {
      event.preventDefault()
      const first = shown[0]
      if (!first) return
      set([first.key], true)
      query.value = ''
      void refresh()
    }
  })
  list.addEventListener('change', (event) => {
    const box = event.target as HTMLInputElement
    if (box.dataset.township) set([box.dataset.township], box.checked)
  })
  list.addEventListener('keydown', (event) => {
    const all = boxes()
    const at = all.indexOf(event.target as HTMLInputElement)
    if (at < 0) return
    const to = { ArrowDown: at + 1, ArrowUp: at - 1, Home: 0, End: all.length - 1 }[event.key]
    if (event.key === 'Escape' || to === -1) {
      event.preventDefault()
      query.focus()
    } else if (to !== undefined && all[to]) {
      event.preventDefault()
      all[to].focus()
    }
  })
  chips.addEventListener('click', (event) => {
    const button = (event.target as Element).closest<HTMLButtonElement>('button[data-remove]')
    if (!button) return
    const at = [...chips.querySelectorAll('button')].indexOf(button)
    set([button.dataset.remove!], false)
    // Keep the keyboard in the chips: the next chip, else the previous, else the search box.
    const rest = [...chips.querySelectorAll<HTMLButtonElement>('button')]
    ;(rest[at] ?? rest[at - 1] ?? query).focus()
  })
  clear.addEventListener('click', () => {
    hooks.choose([])
    query.focus()
  })
  addAll.addEventListener('click', () =>
    set(
      shown.map((t) => t.key),
      true,
    ),
  )

  void placeIndex().then((index) => {
    fill(
      province,
      index.provinces.map((p) => [p.k, p.n]),
    )
    return refresh()
  })
  return { update }
}
