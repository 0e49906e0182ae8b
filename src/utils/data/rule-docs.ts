/**
 * Every diagnostic rule id the engine can put in a record's `diagnostics`, with its severity
 * and its meaning in Chinese, for the data page: a view of the engine's one catalog
 * (`ruleCatalog`, src/lib/rules/catalog.ts), never typed again here.
 */
import { ruleCatalog, severityWords, type CatalogEntry } from '../../lib/index.ts'

/** One documented rule id. */
export interface RuleDoc {
  ruleId: string
  /** 错误 / 警告 / 提示, or two of them when the rule uses both. */
  severity: string
  /** What it means and what the site does about it. */
  meaning: string
  /** Which stage reports it (读取文件, 核对 …). */
  stage: string
}

/** The page's view of one catalog entry. */
function ruleDoc(entry: CatalogEntry): RuleDoc {
  const severity = [entry.severity, ...entry.also].map((s) => severityWords[s]).join('或')
  return { ruleId: entry.id, severity, meaning: entry.meaning, stage: entry.stageName }
}

/** All rule ids, grouped by stage. */
export const ruleDocs: readonly RuleDoc[] = ruleCatalog.map(ruleDoc)
