/**
 * Writes two engine fixtures of Markdown reports from the seeds:
 * - markdown-gfm: seed 004 as a document converter writes Markdown (front matter, `#` headings,
 *   emphasis and links in the text, the three tables as GFM pipe tables whose merged cells are
 *   blank);
 * - markdown-tab-export: seed 000's text saved as .md (tab-separated tables, `#` headings added):
 *   not really Markdown, read block by block.
 * Run: npx tsx tests/lib/read/markdown/make-fixtures.ts  (the files are committed).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { type Cell, appeals, article, gridOf, proactive2021, requests, root, seed } from '../html/seed-tables.ts'

/** A GFM pipe table: the first grid row is the header, merged cells are blank. */
function pipeTable(rows: Cell[][]): string {
  const grid = gridOf(rows)
  const line = (cells: string[]): string => `| ${cells.map((c) => c.replace(/\|/g, '\\|')).join(' | ')} |`
  return ['', line(grid[0]!), line(grid[0]!.map(() => '---')), ...grid.slice(1).map(line), '', ''].join('\n')
}

/** Write one fixture folder. */
function write(name: string, text: string, readme: string): void {
  const dir = join(root, 'tests/fixtures', name)
  mkdirSync(dir, { recursive: true })
  writeFileSync(join(dir, 'input.md'), text)
  writeFileSync(join(dir, 'README.md'), `${readme}\n\nMade by \`npx tsx tests/lib/read/markdown/make-fixtures.ts\`.\n`)
}

/** Seed 004 as converter Markdown with GFM tables. */
function gfm(): void {
  const s = seed('中宁县徐套乡-2021.txt', 'seed-004-xutao-2021')
  let first = true
  const body = article(
    s,
    (text, heading) => {
      const md = text.replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>')
      if (first) {
        first = false
        return `# ${md}\n\n`
      }
      if (heading) return `## ${md}\n\n`
      // Emphasis and links as converters write them; the reader sees their text only.
      return (
        md
          .replace(/^([一二三四五]是)/, '**$1**')
          .replace(
            '《中华人民共和国政府信息公开条例》',
            '[《中华人民共和国政府信息公开条例》](http://www.gov.cn/zhengce/content/2019-04/15/content_5382991.htm)',
          ) + '\n\n'
      )
    },
    {
      proactive: pipeTable(proactive2021(s.tables.proactive!)),
      requests: pipeTable(requests(s.tables.requests!)),
      appeals: pipeTable(appeals(s.tables.appeals!)),
    },
  )
  const front = '---\ncounty: 中宁县\n---\n\n'
  write(
    'markdown-gfm',
    front + body,
    'seed 004 (content/reports/中宁县徐套乡-2021.txt) as Markdown from a document converter: YAML front matter, `#`/`##` headings, `**一是**` emphasis and a link in the text, the three tables as GFM pipe tables (header row, `|---|` row, merged cells blank).',
  )
}

/** Seed 000's text saved as .md, with `#` headings added. */
function tabExport(): void {
  const text = readFileSync(join(root, 'content/reports/互助县哈拉直沟乡-2021.txt'), 'utf8')
  const md = text
    .split('\n')
    .map((line) => (/^[一二三四五六]、\S+$/.test(line.trim()) ? `## ${line.trim()}` : line))
    .join('\n')
  write(
    'markdown-tab-export',
    md,
    "seed 000 (content/reports/互助县哈拉直沟乡-2021.txt) saved as .md with `##` before its section headings: the tables are tab-separated text, not Markdown. The Markdown reader keeps the text reader's reading of those blocks.",
  )
}

gfm()
tabExport()
