/**
 * Types of the place resolver: the public query/result shapes, the registry
 * (content/places.yaml) and the internal township and mention records.
 */

/** What is known about a report when looking up its township. */
export interface PlaceQuery {
  /** Organ name as found in the report, e.g. 东乡族自治县凤山乡人民政府, or null */
  organName: string | null
  /** The title line(s) of the report, e.g. 东乡县凤山乡 2020 年政府信息公开工作年度报告 */
  title: string | null
  /** The full report text (to find county/prefecture/province names as context) */
  text: string
  /** Optional overrides from front matter: township, county, prefecture, province, code */
  hint?: PlaceHint
}

/** Front-matter overrides; every field is optional. */
export interface PlaceHint {
  township?: string
  county?: string
  prefecture?: string
  province?: string
  code?: string
}

/** One finding of the resolver or of the registry parser. */
export interface PlaceDiagnostic {
  ruleId: string
  severity: 'error' | 'warning' | 'info'
  message: string
}

/** The resolved place; fields stay null when the place cannot be decided. */
export interface PlaceResult {
  /** The name as the report spells it (e.g. 凤山乡). */
  township: string | null
  /** The name in the national list when it differs (e.g. 风山乡). */
  officialName: string | null
  county: string | null
  prefecture: string | null
  province: string | null
  /** 12-digit 统计用区划代码. */
  code: string | null
  diagnostics: PlaceDiagnostic[]
}

/** A registry fix of a national-list entry, addressed by its 12-digit code. */
export interface PlaceCorrection {
  code: string
  name?: string
  county?: string
  prefecture?: string | null
  province?: string
}

/** A township the national list lacks. */
export interface PlaceAddition {
  name: string
  code: string
  county: string
  prefecture: string | null
  province: string
}

/** Another spelling of a listed township, optionally narrowed to a county or a code. */
export interface PlaceAlias {
  alias: string
  name: string
  county?: string
  code?: string
}

/** The entries of content/places.yaml. */
export interface PlaceRegistry {
  corrections: PlaceCorrection[]
  additions: PlaceAddition[]
  aliases: PlaceAlias[]
}

/** One township-level unit with its full path. */
export interface Township {
  name: string
  /** 12 digits; its first 2/4/6 digits are the province/prefecture/county codes. */
  code: string
  county: string | null
  prefecture: string | null
  province: string | null
}

/** Administrative level of a name found as context. */
export type AdminLevel = 'province' | 'prefecture' | 'county'

/** A province, prefecture or county name found in a text, with every unit it may denote. */
export interface Mention {
  text: string
  level: AdminLevel
  /** Code prefixes (2, 4 or 6 digits) of the units the name may denote. */
  codes: string[]
}

/** Create an empty registry. */
export function emptyRegistry(): PlaceRegistry {
  return { corrections: [], additions: [], aliases: [] }
}
