/**
 * Tables as `pdftotext -layout` prints a Word-exported PDF: columns aligned with runs of spaces,
 * numbers right-aligned under their header, long labels wrapped onto the line before their
 * figures, group labels (三、本年度办理结果, （三）不予公开) printed beside the middle of their group,
 * narrow header words broken in two (商业 / 企业).
 */
import { matrix, type Grid } from '../tables.ts'

/** Display width: CJK and full-width characters take two columns. */
export function width(text: string): number {
  let w = 0
  for (const ch of text) w += ch.charCodeAt(0) > 0x2e7f ? 2 : 1
  return w
}

/** A line being laid out: text placed at display columns. */
class Line {
  text = ''
  /** Put `text` starting at `column` (at least two spaces after what is there). */
  at(column: number, text: string): this {
    if (!text) return this
    const w = width(this.text)
    this.text += ' '.repeat(this.text && column - w < 2 ? 2 : Math.max(0, column - w)) + text
    return this
  }
  /** Put `text` so that it ends at `column`. */
  right(column: number, text: string): this {
    return this.at(column - width(text), text)
  }
}

/** Split `text` into pieces of at most `max` display columns. */
function wrap(text: string, max: number): string[] {
  const out: string[] = []
  let piece = ''
  for (const ch of text) {
    if (width(piece + ch) > max && piece) {
      out.push(piece)
      piece = ''
    }
    piece += ch
  }
  return [...out, piece]
}

/** Value rows of a grid: labels on the left (wrapped), figures right-aligned, group labels at mid-group. */
function valueRows(grid: Grid, labelStarts: number[], labelWidths: number[], valueEnds: number[]): string[] {
  const cells = matrix(grid)
  const out: string[] = []
  const labelColumns = labelStarts.length
  for (let r = grid.headerRows; r < cells.length; r++) {
    const row = cells[r]!
    if (row.every((c) => c.cell.role === 'caption')) {
      out.push(new Line().at(labelStarts[0]! + 20, row[0]!.text).text)
      continue
    }
    // The own label: the last label column that starts a cell on this row.
    let own = -1
    for (let c = 0; c < labelColumns; c++) if (row[c]!.origin && !(row[c]!.cell.rowspan! > 1)) own = c
    const span = own < 0 ? 1 : (row[own]!.cell.colspan ?? 1)
    const room = labelWidths.slice(own, own + span).reduce((a, b) => a + b, 0) - 2
    const pieces = own < 0 ? [''] : wrap(row[own]!.text, room)
    const lines = pieces.map(() => new Line())
    for (let c = 0; c < labelColumns; c++) {
      const { cell, top } = row[c]!
      if (c === own) pieces.forEach((piece, i) => lines[i]!.at(labelStarts[c]!, piece))
      else if ((cell.rowspan ?? 1) > 1) {
        // A group label stands beside the middle row of its group (on that row's first line, as pdftotext prints it).
        if (r === top + Math.floor(((cell.rowspan ?? 1) - 1) / 2)) lines[0]!.at(labelStarts[c]!, cell.text)
      }
    }
    const line = lines[lines.length - 1]!
    row.slice(labelColumns).forEach((c, i) => {
      if (c.origin) line.right(valueEnds[i]!, c.text)
    })
    out.push(...lines.map((l) => l.text))
  }
  return out
}

/** Table 二: caption lines, header lines and value lines, four columns. */
function proactive(grid: Grid): string[] {
  const starts = [6, 31, 49, 67]
  const out: string[] = []
  for (const row of grid.rows) {
    const line = new Line()
    if (row[0]!.role === 'caption') line.at(25, row[0]!.text)
    else if (row[0]!.role === 'head') {
      let c = 0
      for (const cell of row) {
        line.at(starts[c]!, cell.text)
        c += cell.colspan ?? 1
      }
    } else {
      line.at(starts[0]!, row[0]!.text)
      let c = 1
      for (const cell of row.slice(1)) {
        line.right(starts[c]! + 12, cell.text)
        c += cell.colspan ?? 1
      }
    }
    out.push(line.text)
  }
  return out
}

/** Header words of table 三's applicant columns, broken as a narrow PDF column prints them. */
function brokenWord(word: string): [string, string] {
  if (word.length <= 3 && word !== '商业企业') return [word, '']
  const cut = word.length === 4 ? 2 : 3
  return [word.slice(0, cut), word.slice(cut)]
}

/** Table 三: the four header lines of the template, then the value rows. */
function requests(grid: Grid): string[] {
  const ends = [72, 80, 88, 98, 108, 116, 124]
  const words = [grid.rows[1]![0]!.text, ...grid.rows[2]!.map((c) => c.text), grid.rows[1]![2]!.text].map(brokenWord)
  const corner = grid.rows[0]![0]!.text
  const half = Math.ceil(corner.length / 2)
  const top = new Line().at(3, corner.slice(0, half))
  const bottom = new Line().at(4, corner.slice(half))
  words.forEach(([a, b], i) => {
    top.right(ends[i]!, a)
    bottom.right(ends[i]!, b)
  })
  const head = [new Line().at(70, '申请人情况').text, new Line().at(75, '法人或其他组织').text, top.text, bottom.text]
  return [...head, ...valueRows(grid, [0, 17, 32], [17, 15, 34], ends)]
}

/** Table 四: the captions, the outcome words in two lines, and the fifteen figures. */
function appeals(grid: Grid): string[] {
  const ends = Array.from({ length: 15 }, (_, i) => 6 + i * 6 + Math.floor(i / 5) * 4)
  const top = new Line()
  const bottom = new Line()
  const outcome = grid.rows[1]!.slice(0, 5).map((c) => c.text)
  for (let i = 0; i < 15; i++) {
    const word = outcome[i % 5]!
    const [a, b] = word.length === 4 ? [word.slice(0, 2), word.slice(2)] : ['', word]
    top.right(ends[i]!, a)
    bottom.right(ends[i]!, b)
  }
  const values = new Line()
  grid.rows[3]!.forEach((c, i) => values.right(ends[i]!, c.text))
  return [
    new Line().at(12, '行政复议').at(60, '行政诉讼').text,
    new Line().at(42, '未经复议直接起诉').at(78, '复议后起诉').text,
    top.text,
    bottom.text,
    values.text,
  ]
}

/** The lines of a table as `pdftotext -layout` prints it. */
export function pdftotextTable(grid: Grid): string[] {
  return grid.table === 'proactive' ? proactive(grid) : grid.table === 'requests' ? requests(grid) : appeals(grid)
}
