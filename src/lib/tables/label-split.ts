/**
 * How label cells are split when extraction joined them: a group label and a row label in
 * one cell, a label and its numbers separated by single spaces, header words in one cell, a
 * label run into its numbers, and page footers that are not table content.
 */
import { parseCellValue } from './cell-value.ts'
import type { CellToken } from '../types.ts'

/** Page numbers and footers printed inside a table by PDF extraction: "- 3 -", "第 3 页 共 8 页". */
export function isPageFooter(text: string): boolean {
  return /^[-—–]\s*\d{1,3}\s*[-—–]$|^第\s*\d{1,3}\s*页(?:\s*[,，/]?\s*共\s*\d{1,3}\s*页)?$|^\d{1,3}\s*\/\s*\d{1,3}$/.test(text.trim())
}

/**
 * Split a label cell that holds a group label and a numbered row label, as space-aligned or
 * flattened text prints them: "（三）不予公开 4.保护第三方合法权益", "（四）无法提供1.本机关…".
 * Only used when the whole cell is not a label.
 */
export function labelParts(cell: CellToken): CellToken[] {
  // Every split point stands before a bracket or a digit: without one, the cell is one part.
  if (!/[（(\d]/.test(cell.text)) return [{ ...cell, text: cell.text.trim(), column: cell.column }]
  const parts = cell.text.split(
    /\s+(?=[（(][一二三四五六七八九十]{1,2}[)）]|\d{1,2}\s*[.．、]\D)|(?<=[\u4e00-\u9fff）)])(?=\d{1,2}\s*[.．、]\D|[（(][一二三四五六七八九十]{1,2}[)）])/,
  )
  let offset = 0
  return parts.map((part) => {
    const at = cell.text.indexOf(part, offset)
    offset = at + part.length
    return { ...cell, text: part.trim(), column: cell.column + at }
  })
}

/**
 * A cell holding a label and its values separated by single spaces, as Word exports with
 * ideographic spaces give them: "规章 0 0 0" → the label "规章" and the values 0, 0, 0.
 */
export function labelThenValues(cell: CellToken): { label: CellToken; values: CellToken[] } | null {
  if (!/\s\S*[\d无]\S*$/.test(cell.text)) return null
  // Take words from the end while they are values (a unit joins the number before it).
  const words = [...cell.text.matchAll(/\S+/g)].map((m) => ({ text: m[0], at: m.index }))
  let first = words.length
  while (first > 0) {
    const w = words[first - 1]!.text
    const unitAfterNumber = /^(万元|亿元|元)$/.test(w) && first >= 2 && parseCellValue(words[first - 2]!.text).kind === 'number'
    if (unitAfterNumber) first -= 2
    else if (parseCellValue(w).kind !== 'text') first -= 1
    else break
  }
  if (first === words.length || first === 0) return null
  const labelText = cell.text.slice(0, words[first]!.at).trim()
  if (!/[\u4e00-\u9fff]/.test(labelText)) return null
  const values: CellToken[] = []
  for (let i = first; i < words.length; i++) {
    const w = words[i]!
    if (/^(万元|亿元|元)$/.test(w.text) && values.length) values[values.length - 1]!.text += ' ' + w.text
    else values.push({ text: w.text, line: cell.line, column: cell.column + w.at })
  }
  return { label: { ...cell, text: labelText }, values }
}

/** The space-separated words of a cell ("信息内容 本年收费金额（单位：万元）"), when it has several. */
export function spacedWords(cell: CellToken): CellToken[] {
  if (!/\S\s+\S/.test(cell.text)) return []
  const words = [...cell.text.matchAll(/\S+/g)]
  return words.length < 2 ? [] : words.map((m) => ({ ...cell, text: m[0], column: cell.column + m.index }))
}

/** For "规章000" return the label part "规章"; null when the cell does not end in digits. */
export function splitRunTogether(text: string): string | null {
  const m = /^(.*?[\u4e00-\u9fff）)])\s*(\d[\d\s.]*)$/.exec(text)
  return m && m[1]!.length >= 2 ? m[1]! : null
}
