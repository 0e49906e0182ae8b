/**
 * Split optional YAML front matter (between `---` lines at the very top) from a report file.
 * Each field is checked; a bad value is left out and reported, an unknown key is reported and
 * ignored. The body keeps its line numbers: the caller empties lines 1 … `bodyStartLine` − 1
 * (the block and its `---` lines) instead of removing them. See docs/front-matter.md.
 */
import { LineCounter, parseDocument, isMap, isScalar, isSeq, type Node } from 'yaml'
import type { CorrectionRequest, Diagnostic, FrontMatter } from '../types.ts'
import { isoDate } from '../text/iso-date.ts'

/** What splitting a file gives: the fields, the first line after the block, and problems found. */
export interface FrontMatterSplit {
  front: FrontMatter | null
  bodyStartLine: number
  diagnostics: Diagnostic[]
}

/** A checked field: the value to keep, or a Chinese message saying what is wrong. */
type FieldResult = { value: string | number } | { message: string }

/** A non-empty string field. */
function checkText(v: unknown): FieldResult {
  return typeof v === 'string' && v.trim() ? { value: v.trim() } : { message: '应为非空文字' }
}

/** An id: lower-case letters, digits and hyphens, as used in the report's web address. */
function checkId(v: unknown): FieldResult {
  return typeof v === 'string' && /^[a-z0-9-]+$/.test(v) ? { value: v } : { message: '只能由小写字母、数字和连字符（-）组成' }
}

/** A 12-digit 统计用区划代码, quoted or not (an unquoted one is read by YAML as a number). */
function checkCode(v: unknown): FieldResult {
  const ok = (typeof v === 'string' || Number.isInteger(v)) && /^\d{12}$/.test(String(v))
  return ok ? { value: String(v) } : { message: '应为 12 位数字的统计用区划代码' }
}

/** A report year, 2000–2100, written as a number or a quoted number. */
function checkYear(v: unknown): FieldResult {
  const n = typeof v === 'string' && /^\d+$/.test(v.trim()) ? Number(v) : v
  return typeof n === 'number' && Number.isInteger(n) && n >= 2000 && n <= 2100
    ? { value: n }
    : { message: '应为 2000 至 2100 之间的整数年份' }
}

/** A real calendar date written YYYY-MM-DD. */
function checkDate(v: unknown): FieldResult {
  const m = typeof v === 'string' ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(v.trim()) : null
  return m && isoDate(+m[1]!, +m[2]!, +m[3]!) ? { value: m[0] } : { message: '应为真实存在的日期，格式 YYYY-MM-DD（如 2022-01-04）' }
}

/** `true`: the editor states that the report really has no statistical table. */
function checkTrue(v: unknown): FieldResult {
  return v === true ? { value: 1 } : { message: '只能写 true（表示这份报告确实没有统计表）' }
}

/** An http(s) web address of the official publication; nothing else may become a link on the site. */
function checkUrl(v: unknown): FieldResult {
  if (typeof v !== 'string' || v.trim().length > 2000) return { message: '应为以 http:// 或 https:// 开头的网址' }
  try {
    const url = new URL(v.trim())
    if ((url.protocol === 'http:' || url.protocol === 'https:') && url.hostname) return { value: url.href }
  } catch {
    // not a URL: the message below
  }
  return { message: '应为以 http:// 或 https:// 开头的完整网址（如 https://www.example.gov.cn/zwgk/2022/0118/1234.html）' }
}

/** The check of every known scalar field (`corrections`, a list, is checked by `checkCorrections`). */
const fields: Readonly<Record<Exclude<keyof FrontMatter, 'corrections'>, (v: unknown) => FieldResult>> = {
  id: checkId,
  organ: checkText,
  township: checkText,
  county: checkText,
  prefecture: checkText,
  province: checkText,
  code: checkCode,
  year: checkYear,
  publishedOn: checkDate,
  documentNumber: checkText,
  noTables: checkTrue,
  sourceUrl: checkUrl,
  supersedes: checkText,
}

/** Check a value for a scalar field by name (also used for the field corrections): the value to keep, or what is wrong. */
export function checkFieldValue(name: keyof typeof fields, value: unknown): { value: string | number } | { message: string } {
  return fields[name](value)
}

/** Every field name, for the unknown-field message. */
const fieldNames = [...Object.keys(fields), 'corrections']

/** Keys of one correction entry. */
const correctionKeys = ['table', 'row', 'column', 'field', 'value', 'reason']

/**
 * The `corrections` list: each entry a map with `reason` and either `table` + `row` + `column`
 * (a cell) or `field` (a record field), and `value`. Form only; targets are checked after reading.
 */
function checkCorrections(
  node: unknown,
  lineOf: (n: Node | null | undefined) => number,
  keyLine: number,
): { value: CorrectionRequest[]; problems: Diagnostic[] } {
  const problems: Diagnostic[] = []
  const value: CorrectionRequest[] = []
  const example = '每一条写 table（表二/表三/表四）、row、column、value、reason，或 field、value、reason'
  if (!isSeq(node))
    return { value, problems: [problem('error', `元数据字段“corrections”应为一个列表（每条以“- ”开头）：${example}`, keyLine)] }
  for (const item of node.items) {
    const line = lineOf(item as Node)
    if (!isMap(item)) {
      problems.push(problem('error', `更正条目格式有误：${example}`, line))
      continue
    }
    const entry: Record<string, unknown> = {}
    for (const pair of item.items) {
      const key = isScalar(pair.key) ? String(pair.key.value) : String(pair.key)
      if (!correctionKeys.includes(key))
        problems.push(
          problem('warning', `更正条目中未知的字段“${key}”，已忽略（可用字段：${correctionKeys.join('、')}）`, lineOf(pair.key as Node)),
        )
      else entry[key] = isScalar(pair.value) ? pair.value.value : pair.value
    }
    const text = (k: string): string | undefined =>
      typeof entry[k] === 'string' && (entry[k] as string).trim()
        ? (entry[k] as string).trim()
        : typeof entry[k] === 'number'
          ? String(entry[k])
          : undefined
    const reason = text('reason')
    const cell = ['table', 'row', 'column'].map(text)
    const field = text('field')
    const raw = entry.value
    const v = typeof raw === 'string' ? raw.trim() : raw
    if (!reason)
      problems.push(
        problem('error', '更正条目缺少 reason（更正理由），更正未采用：请写明依据，例如“原文此格印刷不清，依存档原件更正”', line),
      )
    else if (field && cell.some(Boolean))
      problems.push(problem('error', '更正条目只能更正一项：写 field，或写 table、row、column，不能同时写', line))
    else if (!field && cell.some((c) => !c))
      problems.push(
        problem('error', `更正条目缺少 ${['table', 'row', 'column'].filter((_, i) => !cell[i]).join('、')}，更正未采用：${example}`, line),
      )
    else if (!Object.hasOwn(entry, 'value'))
      problems.push(problem('error', '更正条目缺少 value（更正后的值），更正未采用；未填报请写 value: null', line))
    else if (v !== null && typeof v !== 'number' && typeof v !== 'string')
      problems.push(problem('error', '更正条目的 value 应为一个数字或文字', line))
    else
      value.push({
        ...(field ? { field } : { table: cell[0], row: cell[1], column: cell[2] }),
        value: v === '' ? null : (v as number | string | null),
        reason,
        line,
      })
  }
  return { value, problems }
}

/** What a YAML error means, in words an editor can act on. */
const yamlErrors: Readonly<Record<string, string>> = {
  DUPLICATE_KEY: '同一个字段写了两次，请只保留一个',
  TAB_AS_INDENT: '行首不能用制表符（Tab），请删除',
  MISSING_CHAR: '引号或括号没有成对，请检查',
  BLOCK_AS_IMPLICIT_KEY: '一行只能写一个“字段: 值”；值里有冒号时请用英文双引号括起整个值',
}

/** A Chinese message for a YAML error code; the fallback covers bad indentation and stray brackets. */
function yamlMessage(code: string): string {
  return yamlErrors[code] ?? '格式不正确：每行写“字段: 值”，行首不要空格；值以 [ 开头或含有冒号、# 时请用英文双引号括起整个值'
}

/** A `front-matter` diagnostic at a 1-based line. */
function problem(severity: Diagnostic['severity'], message: string, line: number, column: number | null = 1): Diagnostic {
  return { ruleId: 'front-matter', severity, message, line, column }
}

/** Split `text` into front matter and body; a file without front matter comes back unchanged. */
export function splitFrontMatter(text: string): FrontMatterSplit {
  const none = { front: null, bodyStartLine: 1, diagnostics: [] as Diagnostic[] }
  if (!/^\uFEFF?---[ \t]*(?:\r?\n|$)/.test(text)) return none
  const rows = text.split(/\r?\n/)
  const close = rows.findIndex((r, i) => i > 0 && /^(?:---|\.\.\.)\s*$/.test(r))
  if (close < 0) return { ...none, diagnostics: [problem('error', '文件开头的 --- 没有对应的结束行 ---，元数据未读取', 1)] }

  const bodyStartLine = close + 2
  const diagnostics: Diagnostic[] = []
  const counter = new LineCounter()
  const doc = parseDocument(rows.slice(1, close).join('\n'), { lineCounter: counter, prettyErrors: false })
  for (const e of doc.errors) {
    const pos = counter.linePos(e.pos[0])
    diagnostics.push(problem('error', `元数据格式有误（${e.code}）：${yamlMessage(e.code)}`, pos.line + 1, pos.col))
  }
  if (doc.errors.length) return { front: null, bodyStartLine, diagnostics }
  if (doc.contents === null) return { front: {}, bodyStartLine, diagnostics }
  if (!isMap(doc.contents)) return { front: null, bodyStartLine, diagnostics: [problem('error', '元数据应为“字段: 值”的列表', 2)] }

  const front: Record<string, string | number | CorrectionRequest[]> = {}
  const lineOf = (n: Node | null | undefined): number => counter.linePos(n?.range?.[0] ?? 0).line + 1
  for (const pair of doc.contents.items) {
    const key = isScalar(pair.key) ? String(pair.key.value) : String(pair.key)
    const pos = counter.linePos(isScalar(pair.key) ? (pair.key.range?.[0] ?? 0) : 0)
    const line = pos.line + 1
    if (key === 'corrections') {
      if (pair.value === null || (isScalar(pair.value) && (pair.value.value === null || pair.value.value === ''))) continue
      const { value, problems } = checkCorrections(pair.value, lineOf, line)
      diagnostics.push(...problems)
      if (value.length) front.corrections = value
      continue
    }
    const check = Object.hasOwn(fields, key) ? fields[key as keyof typeof fields] : undefined
    if (!check) {
      diagnostics.push(problem('warning', `未知的元数据字段“${key}”，已忽略（可用字段：${fieldNames.join('、')}）`, line, pos.col))
      continue
    }
    const value = isScalar(pair.value) ? pair.value.value : pair.value
    if (value === null || value === '') continue // left empty in a template: not given
    const result = check(value)
    if ('message' in result) diagnostics.push(problem('error', `元数据字段“${key}”的值无效：${result.message}`, line, pos.col))
    else front[key] = result.value
  }
  return { front: front as FrontMatter, bodyStartLine, diagnostics }
}
