/**
 * Text of HTML blocks: hast text nodes gathered into a "piece" with normalised text and the
 * source point of its first visible character.
 */
import type { Text } from 'hast'
import type { Point } from 'unist'
import { normaliseText } from '../decode.ts'

/** A run of text from one hast text node, still in source order. */
export interface Segment {
  value: string
  node: Text
  /** Inside an `<a href>`. */
  link?: boolean
}

/** The normalised text of a block with the source points where it starts and ends. */
export interface Piece {
  text: string
  start: Point
  end: Point
  /** Source offset of the block's first text node (before any leading whitespace or `&nbsp;`). */
  from?: number
}

/** Whether `ch` shows on screen once normalised (not whitespace, not zero-width). */
function visible(ch: string): boolean {
  return normaliseText(ch).trim() !== ''
}

/** Whether `ch` is a CJK or full-width character (a source newline between two of them is dropped). */
function wide(ch: string | undefined): boolean {
  return ch !== undefined && ch.charCodeAt(0) >= 0x2e80
}

/** Collapse HTML whitespace like a browser, apply `normaliseText`, squeeze spaces and trim. */
export function cleanText(text: string): string {
  const collapsed = text.replace(/[ \t\n\r\f]+/g, (run: string, at: number, all: string) =>
    /[\n\r]/.test(run) && wide(all[at - 1]) && wide(all[at + run.length]) ? '' : ' ',
  )
  return normaliseText(collapsed).replace(/ {2,}/g, ' ').trim()
}

/** Source point of the `skip`-th character of a text node, walking its raw source (entities, CRLF). */
export function pointAt(node: Text, source: string, skip: number): Point | null {
  const pos = node.position
  if (!pos || pos.start.offset === undefined || pos.end.offset === undefined) return pos ? { ...pos.start } : null
  const raw = source.slice(pos.start.offset, pos.end.offset)
  let { line, column } = pos.start
  let i = 0
  for (let j = 0; j < skip && i < raw.length; j++) {
    const ch = raw[i]
    const entity = ch === '&' && ch !== node.value[j] ? /^&(?:#\d+|#x[\da-f]+|[a-z][a-z\d]*);?/i.exec(raw.slice(i, i + 40)) : null
    const width = entity ? entity[0].length : ch === '\r' && raw[i + 1] === '\n' ? 2 : 1
    if (ch === '\n' || ch === '\r') {
      line++
      column = 1
    } else column += width
    i += width
  }
  return { line, column, offset: pos.start.offset + i }
}

/** Text around links that still leaves a line navigation: dates, counts, separators ("[2022-01-17]", "首页 > 政务公开"). */
const linkCompanion = /^[\s\d\-/.:：年月日()（）[\]【】|>»›·、,，]*$/

/**
 * Whether segments are navigation: link text, with at most a date or separators beside it
 * (menus, breadcrumbs, 相关链接 lists naming other reports). Report text is never only links.
 */
export function isNavigation(segments: Segment[]): boolean {
  const links = segments
    .filter((s) => s.link)
    .map((s) => s.value)
    .join('')
  const rest = segments
    .filter((s) => !s.link)
    .map((s) => s.value)
    .join('')
  return cleanText(links) !== '' && linkCompanion.test(normaliseText(rest))
}

/** Gather segments into a piece; null when they hold no visible text. */
export function pieceOf(segments: Segment[], source: string, fallback: Point): Piece | null {
  const text = cleanText(segments.map((s) => s.value).join(''))
  if (text === '') return null
  let start: Point | null = null
  for (const seg of segments) {
    const k = seg.value.split('').findIndex(visible)
    if (k < 0) continue
    start = pointAt(seg.node, source, k)
    break
  }
  const last = segments[segments.length - 1].node.position?.end
  const begin = start ?? fallback
  return { text, start: begin, end: last ? { ...last } : begin, from: segments[0]!.node.position?.start.offset }
}
