/** Markdown → mdast with remark: CommonMark, GFM (pipe tables) and YAML front matter. */
import type { Root } from 'mdast'
import remarkFrontmatter from 'remark-frontmatter'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import { unified } from 'unified'

const processor = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml']).freeze()

/** The mdast of `text`; positions are lines and columns of `text`. */
export function markdownTree(text: string): Root {
  return processor.parse(text)
}
