/** The breadcrumb trail of a coverage page: 报告发布情况 (the nation), then the summaries above it. */
import type { TrailLink } from '../trail-link.ts'
import type { ScopeLevel } from './coverage-summary.ts'
import { coverageSummaryPath } from './coverage-paths.ts'

/** Links to the coverage summaries above a page, nation first. */
export function coverageTrail(trail: readonly { key: string; name: string; level: ScopeLevel }[]): TrailLink[] {
  return trail.map((t) => ({ href: coverageSummaryPath(t.key), name: t.level === 'nation' ? '报告发布情况' : t.name }))
}
