/**
 * Validation of single entries of content/places.yaml. Each function turns a plain
 * object into a typed entry, or into a list of problems (in Chinese) when it cannot.
 */
import type { PlaceAddition, PlaceAlias, PlaceCorrection } from './types.ts'

/** A checked entry, or the reasons it was rejected, plus notes on ignored fields. */
export type Checked<T> = { entry: T | null; problems: string[]; notes: string[] }

type Raw = Record<string, unknown>

/** Fields every section accepts for the editors' own remarks. */
const REMARK_FIELDS = ['note', '备注']

/** Normalise a code: 12 digits, or 9 digits (a township code without its 000). */
export function normaliseCode(value: unknown): string | null {
  const text = typeof value === 'number' ? String(value) : typeof value === 'string' ? value.trim() : ''
  if (/^\d{12}$/.test(text)) return text
  if (/^\d{9}$/.test(text)) return text + '000'
  return null
}

/** A trimmed non-empty string, or null. */
function text(value: unknown): string | null {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : null
}

/** Notes about fields the section does not know. */
function unknownFields(raw: Raw, known: string[]): string[] {
  return Object.keys(raw)
    .filter((k) => !known.includes(k) && !REMARK_FIELDS.includes(k))
    .map((k) => `未知字段「${k}」已忽略`)
}

/** Collect the optional string fields present in `raw`; note the ones that are not text. */
function optionalTexts(raw: Raw, keys: string[], problems: string[]): Record<string, string> {
  const out: Record<string, string> = {}
  for (const k of keys) {
    if (raw[k] === undefined || raw[k] === null) continue
    const v = text(raw[k])
    if (v === null) problems.push(`字段「${k}」应为文字`)
    else out[k] = v
  }
  return out
}

/** Check a `corrections` entry: a code of the national list and the fields to replace. */
export function checkCorrection(raw: Raw): Checked<PlaceCorrection> {
  const problems: string[] = []
  const code = normaliseCode(raw.code)
  if (!code) problems.push('缺少 code 字段，或 code 不是 12 位数字')
  const fields = optionalTexts(raw, ['name', 'county', 'prefecture', 'province'], problems)
  if (Object.keys(fields).length === 0) problems.push('没有要更正的字段（name、county、prefecture、province）')
  const notes = unknownFields(raw, ['code', 'name', 'county', 'prefecture', 'province'])
  return { entry: problems.length ? null : { code: code!, ...fields }, problems, notes }
}

/** Check an `additions` entry: a township the national list lacks, with its full path. */
export function checkAddition(raw: Raw): Checked<PlaceAddition> {
  const problems: string[] = []
  const code = normaliseCode(raw.code)
  if (!code) problems.push('缺少 code 字段，或 code 不是 12 位数字')
  for (const k of ['name', 'county', 'province']) if (!text(raw[k])) problems.push(`缺少 ${k} 字段`)
  const prefecture = raw.prefecture === undefined || raw.prefecture === null ? null : text(raw.prefecture)
  if (prefecture === null && raw.prefecture != null) problems.push('字段「prefecture」应为文字')
  const notes = unknownFields(raw, ['name', 'code', 'county', 'prefecture', 'province'])
  const entry = problems.length
    ? null
    : { name: text(raw.name)!, code: code!, county: text(raw.county)!, prefecture, province: text(raw.province)! }
  return { entry, problems, notes }
}

/** Check an `aliases` entry: another spelling of a listed name, optionally narrowed. */
export function checkAlias(raw: Raw): Checked<PlaceAlias> {
  const problems: string[] = []
  const alias = text(raw.alias)
  const name = text(raw.name)
  if (!alias) problems.push('缺少 alias 字段（报告中的写法）')
  if (!name) problems.push('缺少 name 字段（名录中的写法）')
  if (alias && alias === name) problems.push('alias 与 name 相同')
  const fields = optionalTexts(raw, ['county'], problems)
  const code = raw.code === undefined || raw.code === null ? undefined : normaliseCode(raw.code)
  if (code === null) problems.push('code 不是 12 位数字')
  const notes = unknownFields(raw, ['alias', 'name', 'county', 'code'])
  const entry = problems.length ? null : { alias: alias!, name: name!, ...fields, ...(code ? { code } : {}) }
  return { entry, problems, notes }
}
