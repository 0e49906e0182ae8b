/**
 * Find where tables 二, 三 and 四 sit, by their content, wherever they are: runs of tabular
 * lines (prose and section headings end a run), typed by the words their cells hold.
 */
import { matchLabel } from '../template/label-match.ts'
import { labelKey } from '../template/label-text.ts'
import type { LineNode } from '../types.ts'
import type { TableKey } from '../template/tables.ts'
import {
  appealColumnIndex,
  appealGroupIndex,
  proactiveColumnIndex,
  proactiveRowIndex,
  requestHeaderIndex,
  requestRowIndex,
} from '../template/vocabulary.ts'

/** A run of lines holding one table. */
export interface TableRegion {
  kind: TableKey
  lines: LineNode[]
}

const itemCaption = /第二十[一]?条第[（(]?[一二三四五六七八九十]+[)）]?项/

const signalMemo = new Map<string, TableKey | null>()

/** The tables in a fixed order, for counting votes. */
const tableOrder: readonly TableKey[] = ['proactive', 'requests', 'appeals']

/** An ideograph: every table word holds some, so a cell without any (a number, a date) points to no table. */
const ideograph = /[\u4e00-\u9fff]/

/** Which table a single cell's words point to, if any (memoised: cells repeat across reports). */
export function cellSignal(text: string): TableKey | null {
  if (!text || text.length > 80 || !ideograph.test(text)) return null
  const known = signalMemo.get(text)
  if (known !== undefined) return known
  const signal = readSignal(text)
  if (signalMemo.size >= 20_000) signalMemo.clear()
  signalMemo.set(text, signal)
  return signal
}

/** Which table a cell's words point to, computed. */
function readSignal(text: string): TableKey | null {
  if (itemCaption.test(text.replace(/\s+/g, ''))) return 'proactive'
  const key = labelKey(text)
  if (key.length < 2) return null
  if (key === '信息内容') return 'proactive'
  if (key.includes('勾稽关系') || key === '申请人情况' || key === '自然人') return 'requests'
  if (matchLabel(text, requestRowIndex) && !['其他', '总计', '其他处理'].includes(key)) return 'requests'
  if (matchLabel(text, proactiveRowIndex) || matchLabel(text, proactiveColumnIndex)) return 'proactive'
  if (matchLabel(text, appealGroupIndex) || (key !== '总计' && matchLabel(text, appealColumnIndex))) return 'appeals'
  return null
}

/** The table a line points to: the most frequent signal among its cells. */
function lineSignal(line: LineNode): TableKey | null {
  tally.fill(0)
  for (const c of line.cells) {
    const s = cellSignal(c.text)
    if (s) vote(s)
    else if (c.text.length <= 80 && /\s/.test(c.text)) {
      // Words separated by single spaces, as PDF text gives a header row: "行政复议 行政诉讼".
      for (const word of c.text.split(/\s+/)) {
        const w = cellSignal(word)
        if (w) vote(w)
      }
    }
  }
  // Most votes wins; of tables with equally many, the one voted for first.
  let best = -1
  for (let i = 0; i < 3; i++) {
    const n = tally[i]!
    if (n > 0 && (best < 0 || n > tally[best]! || (n === tally[best]! && tally[3 + i]! < tally[3 + best]!))) best = i
  }
  return best < 0 ? null : tableOrder[best]!
}

/** Scratch of `lineSignal` (reset on each call): votes per table, then the order of each table's first vote. */
const tally = new Int32Array(7)

/** One vote for `key` in the tally. */
function vote(key: TableKey): void {
  const i = tableOrder.indexOf(key)
  if (tally[i]!++ === 0) tally[3 + i] = ++tally[6]!
}

/** True for a line split into several cells, at least two of them filled. */
function isCellRow(line: LineNode): boolean {
  if (line.layout === 'plain' || line.layout === 'paragraph') return false
  let filled = 0
  for (const c of line.cells) if (c.text !== '' && ++filled >= 2) return true
  return false
}

/** True for a line of running prose, which ends a table. */
function isProse(line: LineNode): boolean {
  if (line.layout !== 'plain' && line.layout !== 'paragraph') return false
  const text = line.text
  if (text.length > 80) return true
  if (requestHeaderIndex.keys.has(labelKey(text))) return false
  if (cellSignal(text)) return false
  // A label followed by several numbers is a table row, however long ("1.申请人… 0 0 0 0 0 0 0").
  if (/(?:\s[+-]?\d+(?:\.\d+)?|\s无){2,}\s*$/.test(text)) return false
  if (text.includes('。') || /[:：]$/.test(text)) return true
  // A long line of short words is a header or value row of PDF text, not prose.
  if (text.length <= 40) return false
  const words = text.split(/\s+/)
  return !(words.length >= 4 && text.length / words.length < 6)
}

/** Split the report's lines into table regions. `stops` are section-heading lines. */
export function locateTables(lines: readonly LineNode[], stops: ReadonlySet<number>): TableRegion[] {
  const regions: TableRegion[] = []
  let current: TableRegion | null = null
  // Cell rows just before a table's first recognised line: header fragments ("企 业  机 构").
  let lead: LineNode[] = []
  const close = (): void => {
    if (current) regions.push(current)
    current = null
    lead = []
  }
  for (const line of lines) {
    if (line.blank) {
      if (current) current.lines.push(line)
      continue
    }
    if (stops.has(line.position.start.line) || isProse(line)) {
      close()
      continue
    }
    const signal = lineSignal(line)
    if (signal && (!current || current.kind !== signal)) {
      const header: LineNode[] = current ? [] : lead
      close()
      current = { kind: signal, lines: header }
    }
    if (current) current.lines.push(line)
    else lead = isCellRow(line) ? [...lead.slice(-4), line] : []
  }
  close()
  return mergeAdjacent(regions)
}

/**
 * Join consecutive runs of the same table: a page footer, a note or a stray sentence can cut
 * a table in two. Runs of one table separated by another table stay apart.
 */
function mergeAdjacent(regions: TableRegion[]): TableRegion[] {
  const merged: TableRegion[] = []
  for (const region of regions) {
    const last = merged.at(-1)
    if (last && last.kind === region.kind) last.lines.push(...region.lines)
    else merged.push({ kind: region.kind, lines: [...region.lines] })
  }
  return merged
}
