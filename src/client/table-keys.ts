/**
 * One tab stop per statistical table of a report page. Each table's scroll box is in the tab
 * order already; this makes its numbers (links to their source lines) leave it, and lets arrow
 * keys move among them instead (src/utils/report/grid-move.ts): an arrow key in the box goes to
 * the number last visited (at first the first), Enter opens a number's line, Esc returns to the
 * box, Tab leaves the table. Without the script every number stays a tab stop: nothing is lost.
 */
import { gridKeys, gridMove, type GridPosition } from '../utils/report/grid-move.ts'

/** The number links of a table, row by row (rows without any left out); not the 已更正 marks. */
function numberLinks(box: HTMLElement): HTMLAnchorElement[][] {
  return [...box.querySelectorAll('tbody tr')]
    .map((tr) => [...tr.querySelectorAll<HTMLAnchorElement>(':scope > td > a:first-child:not(.corrected)')])
    .filter((row) => row.length > 0)
}

/** Where a link stands in the grid, or null. */
function positionOf(rows: HTMLAnchorElement[][], link: EventTarget | null): GridPosition | null {
  for (const [row, links] of rows.entries()) {
    const cell = links.indexOf(link as HTMLAnchorElement)
    if (cell >= 0) return { row, cell }
  }
  return null
}

/** Focus a number and scroll its cell into view, clear of the sticky row labels (the box's scroll padding). */
function focusNumber(link: HTMLAnchorElement): void {
  link.focus({ preventScroll: true })
  link.parentElement!.scrollIntoView({ block: 'nearest', inline: 'nearest' })
}

/** Take a table's numbers out of the tab order and move among them with the keys. */
function enhance(box: HTMLElement, hint: HTMLElement | null): void {
  const rows = numberLinks(box)
  if (!rows.length) return
  for (const link of rows.flat()) link.tabIndex = -1
  if (hint) box.setAttribute('aria-describedby', hint.id)
  let last = rows[0]![0]!
  box.addEventListener('focusin', (event) => {
    if (positionOf(rows, event.target)) last = event.target as HTMLAnchorElement
  })
  box.addEventListener('keydown', (event) => {
    if (event.altKey || event.metaKey || event.shiftKey) return
    if (event.target === box) {
      if (!gridKeys.has(event.key)) return
      event.preventDefault()
      focusNumber(last)
      return
    }
    const at = positionOf(rows, event.target)
    if (!at) return
    if (event.key === 'Escape') {
      event.preventDefault()
      box.focus()
      return
    }
    if (!gridKeys.has(event.key)) return
    event.preventDefault()
    const extents = rows.map((links) => links.map((a) => a.parentElement!.getBoundingClientRect()))
    const next = gridMove(extents, at, event.key, event.ctrlKey)
    if (next) focusNumber(rows[next.row]![next.cell]!)
  })
}

const hint = document.getElementById('table-keys')
if (hint) hint.hidden = false
for (const box of document.querySelectorAll<HTMLElement>('.report-table .table-wrap')) enhance(box, hint)
