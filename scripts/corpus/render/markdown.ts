/**
 * Markdown as a document converter writes it: `#` headings, paragraphs apart by blank lines, the
 * tables as GFM pipe tables (first grid row as the header, a `| --- |` row, merged cells blank),
 * sometimes a YAML front matter an editor added with the county.
 */
import type { ReportDocument } from '../document.ts'
import type { Random } from '../random.ts'
import { matrix, type Grid } from '../tables.ts'

/** A GFM table of the full grid. */
function gfm(grid: Grid): string[] {
  const rows = matrix(grid).map((row) => `| ${row.map((c) => c.text.replace(/\|/g, '\\|')).join(' | ')} |`)
  return [rows[0]!, `|${' --- |'.repeat(grid.columns)}`, ...rows.slice(1)]
}

/** The report as a Markdown file. */
export function renderMarkdown(doc: ReportDocument, random: Random): string {
  const out: string[] = []
  if (random.chance(0.15)) out.push('---', `county: ${doc.plan.place.county}`, '---', '')
  const strongSub = random.chance(0.5)
  for (const block of doc.blocks) {
    switch (block.kind) {
      case 'table':
        out.push(...gfm(block.grid), '')
        break
      case 'title':
        out.push(`# ${block.text}`, '')
        break
      case 'heading':
        out.push(`## ${block.text}`, '')
        break
      case 'subheading':
        out.push(strongSub ? `**${block.text}**` : `### ${block.text}`, '')
        break
      default:
        out.push(block.text, '')
    }
  }
  return out.join('\n')
}
