/**
 * `npm run docs:rules`: write the table of every diagnostic (from the engine's one catalog,
 * `ruleCatalog`) into README.md and src/lib/rules/README.md, between the
 * `<!-- rules:start -->` and `<!-- rules:end -->` markers. `--check` only says whether they are
 * current (exit 1 when not): tests/scripts/rule-docs.test.ts runs it.
 */
import { readFileSync, writeFileSync } from 'node:fs'
import { ruleCatalog, severityWords } from '../src/lib/index.ts'

const files = ['README.md', 'src/lib/rules/README.md']

/** The markdown table of every declared diagnostic. */
function ruleTable(): string {
  const rows = ruleCatalog.map((r) => {
    const severity = [r.severity, ...r.also].map((s) => `${severityWords[s]}（${s}）`).join(' / ')
    const meaning = r.formula ? `${r.meaning}（${r.formula}）` : r.meaning
    const home = r.stage === 'check' ? `[\`src/lib/rules/${r.id}.ts\`](src/lib/rules/${r.id}.ts)` : '`src/lib/diagnostics/catalog.ts`'
    return `| \`${r.id}\` | ${r.stageName} | ${severity} | ${meaning.replace(/\|/g, '\\|')} | ${home} |`
  })
  return ['| 规则 | 阶段 | 级别 | 含义 | 声明于 |', '|---|---|---|---|---|', ...rows].join('\n')
}

/** `text` with the generated table between the markers; throws when the markers are missing. */
function withTable(text: string, path: string, table: string): string {
  const start = '<!-- rules:start -->'
  const end = '<!-- rules:end -->'
  const from = text.indexOf(start)
  const to = text.indexOf(end)
  if (from < 0 || to < from) throw new Error(`${path}: markers ${start} … ${end} not found`)
  const relative = path.startsWith('src/lib/rules/') ? table.replaceAll('](src/lib/rules/', '](./') : table
  return `${text.slice(0, from + start.length)}\n<!-- 由 npm run docs:rules 生成，请勿手改 -->\n${relative}\n${text.slice(to)}`
}

// 1. The table, from the catalog.
const table = ruleTable()
// 2. Each file: rewritten, or only compared with --check.
const check = process.argv.includes('--check')
let stale = 0
for (const path of files) {
  const text = readFileSync(path, 'utf8')
  const next = withTable(text, path, table)
  if (next === text) continue
  if (check) {
    console.log(`${path}: 规则表已过期，请运行 npm run docs:rules`)
    stale++
  } else writeFileSync(path, next)
}
process.exitCode = stale ? 1 : 0
