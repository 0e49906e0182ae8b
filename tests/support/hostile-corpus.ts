/**
 * A hostile content/ folder: real reports (from content/reports/ and tests/fixtures/) whose organ
 * names, titles, headings, narrative, cells, front matter, sidecars and file names carry script
 * and markup payloads, bidi and zero-width characters, and (in the web page) off-origin resources.
 *
 * Every payload that could run calls `alert(…)` and sets `self[HOSTILE_MARKER]`, so a test sees
 * any that ran (a dialog, or the marker on window). Every off-origin URL is on HOSTILE_ORIGIN
 * (the `.invalid` top-level domain never resolves). The corpus still builds: each report keeps a
 * known township and year of its own, so there are no duplicates and no errors, only warnings.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'

/** Set on window by any payload that runs. */
export const HOSTILE_MARKER = '__hostile'
/** The origin of every off-origin resource in the corpus. */
export const HOSTILE_ORIGIN = 'http://hostile.invalid'

/** What a payload runs: no spaces or quotes, so it fits unquoted attributes and file names. */
const RUN = `self.${HOSTILE_MARKER}=1;alert(1)`

/** Payloads for text anywhere: markup, attribute breakouts, script-end inside text, URLs. */
export const TEXT_PAYLOADS = [
  `<script>${RUN}</script>`,
  `<img src=x onerror=${RUN}>`,
  `"><svg onload=${RUN}>`,
  `'><svg/onload=${RUN}>`,
  `</script><script>${RUN}</script>`,
  `</textarea></title></style><script>${RUN}</script>`,
  `javascript:${RUN}`,
  `<a href="javascript:${RUN}">点此查看</a>`,
  `<iframe src="${HOSTILE_ORIGIN}/frame"></iframe>`,
  `<img src="${HOSTILE_ORIGIN}/pixel.png">`,
  `]]><script>${RUN}</script><![CDATA[`,
  `{{constructor.constructor('${RUN}')()}} \${${RUN}}`,
  `&lt;script&gt;${RUN}&lt;/script&gt; &amp;lt;b&amp;gt;`,
  `=cmd|'/c calc'!A1 +1+1 -2+3 @SUM(1)`,
]

/** Bidi overrides and zero-width characters, as they hide in names copied from the web. */
const BIDI = '\u202E'
const ZERO_WIDTH = '\u200B\u200C\u200D\u2060\uFEFF'

/** A YAML value that keeps every character: a JSON string is a YAML double-quoted scalar. */
const yamlValue = (value: string): string => JSON.stringify(value)

/** Front matter lines (`key: "value"`) without the fences. */
const yamlFields = (fields: Record<string, string>): string =>
  Object.entries(fields)
    .map(([key, value]) => `${key}: ${yamlValue(value)}\n`)
    .join('')

/** `text` with `find` replaced by `replacement`; fails loudly when the base file changed. */
function replaceOnce(text: string, find: string, replacement: string): string {
  const at = text.indexOf(find)
  if (at < 0) throw new Error(`hostile corpus: ${JSON.stringify(find.slice(0, 60))} not found in its base report`)
  return text.slice(0, at) + replacement + text.slice(at + find.length)
}

/** The payloads as narrative paragraphs (blank-line separated). */
const paragraphs = (prefix: string): string => TEXT_PAYLOADS.map((p, i) => `${prefix}${i + 1}：${p}`).join('\n\n')

/** A text report (中宁县徐套乡 2021): payloads in the file name, front matter, title, narrative and a cell. */
function textReport(root: string): [string, string] {
  const base = readFileSync(path.join(root, 'content/reports/中宁县徐套乡-2021.txt'), 'utf8')
  let text = replaceOnce(base, '中宁县徐套乡人民政府 2021 年', `中宁县徐套乡人民政府<script>${RUN}</script> 2021 年`)
  text = replaceOnce(text, '一、总体情况\n', `一、总体情况\n\n${paragraphs('说明')}\n`)
  // A cell of text only (the reader drops tags in text): an attribute breakout.
  text = replaceOnce(text, '规章\t0\t0\t0', `规章\t"onmouseover=${RUN} x="\t0\t0`)
  const front = yamlFields({
    organ: `徐套乡人民政府"><svg onload=${RUN}>`,
    township: '徐套乡',
    county: '中宁县',
    documentNumber: `</script><script>${RUN}</script>`,
  })
  return [`"><img src=x onerror=${RUN}>徐套乡-2021.txt`, `---\n${front}---\n${text}`]
}

/** A Markdown report (互助县哈拉直沟乡 2021): javascript: links, raw HTML, images; bidi and zero-width names. */
function markdownReport(root: string): [string, string] {
  const base = readFileSync(path.join(root, 'tests/fixtures/markdown-tab-export/input.md'), 'utf8')
  const markdown = [
    `[点此查看原文](javascript:${RUN})`,
    `<javascript:${RUN}>`,
    `[引用链接][hostile]`,
    `![图片](${HOSTILE_ORIGIN}/markdown.png)`,
    `<div onmouseover="${RUN}">原始 HTML 块</div>`,
    `<iframe src="${HOSTILE_ORIGIN}/markdown-frame"></iframe>`,
    `行内代码 \`<script>${RUN}</script>\``,
    `[hostile]: javascript:${RUN}`,
  ].join('\n\n')
  const text = replaceOnce(base, '## 一、总体情况\n', `## 一、总体情况\n\n${markdown}\n\n${paragraphs('附记')}\n`)
  const front = yamlFields({
    organ: `哈拉${ZERO_WIDTH}直沟乡人民政府${BIDI}exe.gpj`,
    township: '哈拉直沟乡',
    county: '互助土族自治县',
  })
  return [`哈拉直沟乡${BIDI}${ZERO_WIDTH}-2021.md`, `---\n${front}---\n${text}`]
}

/** Markup injected into the saved web page: scripts, handlers, off-origin resources of every kind. */
const HTML_HEAD = [
  `<script>${RUN}</script>`,
  `<script src="${HOSTILE_ORIGIN}/head.js"></script>`,
  `<link rel="stylesheet" href="${HOSTILE_ORIGIN}/head.css">`,
  `<link rel="preload" as="image" href="${HOSTILE_ORIGIN}/preload.png">`,
  `<meta http-equiv="refresh" content="0;url=${HOSTILE_ORIGIN}/refresh">`,
  `<base href="${HOSTILE_ORIGIN}/">`,
  `<style>@import url(${HOSTILE_ORIGIN}/import.css); body { background: url(${HOSTILE_ORIGIN}/bg.png) }</style>`,
].join('\n')

const HTML_BODY = [
  `<p>转义的文字：&lt;script&gt;${RUN}&lt;/script&gt; 与 &lt;img src=x onerror=${RUN}&gt;，&quot;&gt;&lt;svg onload=${RUN}&gt;</p>`,
  `<p>图片<img src="${HOSTILE_ORIGIN}/body.png" onerror="${RUN}">、框架<iframe src="${HOSTILE_ORIGIN}/frame"></iframe>、对象<object data="${HOSTILE_ORIGIN}/object"></object><embed src="${HOSTILE_ORIGIN}/embed"><video src="${HOSTILE_ORIGIN}/video.mp4"></video></p>`,
  `<p><a href="javascript:${RUN}">点此查看</a>、<a href="${HOSTILE_ORIGIN}/link">站外链接</a></p>`,
  `<svg onload="${RUN}"><script>${RUN}</script><image href="${HOSTILE_ORIGIN}/svg.png"/></svg>`,
  `<p style="background:url(${HOSTILE_ORIGIN}/style.png)" onclick="${RUN}">带样式和事件的段落</p>`,
  `<form action="${HOSTILE_ORIGIN}/form"><input name="q" autofocus onfocus="${RUN}"></form>`,
  `<p>${paragraphs('网页说明').replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('\n\n', '</p><p>')}</p>`,
].join('\n')

/** A saved web page (淳安县金峰乡 2021) with a .yaml sidecar: payloads in markup, text, a cell and the sidecar. */
function htmlReport(root: string): [string, string][] {
  const base = readFileSync(path.join(root, 'tests/fixtures/html-report-2021/input.html'), 'utf8')
  let html = replaceOnce(base, '</head>', `${HTML_HEAD}\n</head>`)
  html = replaceOnce(
    html,
    '<p class="MsoNormal"><strong>一、总体情况</strong></p>',
    `<p class="MsoNormal"><strong>一、总体情况</strong></p>\n${HTML_BODY}`,
  )
  html = replaceOnce(
    html,
    '<td colspan="3"><p align="center">12</p></td>',
    `<td colspan="3"><p align="center">&lt;img src=x onerror=${RUN}&gt;</p></td>`,
  )
  const sidecar = yamlFields({
    organ: `金峰乡人民政府</title><script>${RUN}</script>`,
    township: '金峰乡',
    county: '淳安县',
    documentNumber: `<img src=x onerror=${RUN}>`,
  })
  return [
    ['金峰乡-2021.html', html],
    ['金峰乡-2021.yaml', sidecar],
  ]
}

/** A 2020 text report (东乡县凤山乡): payloads in headings and the document number; a javascript: file name. */
function headingReport(root: string): [string, string] {
  const base = readFileSync(path.join(root, 'content/reports/东乡县凤山乡-2020.txt'), 'utf8')
  let text = replaceOnce(base, '东凤府发[2021]20号', `东凤府发[2021]20号<script>${RUN}</script>`)
  text = replaceOnce(text, '一、总体情况\n', `一、总体情况<img src=x onerror=${RUN}>\n\n${paragraphs('情况')}\n`)
  text = replaceOnce(text, '签发人：马占祥', `签发人：马占祥${BIDI}${ZERO_WIDTH}"><svg onload=${RUN}>`)
  return [`javascript:${RUN}凤山乡-2020.txt`, text]
}

/** A township added by places.yaml under a hostile name, claimed by a report (孝义市兑镇镇 2021). */
const ADDED_CODE = '141181999000'
const ADDED_NAME = `兑镇<img src=x onerror=${RUN}>镇`

function registryReport(root: string): [string, string] {
  const base = readFileSync(path.join(root, 'content/reports/孝义市兑镇镇-2021.txt'), 'utf8')
  const front = yamlFields({ code: ADDED_CODE, township: ADDED_NAME, organ: `${ADDED_NAME}人民政府${ZERO_WIDTH}` })
  return [`孝义市兑镇镇-2021.txt`, `---\n${front}---\n${base}`]
}

/** content/places.yaml with the hostile township added. */
function registry(root: string): string {
  const base = readFileSync(path.join(root, 'content/places.yaml'), 'utf8')
  const entry = `additions:\n  - name: ${yamlValue(ADDED_NAME)}\n    code: "${ADDED_CODE}"\n    county: 孝义市\n    prefecture: 吕梁市\n    province: 山西省\n`
  return replaceOnce(base, 'additions: []\n', entry)
}

/**
 * Write the hostile content folder into `dir` (which becomes a project's content/), reading
 * the base reports from the project at `root`. Returns the report files written (relative to `dir`).
 */
export function writeHostileCorpus(dir: string, root: string): string[] {
  const reports = path.join(dir, 'reports')
  mkdirSync(reports, { recursive: true })
  writeFileSync(path.join(dir, 'places.yaml'), registry(root))
  const files = [textReport(root), markdownReport(root), ...htmlReport(root), headingReport(root), registryReport(root)]
  for (const [name, text] of files) writeFileSync(path.join(reports, name), text)
  return files.map(([name]) => `reports/${name}`)
}
