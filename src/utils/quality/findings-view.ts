/**
 * What the findings page shows for a filter, in words: whether its findings can be listed (the
 * files it needs hold at most `MAX_FINDINGS`, so the browser never fetches the whole site), the
 * status line, the filter described for people, and the CSV file's name.
 */
import type { FindingsFilter, FindingsIndex, NeededFile } from './findings-index.ts'
import { placeScope } from './findings-index.ts'

/** The most findings the page fetches for one filter (at most this many rows in its files). */
export const MAX_FINDINGS = 20_000
/** The most rows the page's table shows (the CSV has them all). */
export const MAX_ROWS = 300

/** True when the files of a filter are few enough to fetch. */
export const canList = (files: readonly NeededFile[]): boolean => files.reduce((n, f) => n + f.findings, 0) <= MAX_FINDINGS

/** The filter in words: 核对项「…」、宁夏回族自治区、2021 年度; 全部 when it filters nothing. */
export function filterWords(index: FindingsIndex, filter: FindingsFilter): string {
  const rule = index.rules.find((r) => r.id === filter.check)
  const parts = [
    filter.check ? `核对项「${rule?.title ?? filter.check}」` : '',
    filter.place ? (placeScope(index, filter.place)?.name ?? `地区 ${filter.place}`) : '',
    filter.year ? (filter.year === 'na' ? '年度不明' : `${filter.year} 年度`) : '',
  ].filter(Boolean)
  return parts.length ? parts.join('、') : '全部'
}

/** The status line once the findings are in. */
export function statusLine(words: string, count: number, reports: number): string {
  if (count === 0) return `${words}：没有不一致之处。`
  const shown = count > MAX_ROWS ? `，下表列出前 ${MAX_ROWS} 条，CSV 含全部 ${count} 条` : ''
  return `${words}：${reports} 份报告共 ${count} 处不一致${shown}。`
}

/** The status line of a filter with too many findings to fetch. */
export function tooManyLine(words: string, files: readonly NeededFile[]): string {
  const count = files.reduce((n, f) => n + f.findings, 0)
  return `${words}：约 ${count} 处不一致，超过网页一次列出的上限（${MAX_FINDINGS} 处）。请选择省份或年度缩小范围，或下载下面按省份、年度整理的 CSV 文件。`
}

/** The file name of the filtered CSV. */
export function csvName(filter: FindingsFilter): string {
  const parts = [filter.check, filter.place, filter.year].filter(Boolean)
  return `findings${parts.length ? `-${parts.join('-')}` : ''}.csv`
}
