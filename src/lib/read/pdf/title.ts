/**
 * A PDF's Title property as a fallback report title, when it says something: the names word
 * processors put there on their own ("Microsoft Word - 文档1.docx", "无标题", "PowerPoint 演示文稿")
 * are not titles.
 */
import { normaliseText } from '../decode.ts'

const GENERIC = /^(?:文档|新建|无标题|未命名|untitled|document|microsoft|wps|powerpoint|演示文稿|工作簿|页面|目录|附件|temp|tmp|\d+$)/i

/** The document title from PDF metadata, or null when it is missing or meaningless. */
export function meaningfulTitle(raw: string | null): string | null {
  if (!raw) return null
  let title = normaliseText(raw).replace(/\s+/g, ' ').trim()
  title = title
    .replace(/^Microsoft (?:Word|PowerPoint|Excel) - /i, '')
    .replace(/\.(?:docx?|wps|pdf|xlsx?|rtf|txt)$/i, '')
    .trim()
  const cjk = title.match(/[\u4e00-\u9fff]/g)?.length ?? 0
  if (cjk < 4 || GENERIC.test(title) || title.length > 120) return null
  return title
}
