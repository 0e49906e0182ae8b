/**
 * Writes three engine fixtures of web pages as real CMSs publish them, from the seed reports
 * (narrative from content/reports, table values from the seed fixtures' expected.json):
 * - html-hanweb: a Hanweb (大汉) JCMS page, the article in a layout table next to a sidebar
 *   listing other townships' reports, `<!--<$[信息内容]>begin-->` markers, cells of
 *   `<p style><span>0</span></p>`;
 * - html-ueditor: the table inside `<div class="view TRS_UEDITOR">`, header rows of `<th>`, one
 *   `<tbody>` per row group, blank cells written `<br/>`;
 * - html-word-paste: Word markup pasted into an editor (MsoNormalTable, `<o:p>`, `mso-` styles,
 *   conditional comments and the zero-height spacer row), `<meta charset=gb2312>` on a page an
 *   editor re-saved as UTF-8.
 * Run: npx tsx tests/lib/read/html/make-cms-fixtures.ts  (the pages are committed).
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { type Cell, appeals, article, esc, proactive2019, requests, root, seed } from './seed-tables.ts'

/** How one CMS writes a table. */
interface TableStyle {
  open: string
  /** Row groups: indexes of the rows where a new `<tbody>` starts (none: one implicit body). */
  groups?: (rows: Cell[][]) => number[]
  /** The `<td>`/`<th>` of a cell, with its span attributes. */
  cell: (cell: Cell, spans: string) => string
  /** Rows after the last one (Word's spacer row). */
  tail?: string
  rowEnd?: string
}

/** Render rows as one table in `style`. */
function table(rows: Cell[][], style: TableStyle): string {
  const starts = style.groups?.(rows) ?? []
  let html = style.open
  rows.forEach((cells, r) => {
    if (starts.includes(r)) html += (r === 0 ? '' : '</tbody>') + '<tbody>'
    html +=
      '<tr>' +
      cells
        .map((c) => style.cell(c, `${c.colspan ? ` colspan="${c.colspan}"` : ''}${c.rowspan ? ` rowspan="${c.rowspan}"` : ''}`))
        .join('') +
      '</tr>' +
      (style.rowEnd ?? '')
  })
  return html + (starts.length ? '</tbody>' : '') + (style.tail ?? '') + '</table>'
}

/** Write one fixture folder. */
function write(name: string, html: string, readme: string): void {
  const dir = join(root, 'tests/fixtures', name)
  mkdirSync(dir, { recursive: true })
  writeFileSync(join(dir, 'input.html'), html)
  writeFileSync(join(dir, 'README.md'), `${readme}\n\nMade by \`npx tsx tests/lib/read/html/make-cms-fixtures.ts\`.\n`)
}

/** Hanweb (大汉) JCMS: layout tables, a sidebar of other reports before the article, Word-ish cells. */
function hanweb(): void {
  const s = seed('东乡县凤山乡-2020.txt', 'seed-001-fengshan-2020')
  const style: TableStyle = {
    open: '<table border="1" cellspacing="0" cellpadding="0" width="600" style="border-collapse:collapse;border:none;">',
    cell: (c, spans) =>
      `<td${spans} width="${c.colspan ? 60 * c.colspan : 60}" valign="middle" style="border:solid windowtext 1pt;padding:0 5.4pt;"><p style="text-align:center;line-height:150%;"><span style="font-family:宋体;font-size:14px;">${c.text ? esc(c.text) : '&nbsp;'}</span></p></td>`,
  }
  const body = article(
    s,
    (text, heading) =>
      heading
        ? `<p style="text-indent:2em;"><strong><span style="font-family:黑体;">${text}</span></strong></p>`
        : `<p style="text-indent:2em;line-height:2;"><span style="font-family:仿宋_GB2312;font-size:16px;">${text}</span></p>`,
    {
      proactive: table(proactive2019(s.tables.proactive!), style),
      requests: table(requests(s.tables.requests!), style),
      appeals: table(appeals(s.tables.appeals!), style),
    },
  )
  const others = ['果园乡', '达板镇', '锁南镇', '河滩镇', '那勒寺镇']
  const html = `<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=UTF-8" />
<title>东乡县凤山乡2020年政府信息公开工作年度报告 - 东乡族自治县人民政府</title>
<meta name="ArticleTitle" content="东乡县凤山乡2020年政府信息公开工作年度报告" />
<meta name="PubDate" content="2021-01-22 16:05" />
<meta name="ContentSource" content="凤山乡" />
<link rel="stylesheet" type="text/css" href="/script/0/1808031545449577.css" />
<script type="text/javascript" src="/script/jquery.js"></script>
</head>
<body>
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0" class="top"><tr><td><img src="/picture/0/logo.png" width="1000" height="120" alt="东乡族自治县人民政府" /></td></tr></table>
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0" class="nav"><tr><td><a href="/">首页</a></td><td><a href="/col/col1/">走进东乡</a></td><td><a href="/col/col2/">政务公开</a></td><td><a href="/col/col3/">政务服务</a></td><td><a href="/col/col4/">互动交流</a></td></tr></table>
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0">
<tr>
<td width="250" valign="top" class="left">
<div class="lm_title">政府信息公开年报</div>
<ul class="lm_list">
${others.map((t, i) => `<li><a href="/art/2021/1/${21 - i}/art_101_${5120 + i}.html" title="东乡县${t}2020年政府信息公开工作年度报告" target="_blank">东乡县${t}2020年政府信息公开工作年度报告</a></li>`).join('\n')}
</ul>
</td>
<td width="750" valign="top">
<table width="100%" border="0" cellspacing="0" cellpadding="0"><tr><td class="dqwz">您现在的位置：<a href="/">首页</a>&nbsp;&gt;&nbsp;<a href="/col/col2/">政务公开</a>&nbsp;&gt;&nbsp;<a href="/col/col101/">政府信息公开年报</a></td></tr></table>
<table width="100%" border="0" cellspacing="1" cellpadding="0" class="xxgk_table">
<tr><td width="15%">索引号：</td><td width="35%">01234567-8/2021-00012</td><td width="15%">发布机构：</td><td width="35%">凤山乡</td></tr>
<tr><td>生成日期：</td><td>2021-01-22</td><td>公开方式：</td><td>主动公开</td></tr>
</table>
<table width="100%" border="0" cellspacing="0" cellpadding="0">
<tr><td class="title" align="center">东乡县凤山乡2020年政府信息公开工作年度报告</td></tr>
<tr><td class="time" align="center">发布日期：2021-01-22&nbsp;&nbsp;&nbsp;&nbsp;来源：凤山乡&nbsp;&nbsp;&nbsp;&nbsp;浏览次数：<script language="javascript" src="/module/visitcount/articlehits.jsp?colid=101&amp;artid=5119"></script>&nbsp;&nbsp;&nbsp;&nbsp;【字体：<a href="javascript:doZoom(20)">大</a> <a href="javascript:doZoom(16)">中</a> <a href="javascript:doZoom(12)">小</a>】</td></tr>
<tr><td id="zoom" class="bt_content"><!--<$[信息内容]>begin-->${body}<!--<$[信息内容]>end--></td></tr>
</table>
<div class="bt_link">【<a href="javascript:window.print()">打印本页</a>】【<a href="javascript:window.close()">关闭窗口</a>】</div>
</td>
</tr>
</table>
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0" class="footer"><tr><td align="center">主办：东乡族自治县人民政府办公室&nbsp;&nbsp;承办：东乡族自治县融媒体中心<br />陇ICP备05001234号&nbsp;&nbsp;甘公网安备 62292602000123号&nbsp;&nbsp;网站标识码：6229260001</td></tr></table>
</body>
</html>
`
  write(
    'html-hanweb',
    html,
    "seed 001 (content/reports/东乡县凤山乡-2020.txt) as a Hanweb (大汉) JCMS page: layout tables all around; a sidebar before the article lists other townships' 2020 reports; 索引号 box; 发布日期 line; the article between `<!--<$[信息内容]>begin-->` markers on one line, cells written `<p style><span>0</span></p>`, blanks `&nbsp;`.",
  )
}

/** UEditor page: the table inside `<div class="view TRS_UEDITOR">`, `<th>` headers, a `<tbody>` per row group. */
function ueditor(): void {
  const s = seed('乌苏市吉尔格勒特郭楞蒙古民族乡-2020.txt', 'seed-003-jiergelete-2020')
  const style: TableStyle = {
    open: '<table width="100%" border="1" cellspacing="0" cellpadding="0" style="border-collapse:collapse;">',
    // A group per caption of table 二, per 三、/四、 of table 三, and wherever header rows end.
    groups: (rows) =>
      rows.flatMap((cells, r) =>
        r === 0 || /^第二十条|^[三四]、/.test(cells[0]?.text ?? '') || (!cells.some((c) => c.head) && rows[r - 1]!.some((c) => c.head))
          ? [r]
          : [],
      ),
    cell: (c, spans) => {
      const tag = c.head ? 'th' : 'td'
      const inner =
        c.text === ''
          ? '<br/>'
          : c.head
            ? esc(c.text)
            : /^[\d.+-]+$/.test(c.text)
              ? `<p style="text-align:center"><span style="font-size:14px;font-family:宋体, SimSun">${esc(c.text)}</span></p>`
              : esc(c.text)
      return `<${tag}${spans} valign="middle" align="center" style="border-width: 1px; border-style: solid; word-break: break-all;">${inner}</${tag}>`
    },
  }
  const body = article(
    s,
    (text, heading) =>
      heading
        ? `<p style="text-indent: 2em;"><strong>${text}</strong></p>\n`
        : `<p style="text-indent: 2em; line-height: 2em;">${text}</p>\n`,
    {
      proactive: table(proactive2019(s.tables.proactive!), style) + '\n',
      requests: table(requests(s.tables.requests!), style) + '\n',
      appeals: table(appeals(s.tables.appeals!), style) + '\n',
    },
  )
  const html = `<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>吉尔格勒特郭楞蒙古民族乡政府信息公开工作2020年度报告-乌苏市人民政府网</title>
<link rel="stylesheet" href="../../../css/detail.css">
</head>
<body>
<header class="head"><div class="logo"><a href="../../../"><img src="../../../images/logo.png" alt="乌苏市人民政府网"></a></div>
<nav class="menu"><a href="../../../">首页</a><a href="../../">政务公开</a><a href="../../../zwfw/">政务服务</a></nav></header>
<div class="main">
<div class="crumb">当前位置：<a href="../../../">首页</a> &gt; <a href="../../">政务公开</a> &gt; <a href="../">政府信息公开年报</a></div>
<div class="detail">
<h2 class="title">吉尔格勒特郭楞蒙古民族乡政府信息公开工作2020年度报告</h2>
<div class="info"><span>发布时间：2021-01-25 11:06:31</span><span>来源：吉尔格勒特郭楞蒙古民族乡</span><span>阅读次数：<b id="hits">368</b></span><span class="share" aria-hidden="true">分享到：微信 微博</span></div>
<div class="view TRS_UEDITOR trs_paper_default trs_web">
${body}</div>
<div class="attach" style="display:none">附件：</div>
<div class="related"><h3>相关阅读</h3><ul>
<li><a href="./t20210125_101.html">巴音沟牧场政府信息公开工作2020年度报告</a></li>
<li><a href="./t20210124_100.html">古尔图镇政府信息公开工作2020年度报告</a></li>
</ul></div>
</div>
</div>
<footer class="foot"><p>主办单位：乌苏市人民政府办公室 新ICP备12001234号-1</p><p><a href="#">网站地图</a> | <a href="#">联系我们</a></p></footer>
</body>
</html>
`
  write(
    'html-ueditor',
    html,
    'seed 003 (content/reports/乌苏市吉尔格勒特郭楞蒙古民族乡-2020.txt) as a UEditor article page: the tables inside `<div class="view TRS_UEDITOR trs_paper_default trs_web">`, header cells written `<th>`, one `<tbody>` per row group, value cells `<p style><span>0</span></p>`, blank cells `<br/>`; a 发布时间 line with a time; a 相关阅读 list after the article.',
  )
}

/** Word markup pasted into an editor: MsoNormalTable, `<o:p>`, conditional comments, the spacer row. */
function wordPaste(): void {
  const s = seed('孝义市兑镇镇-2021.txt', 'seed-002-duizhen-2021')
  const style: TableStyle = {
    open: '<table class="MsoNormalTable" border="1" cellspacing="0" cellpadding="0" style="border-collapse:collapse;border:none;mso-border-alt:solid windowtext .5pt;mso-yfti-tbllook:1184;mso-padding-alt:0cm 5.4pt 0cm 5.4pt">\n',
    rowEnd: '\n',
    cell: (c, spans) => {
      const runs =
        c.text === ''
          ? '<span lang="EN-US"><o:p>&nbsp;</o:p></span>'
          : c.head && c.text.length > 6 && !c.text.includes('勾稽')
            ? c.text
                .match(/.{1,3}/g)!
                .map((p) => `<span style="font-family:宋体;mso-ascii-font-family:Calibri">${esc(p)}</span>`)
                .join('') + '<span lang="EN-US"><o:p></o:p></span>'
            : /^[\d.]+$/.test(c.text)
              ? `<span lang="EN-US" style="font-size:10.5pt">${esc(c.text)}<o:p></o:p></span>`
              : `<span style="font-size:10.5pt;font-family:宋体">${esc(c.text)}</span><span lang="EN-US"><o:p></o:p></span>`
      return `<td${spans} valign="center" style="border:solid windowtext 1.0pt;mso-border-alt:solid windowtext .5pt;padding:0cm 5.4pt 0cm 5.4pt"><p class="MsoNormal" align="center" style="text-align:center;mso-pagination:widow-orphan"><!--[if gte mso 9]><xml><w:LsdException Locked="false" Name="Normal"/></xml><![endif]-->${runs}</p></td>`
    },
    tail: '<!--[if !supportMisalignedColumns]--><tr height="0"><td width="56" style="border:none"></td><td width="56" style="border:none"></td><td width="120" style="border:none"></td><td width="40" style="border:none"></td></tr><!--[endif]-->\n',
  }
  const body = article(
    s,
    (text, heading) =>
      `<p class="MsoNormal" style="text-indent:32.0pt;mso-char-indent-count:2.0;line-height:28.0pt;mso-line-height-rule:exactly"><span style="font-size:16.0pt;font-family:${heading ? '黑体' : '仿宋_GB2312'};mso-hansi-font-family:&quot;Times New Roman&quot;">${text}</span><span lang="EN-US" style="font-size:16.0pt"><o:p></o:p></span></p>\n`,
    {
      requests: table(requests(s.tables.requests!), style),
      appeals: table(appeals(s.tables.appeals!), style),
    },
  )
  const html = `<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>兑镇镇2021年政府信息公开工作年度报告</title>
<style>
<!-- p.MsoNormal {mso-style-parent:""; margin:0cm; text-align:justify; font-size:10.5pt;} -->
</style>
</head>
<body lang="ZH-CN" style="tab-interval:21.0pt;text-justify-trim:punctuation">
<div class="breadcrumb">首页 &gt; 信息公开 &gt; 法定主动公开内容 &gt; 政府信息公开年报</div>
<div class="article-meta">发布日期：2022-01-26 | 发布机构：孝义市兑镇镇人民政府 | 【<a href="javascript:window.print()">打印</a>】</div>
<div class="WordSection1" style="layout-grid:15.6pt">
${body}</div>
<div class="copyright">版权所有：孝义市人民政府 晋ICP备10001234号</div>
</body>
</html>
`
  write(
    'html-word-paste',
    html,
    'seed 002 (content/reports/孝义市兑镇镇-2021.txt) as Word markup pasted into a CMS editor: `MsoNormalTable`, `<p class="MsoNormal">` with `mso-` styles and `<o:p>`, header cells cut into several `<span>`s, `<!--[if …]-->` conditional comments and Word\'s zero-height spacer row; the page declares `charset=gb2312` but an editor re-saved it as UTF-8 (the bytes are valid UTF-8, so they are read as UTF-8).',
  )
}

hanweb()
ueditor()
wordPaste()
