/**
 * The findings table of the findings page, made with DOM methods only (never HTML strings, so
 * text from reports stays text): report (linking to its quality card), check, what was checked,
 * both sides, difference, why and the source line. At most MAX_ROWS rows; the CSV has them all.
 */
import { reportPath, sourcePath } from '../utils/paths.ts'
import { anchors } from '../utils/report/report-contents.ts'
import type { Finding } from '../utils/quality/findings-file.ts'
import type { FindingsIndex } from '../utils/quality/findings-index.ts'
import { MAX_ROWS } from '../utils/quality/findings-view.ts'

/** A new element with attributes and children. */
function el(tag: string, attrs: Record<string, string> = {}, ...children: (Node | string)[]): HTMLElement {
  const element = document.createElement(tag)
  for (const [name, value] of Object.entries(attrs)) element.setAttribute(name, value)
  element.append(...children)
  return element
}

/** A number as shown, or an empty cell. */
const shown = (value: number | null): string => (value === null ? '' : value.toLocaleString('zh-CN'))

/** The table of `findings` (the first MAX_ROWS), in a captioned, named scroll region. */
export function findingsTable(findings: readonly Finding[], index: FindingsIndex): HTMLElement {
  const titles = new Map(index.rules.map((r) => [r.id, r.title]))
  const head = el(
    'tr',
    {},
    ...['报告', '核对项', '核对内容', '左边', '右边', '相差', '说明', '原文'].map((h, i) =>
      el('th', { scope: 'col', ...(i >= 3 && i <= 5 ? { class: 'num' } : {}) }, h),
    ),
  )
  const rows = findings.slice(0, MAX_ROWS).map((f) => {
    const place = [f.county, f.township].filter(Boolean).join('')
    return el(
      'tr',
      { 'data-report': f.reportId, 'data-rule': f.ruleId },
      el(
        'th',
        { scope: 'row' },
        el('a', { href: `${reportPath(f.reportId)}#${anchors.diagnostics}` }, `${place} ${f.year ?? '年度不明'}${f.year ? '年' : ''}`),
      ),
      el('td', {}, titles.get(f.ruleId) ?? f.ruleId),
      el('td', {}, f.subject),
      el('td', { class: 'num' }, shown(f.left)),
      el('td', { class: 'num' }, shown(f.right)),
      el('td', { class: 'num' }, shown(f.difference)),
      el('td', {}, f.reason ?? ''),
      el('td', {}, ...(f.line ? [el('a', { href: sourcePath(f.reportId, f.line) }, `第 ${f.line} 行`)] : [])),
    )
  })
  const caption = el(
    'caption',
    { id: 'findings-caption' },
    `不一致之处（${Math.min(findings.length, MAX_ROWS)} 条${findings.length > MAX_ROWS ? `，共 ${findings.length} 条` : ''}）`,
  )
  const table = el('table', { class: 'findings' }, caption, el('thead', {}, head), el('tbody', {}, ...rows))
  return el('div', { class: 'table-wrap', role: 'region', 'aria-labelledby': 'findings-caption', tabindex: '0' }, table)
}
