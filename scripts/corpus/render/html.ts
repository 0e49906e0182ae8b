/**
 * Web pages as government sites publish reports: a whole CMS page with its chrome (navigation,
 * breadcrumbs, the 索引号/发布机构/发布日期 box, related links, ICP footer) around the article
 * (`html-cms`); a TRS_Editor article fragment written on one line (`html-trs`); Word markup pasted
 * into the editor (`html-word`: MsoNormal paragraphs, mso- styles, <o:p>). Tables keep their
 * colspan and rowspan; blank cells are &nbsp;.
 */
import type { Block, ReportDocument } from '../document.ts'
import type { Random } from '../random.ts'
import type { Grid } from '../tables.ts'

/** The web page layouts. */
export type HtmlLayout = 'html-cms' | 'html-trs' | 'html-word'

/** Escape text for HTML. */
function esc(text: string): string {
  return /[&<>]/.test(text) ? text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;') : text
}

const wordFont = (font: string, size: number) =>
  `font-size:${size}.0pt;font-family:${font};mso-hansi-font-family:&quot;Times New Roman&quot;`

/** A paragraph in the page's markup. */
function paragraph(layout: HtmlLayout, text: string, kind: Block['kind']): string {
  const center = kind === 'title' || kind === 'masthead' || kind === 'docno'
  const right = kind === 'signature' || kind === 'date'
  const strong = kind === 'heading' || kind === 'title' || kind === 'masthead'
  if (layout === 'html-word') {
    const font = kind === 'heading' ? '黑体' : kind === 'title' ? '方正小标宋简体' : kind === 'subheading' ? '楷体_GB2312' : '仿宋_GB2312'
    const align = center
      ? ' align="center" style="text-align:center;'
      : right
        ? ' align="right" style="text-align:right;'
        : ' style="text-indent:32.0pt;'
    return `<p class="MsoNormal"${align}line-height:28.0pt;mso-line-height-rule:exactly"><span style="${wordFont(font, kind === 'title' ? 22 : 16)}">${esc(text)}</span><span lang="EN-US" style="font-size:16.0pt"><o:p></o:p></span></p>`
  }
  const style = center ? ' style="text-align:center"' : right ? ' style="text-align:right"' : ' style="text-indent:2em"'
  return `<p${style}>${strong ? `<strong>${esc(text)}</strong>` : esc(text)}</p>`
}

/** A table with its merged cells. */
function table(layout: HtmlLayout, grid: Grid, random: Random): string {
  const wrapP = layout === 'html-word' || random.chance(0.5)
  const cell = (text: string) => {
    const inner = text ? esc(text) : '&nbsp;'
    if (layout === 'html-word')
      return `<p class="MsoNormal" align="center" style="text-align:center"><span style="${wordFont('宋体', 10)}">${inner}</span><span lang="EN-US"><o:p></o:p></span></p>`
    return wrapP ? `<p>${inner}</p>` : inner
  }
  const td = layout === 'html-word' ? ' valign="center" style="border:solid windowtext 1.0pt;padding:0cm 5.4pt 0cm 5.4pt"' : ''
  const rows = grid.rows.map(
    (row) =>
      `<tr>${row
        .map((c) => {
          const span = `${c.colspan && c.colspan > 1 ? ` colspan="${c.colspan}"` : ''}${c.rowspan && c.rowspan > 1 ? ` rowspan="${c.rowspan}"` : ''}`
          return `<td${span}${td}>${cell(c.text)}</td>`
        })
        .join('')}</tr>`,
  )
  const open =
    layout === 'html-word'
      ? '<table class="MsoNormalTable" border="1" cellspacing="0" cellpadding="0" style="border-collapse:collapse;border:none;mso-border-alt:solid windowtext .5pt">'
      : `<table border="1" cellspacing="0" cellpadding="0" width="100%"${random.chance(0.5) ? ' style="border-collapse:collapse"' : ''}>`
  return [open, '<tbody>', ...rows, '</tbody>', '</table>'].join(layout === 'html-trs' ? '' : '\n')
}

/** The article: every block of the document in the page's markup. */
function article(doc: ReportDocument, layout: HtmlLayout, random: Random, skipTitle: boolean): string {
  const parts = doc.blocks
    .filter((b) => !(skipTitle && b.kind === 'title'))
    .map((b) => (b.kind === 'table' ? table(layout, b.grid, random) : paragraph(layout, b.text, b.kind)))
  return parts.join(layout === 'html-trs' ? '' : '\n')
}

/** The whole page of a county government site around the article. */
function cmsPage(doc: ReportDocument, layout: HtmlLayout, random: Random, charset: string): string {
  const { place, year } = doc.plan
  const site = `${place.county}人民政府`
  const title = doc.meta.title
  const index = `${place.code.slice(0, 9)}/${year + 1}-${String(random.int(1, 300)).padStart(5, '0')}`
  const date = doc.meta.publishedOn
  const body =
    layout === 'html-word'
      ? `<div class="WordSection1" style="layout-grid:15.6pt">\n${article(doc, layout, random, false)}\n</div>`
      : `<div id="zoom" class="article-content">\n${article(doc, layout, random, true)}\n</div>`
  return `<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=${charset}">
<title>${esc(title)}_${esc(site)}</title>
<meta name="SiteName" content="${esc(site)}">
<meta name="ArticleTitle" content="${esc(title)}">
<meta name="PubDate" content="${date} ${String(random.int(8, 17)).padStart(2, '0')}:${String(random.int(0, 59)).padStart(2, '0')}">
<link rel="stylesheet" href="/images/common.css">
<script type="text/javascript" src="/images/jquery.min.js"></script>
<script>var _hmt = _hmt || [];</script>
</head>
<body>
<div class="top"><a href="/">首页</a> | <a href="#">无障碍浏览</a> | <a href="#">长者模式</a></div>
<div class="nav"><ul><li><a href="/">网站首页</a></li><li><a href="/zwgk/">政务公开</a></li><li><a href="/zwfw/">政务服务</a></li><li><a href="/hdjl/">互动交流</a></li></ul></div>
<div class="position">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; <a href="/zwgk/ndbg/">政府信息公开年报</a></div>
<table class="xxgk_table" width="100%" border="0" cellspacing="0" cellpadding="0">
<tr><td>索引号：</td><td>${index}</td><td>发布机构：</td><td>${esc(doc.meta.organ)}</td></tr>
<tr><td>主题分类：</td><td>政务公开</td><td>发布日期：</td><td>${date}</td></tr>
<tr><td>文号：</td><td>${doc.meta.documentNumber ? esc(doc.meta.documentNumber) : '&nbsp;'}</td><td>有效性：</td><td>有效</td></tr>
</table>
<div class="article">
${layout === 'html-word' ? '' : `<h1 class="title">${esc(title)}</h1>\n`}<div class="info">发布日期：${date}&nbsp;&nbsp;来源：${esc(doc.meta.organ)}&nbsp;&nbsp;浏览次数：<span id="hits">${random.int(20, 3000)}</span></div>
${body}
</div>
<div class="related"><h3>相关信息</h3><ul><li><a href="#">${esc(place.township)}${year - 1}年政府信息公开工作年度报告</a></li><li><a href="#">${esc(site)}政府信息公开指南</a></li></ul></div>
<div class="footer">主办单位：${esc(site)}办公室 &nbsp; 网站标识码：${place.code.slice(0, 6)}0001 &nbsp; ICP备${random.int(10000000, 99999999)}号</div>
</body>
</html>
`
}

/** The report as a web page in `layout`, declaring `charset`. */
export function renderHtml(doc: ReportDocument, layout: HtmlLayout, random: Random, charset: string): string {
  if (layout === 'html-trs')
    return `<div class="TRS_Editor"><div class="Custom_UnionStyle">${article(doc, layout, random, false)}</div></div>`
  return cmsPage(doc, layout, random, charset)
}
