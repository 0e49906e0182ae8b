/**
 * The public record format and the engine's internal node types.
 * The record (`ReportRecord`) is the published data format: see README「数据格式」.
 */
import type { Position } from 'unist'

/** How serious a diagnostic is: `error` fails `npm run check` and the build. */
export type Severity = 'error' | 'warning' | 'info'

/** One problem found in a report, positioned at a 1-based source line and column. */
export interface Diagnostic {
  ruleId: string
  severity: Severity
  message: string
  line: number | null
  column: number | null
  /** Another file the problem involves (a duplicate's twin), as vfile's `cause` points at it. */
  cause?: { path: string; line: number | null }
}

/** One value cell of a statistical table, traced to its source line. */
export interface Cell {
  /** Canonical row label (exact strings in `labels/`). */
  row: string
  /** Canonical column label. */
  column: string
  /** The number, or null when the cell is blank / "-" / "/" / uncertain (not reported). "无" is 0. */
  value: number | null
  /** The cell text as written (after whitespace trimming only). */
  raw: string
  /** Money unit as written (`万元`, `元`) or given by the header; null when none. */
  unit: string | null
  /** 1-based source line the value came from. */
  line: number
  /** PDF sources only: the 1-based page of the original file the value stands on. */
  page?: number
  /**
   * Present only when the cell was written but could not be read reliably (its value is then
   * null, never a guess): the rule that says why and its message.
   */
  uncertain?: { ruleId: string; message: string }
  /**
   * Present only when the editor corrected this cell in the front matter (`corrections`): the value
   * as read from the source before the correction (null when blank or unreadable) and why it was
   * corrected. `value` is then the corrected value; `raw` and `line` still show the source.
   */
  corrected?: { from: number | null; reason: string }
}

/** Which State Council template a table follows. */
export type TableFormat = '2019' | '2021'

/** Table 二 or 三 as recognised. */
export interface FormattedTable {
  format: TableFormat
  /** First source line of the table. */
  line: number
  cells: Cell[]
}

/** Table 四 (its layout is the same in both formats). */
export interface AppealTable {
  line: number
  cells: Cell[]
}

/** One of the six sections, as found. */
export interface SectionRecord {
  number: 1 | 2 | 3 | 4 | 5 | 6
  title: string
  line: number
}

/** The organ and its place; null where unknown. */
export interface OrganRecord {
  name: string | null
  township: string | null
  county: string | null
  prefecture: string | null
  province: string | null
  /** 12-digit 统计用区划代码 of the township. */
  code: string | null
}

/** One paragraph of report text and the 1-based source line it starts on. */
export interface Paragraph {
  text: string
  line: number
}

/** The report's text in reading order: what precedes section 一, then each section found (headings left out). */
export interface Narrative {
  intro: Paragraph[]
  sections: { number: SectionRecord['number']; paragraphs: Paragraph[] }[]
}

/** Where a record came from: the file, how it was read, and its fingerprint. */
export interface SourceRecord {
  path: string
  /** Text encoding of text and web-page files; null for PDF and Word files. */
  encoding: string | null
  sha256: string
  /** The reader that read the file: text, markdown, html, mhtml, docx, doc or pdf. */
  reader: string | null
  /** PDF files: the number of pages; otherwise null. */
  pages: number | null
}

/** The published record of one report file. */
export interface ReportRecord {
  id: string
  source: SourceRecord
  organ: OrganRecord
  year: number | null
  publishedOn: string | null
  documentNumber: string | null
  sections: SectionRecord[]
  tables: {
    proactive: FormattedTable | null
    requests: FormattedTable | null
    appeals: AppealTable | null
  }
  /** The text of the report outside its tables, by section. */
  narrative: Narrative
  /** The official publication (web page or document) this file reproduces, as the editor gave it; null when not given. */
  sourceUrl: string | null
  /** Values the editor corrected in the front matter, each with the original reading and the reason. */
  corrections: Correction[]
  /** The file this one replaces (a 更正版/修订版 names the earlier version's file name in its front matter); null when none. */
  supersedes: string | null
  diagnostics: Diagnostic[]
  /**
   * The quality card: every check the rules made, passed, failed (each failure is also a
   * diagnostic) or not evaluable, in rule order; the cross-year checks (previous year's record of
   * the same place) are added by the collection step.
   */
  quality: QualityCheck[]
}

/** One check of the quality card. */
export interface QualityCheck {
  /** Rule id (the rule file's name), e.g. 'request-balance'. */
  ruleId: string
  /** What is checked, in plain Chinese, e.g. 表三「自然人」列. */
  subject: string
  /** The formula in plain Chinese, e.g. 一 + 二 = 三（七）总计 + 四. */
  formula: string
  status: 'pass' | 'fail' | 'unknown'
  /** Both sides and their difference where numeric. */
  left?: number | null
  right?: number | null
  difference?: number | null
  /** Why it failed or could not be evaluated, in Chinese. */
  reason?: string
  /** Source line the check points at (null when none). */
  line: number | null
}

/** Record fields an editor may correct by name (the other corrections target table cells). */
export type CorrectableField =
  'organ' | 'township' | 'county' | 'prefecture' | 'province' | 'code' | 'year' | 'publishedOn' | 'documentNumber'

/** One correction the editor made, as published: what, from what to what, why, and where it is written. */
export interface Correction {
  /** A table cell (table key, canonical row and column labels) or a record field. */
  target: { table: 'proactive' | 'requests' | 'appeals'; row: string; column: string } | { field: CorrectableField }
  /** The value as read from the source (null when blank, unreadable or not found). */
  from: number | string | null
  to: number | string | null
  reason: string
  /** Where the correction is written: the report file itself or its front matter file beside it, and the line there. */
  at: { path: string; line: number }
}

/** One cell of a source line as split by the tokenizer (tab, pipe, runs of spaces, html cell). */
export interface CellToken {
  /** Cell text, whitespace-trimmed, full-width digits/punctuation folded. */
  text: string
  /** 1-based line of the cell. */
  line: number
  /** 1-based column of the cell's first character on that line. */
  column: number
  /**
   * Space-aligned text only (pdftotext -layout): the display column where the cell ends,
   * counting wide (CJK) characters as two. Used to place values when blank cells vanished.
   */
  x?: number
  /**
   * Grid rows only: true for a slot covered by the colspan of a cell to its left in the same
   * row (its text is ''). Such a slot is part of that cell, never a blank value of its own.
   */
  covered?: true
}

/**
 * How a line was split into cells. Text files: `tab`, `pipe`, `spaces` (pdftotext -layout) or
 * `plain`. Structured sources (web pages, Word, PDF): `paragraph` for a block of running text
 * and `grid-row` for one row of a table grid, spans expanded (a spanning cell's text once, the
 * slots it covers ''), which is the one table model every reader hands to the recognisers.
 */
export type LineLayout = 'tab' | 'pipe' | 'spaces' | 'plain' | 'grid-row' | 'paragraph'

/**
 * One logical line of the report: a text line of a .txt/.md file, or for structured sources a
 * paragraph/heading (`paragraph`) or a table row (`grid-row`).
 */
export interface LineNode {
  type: 'line'
  /** The whole line's normalised text (cells joined by a tab for rows). */
  text: string
  cells: CellToken[]
  layout: LineLayout
  /** True when the line holds no visible text. */
  blank: boolean
  position: Position
}

/** The syntax tree the parser plugin produces: the report as a list of lines. */
export interface ReportRoot {
  type: 'root'
  children: LineNode[]
  data?: { front?: FrontMatter | null }
}

/** Optional YAML front matter an editor may put at the top of a file (overrides inference). */
export interface FrontMatter {
  id?: string
  organ?: string
  township?: string
  county?: string
  prefecture?: string
  province?: string
  code?: string
  year?: number
  publishedOn?: string
  documentNumber?: string
  /** The report really has none of tables 二, 三 and 四 (otherwise such a file may not publish). */
  noTables?: 1
  /** The official publication's web address (http or https). */
  sourceUrl?: string
  /** The file name of an earlier version this file replaces (a 更正版): that file is then not published. */
  supersedes?: string
  /** Corrections of misread values, each with a reason (checked against the report after reading). */
  corrections?: CorrectionRequest[]
}

/** A correction as written in the front matter, checked for form only (its target is checked after reading). */
export interface CorrectionRequest {
  /** 表二/表三/表四 (or 二/三/四) with a row and a column label, or a record field name. */
  table?: string
  row?: string
  column?: string
  field?: string
  /** The corrected value: a number for cells (null: not reported), text or a number for fields. */
  value: number | string | null
  reason: string
  /** 1-based line of the entry in the file that holds it, and that file when it is not the report itself. */
  line: number
  file?: string
}
