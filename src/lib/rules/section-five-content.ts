/**
 * section-five-content (info): section 五「存在的主要问题及改进情况」says something: at least
 * 10 characters of its own, and not only a stock phrase such as "无", "暂无" or "本年度无问题". Evaluators count
 * an empty or boilerplate section 五 against a report. Not evaluable when the heading of
 * section 五 was not found (`missing-section` says so).
 *
 * @example
 *   // passes (fixture complete-2019): section 五 names two problems and the measures taken (56 characters)
 * @example
 *   // fails (fixture section-five-empty): section 五 reads only "无。"
 *   // 78:1 info 第五部分「存在的主要问题及改进情况」只写了「无」：未说明存在的问题和改进措施 section-five-content
 */
import { defineRule } from './rule.ts'
import { sectionOf } from './section-specs.ts'

/** Fewer letters and digits than this say nothing about problems and measures. */
export const minimumChars = 10

/** Anything but letters and digits of any script (what does not count as written content). */
const notContent = /[^\p{L}\p{N}]+/gu

/** A stock "nothing to say": 无, 暂无, 本年度无问题, 没有需要报告的问题 (punctuation and spaces left out). */
const stock = /^(?:本年度|本年|今年)?(?:无|暂无|没有)(?:明显|其他|突出)?(?:的)?(?:问题|需要报告的(?:问题|事项))?$/u

/** Check that section 五 has content of its own. */
export const sectionFiveContent = defineRule(
  {
    id: 'section-five-content',
    severity: 'info',
    stage: 'check',
    meaning: '第五部分「存在的主要问题及改进情况」是空的或只有一句套话（如“无”“暂无”）',
    formula: `第五部分正文字数 ≥ ${minimumChars}，且不只是“无”“暂无”之类`,
  },
  (record, emit, _file, { pass, unknown }) => {
    const subject = '第五部分「存在的主要问题及改进情况」的内容'
    const heading = sectionOf(record, 5)
    if (!heading) return unknown({ subject, line: null }, '未找到第五部分的标题')
    const paragraphs = record.narrative.sections.find((s) => s.number === 5)?.paragraphs ?? []
    const words = paragraphs.map((p) => p.text.replace(notContent, '')).join('')
    const chars = words.length - (words.match(/[\uD800-\uDBFF]/g)?.length ?? 0)
    const measure = { subject, left: chars, right: minimumChars, line: heading.line }
    const boilerplate = chars > 0 && chars < 40 && stock.test(words)
    if (chars >= minimumChars && !boilerplate) return pass(measure)
    const said = boilerplate ? `只写了「${words}」` : chars ? `只有 ${chars} 个字` : '没有内容'
    const message = `第五部分「存在的主要问题及改进情况」${said}：未说明存在的问题和改进措施`
    emit(message, { line: heading.line }, undefined, measure)
  },
)
