/** The rules across years, in the order they run (see year-rule.ts). */
import { carriedOverContinuity } from './carried-over-continuity.ts'
import { identicalTables } from './identical-tables.ts'
import { inForceContinuity } from './in-force-continuity.ts'
import { repeatedText } from './repeated-text.ts'
import type { YearRule } from './year-rule.ts'

/** Every rule across years, in a fixed order. */
export const yearRules: readonly YearRule[] = [carriedOverContinuity, inForceContinuity, repeatedText, identicalTables]

/** The ids of the rules across years (what the collection step replaces on each run). */
export const yearRuleIds: ReadonlySet<string> = new Set(yearRules.map((r) => r.declaration.id))
