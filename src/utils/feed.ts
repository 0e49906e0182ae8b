/**
 * The items of the reports feed (RSS 2.0 via @astrojs/rss): the newest reports, one item each —
 * by report year, then publication date (reports without one after those with one), then place.
 * A feed tells readers what is new; it lists at most `feedLimit` reports, so it does not grow with
 * the corpus (the place and year pages list everything).
 */
import type { ReportRecord } from '../lib/types.ts'
import { reportPath } from './paths.ts'
import { reportTitle } from './report/report-title.ts'

/** One feed item (the fields @astrojs/rss reads). */
export interface FeedItem {
  title: string
  link: string
  description: string
  pubDate?: Date
  categories: string[]
}

/** Province to township, for titles and sorting. */
function placeOf(r: ReportRecord): string {
  const o = r.organ
  return [o.province, o.prefecture, o.county, o.township ?? o.name].filter(Boolean).join('')
}

/** Newest first: year, then publication date, then place. */
function newestFirst(a: ReportRecord, b: ReportRecord): number {
  return (
    (b.year ?? 0) - (a.year ?? 0) ||
    (b.publishedOn ?? '').localeCompare(a.publishedOn ?? '') ||
    placeOf(a).localeCompare(placeOf(b), 'zh-CN')
  )
}

/** Reports in the feed at most. */
export const feedLimit = 100

/** The feed items of the newest `limit` of `records`, newest first. */
export function feedItems(records: readonly ReportRecord[], limit = feedLimit): FeedItem[] {
  return [...records]
    .sort(newestFirst)
    .slice(0, limit)
    .map((r) => {
      const warnings = r.diagnostics.filter((d) => d.severity !== 'info').length
      const parts = [
        placeOf(r),
        r.year === null ? '年度不详' : `${r.year}年度`,
        r.publishedOn ? `发布于 ${r.publishedOn}` : '发布日期未注明',
        warnings ? `核对发现 ${warnings} 处问题` : '核对未发现问题',
      ]
      return {
        title: reportTitle(r),
        link: reportPath(r.id),
        description: parts.join('；') + '。',
        // Chinese dates are in UTC+8.
        pubDate: r.publishedOn ? new Date(`${r.publishedOn}T00:00:00+08:00`) : undefined,
        categories: [r.organ.province, r.organ.county].filter((c): c is string => Boolean(c)),
      }
    })
}
