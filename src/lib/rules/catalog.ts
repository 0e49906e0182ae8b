/**
 * Every diagnostic the engine can report, declared once: the reading stages' declarations
 * (src/lib/diagnostics/catalog.ts) and each rule's own (src/lib/rules/*.ts), in pipeline order.
 * The site's rule table, rules/README.md and the README's rule list are made from this.
 */
import { declarations, stageNames, type Stage } from '../diagnostics/catalog.ts'
import type { Severity } from '../types.ts'
import { rules } from './index.ts'
import { yearRules } from './year-rules.ts'

/** One entry of the catalog. */
export interface CatalogEntry {
  id: string
  severity: Severity
  also: readonly Severity[]
  stage: Stage
  /** The stage's name for people (读取文件, 核对 …). */
  stageName: string
  meaning: string
  formula: string | null
}

const stageOrder: readonly Stage[] = ['read', 'front-matter', 'place', 'tables', 'check', 'collection']

/** Every declared diagnostic, grouped by stage in pipeline order. */
export const ruleCatalog: readonly CatalogEntry[] = [
  ...Object.entries(declarations).map(([id, d]) => ({
    id,
    severity: d.severity,
    also: 'also' in d ? d.also : [],
    stage: d.stage,
    meaning: d.meaning,
    formula: null,
  })),
  ...[...rules, ...yearRules].map(({ declaration: d }) => ({
    id: d.id,
    severity: d.severity,
    also: d.also ?? [],
    stage: d.stage,
    meaning: d.meaning,
    formula: d.formula ?? null,
  })),
]
  .map((e) => ({ ...e, stageName: stageNames[e.stage] }))
  .sort((a, b) => stageOrder.indexOf(a.stage) - stageOrder.indexOf(b.stage))
