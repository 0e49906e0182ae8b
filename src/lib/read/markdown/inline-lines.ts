/**
 * The visible text of a markdown block, line by line: emphasis, links, code spans and escapes
 * are markup, not text. Each source line keeps its own text and the column where it starts,
 * so a soft-wrapped paragraph still gives one line per source line, as the text reader does.
 */
import type { Nodes } from 'mdast'

/** The text one source line holds and the column of its first visible character. */
export interface InlineLine {
  text: string
  column: number
}

/** Column of the first non-blank character of a 1-based source line. */
function indentColumn(rows: readonly string[], line: number): number {
  const row = rows[line - 1] ?? ''
  return row.length - row.trimStart().length + 1
}

/** Add `value` at `line`:`column` to the line map, starting a line's column at its first visible character. */
function add(out: Map<number, InlineLine>, line: number, column: number, value: string): void {
  const known = out.get(line)
  if (known && known.text.trim() !== '') known.text += value
  else out.set(line, { text: (known?.text ?? '') + value, column: column + (value.length - value.trimStart().length) })
}

/** Add a text-bearing node's value, split at its line endings. */
function addValue(out: Map<number, InlineLine>, rows: readonly string[], value: string, line: number, column: number): void {
  value.split('\n').forEach((part, k) => add(out, line + k, k === 0 ? column : indentColumn(rows, line + k), part))
}

/** Collect the inline text of `node` into `out`, keyed by source line. */
function collect(node: Nodes, rows: readonly string[], out: Map<number, InlineLine>): void {
  const start = node.position?.start
  if (node.type === 'text' && start) addValue(out, rows, node.value, start.line, start.column)
  else if (node.type === 'inlineCode' && start) {
    const ticks = /^`+\s?/.exec((rows[start.line - 1] ?? '').slice(start.column - 1))?.[0].length ?? 1
    addValue(out, rows, node.value, start.line, start.column + ticks)
  } else if ('children' in node) for (const child of node.children) collect(child as Nodes, rows, out)
}

/** The visible text of each source line of `node` (trimmed), keyed by 1-based line. */
export function inlineLines(node: Nodes, rows: readonly string[]): Map<number, InlineLine> {
  const out = new Map<number, InlineLine>()
  collect(node, rows, out)
  for (const [line, value] of out) out.set(line, { text: value.text.trim(), column: value.column })
  return out
}
