/**
 * `npx tsx scripts/search-recall.ts SITE CORPUS [options]` (proposed as `npm run bench:search-recall`):
 * what a visitor's first search costs and whether search finds every report, on a built site
 * (one build's dist/ or an assembled sharded dist/) against the corpus it was built from
 * (`npm run corpus`, whose `.corpus-manifest.json` says what each file is). Results go to
 * bench/SEARCH-RECALL.md, one section per label, other sections kept. Run it alone
 * (`flock /tmp/build.lock …` here): it drives Chromium.
 *
 * 1. The site is served by scripts/lib/search-recall/serve-site.ts under its base path, text
 *    files gzip-compressed as a host with gzip on would.
 * 2. Bytes of a cold first search: for each of `--bytes N` queries (spread over the query types),
 *    a fresh browser context (empty cache) opens the search page, clicks the box and enters the
 *    query as an input method commits it (one input event); when the page shows its count and the network is idle, the encoded body
 *    bytes of every response since the navigation are summed (Playwright's request.sizes(): the
 *    page, CSS, scripts, Pagefind's JS, wasm, entry, metadata, index, filter and fragment files
 *    of every bundle the page merges). Median and max; headers listed apart.
 *    For name queries the page is then also checked by hand, as a reader would: "显示更多结果"
 *    is clicked until the township's reports are all listed or the list ends.
 * 3. Recall: every township of the manifest (or a sample of `--names N`, picked by hash), searched
 *    by name and by county and name; and for `--texts N` sampled reports (parsed by the engine
 *    from the corpus file), a clause of their paragraphs and their table 二 phrase. Each query runs
 *    as the page runs it (src/utils/search/query.ts: the phrase first, all words when the phrase
 *    finds nothing) through the page's own Pagefind instance (the one src/client/search.ts loaded
 *    and merged the shards into), with every result taken, not the first page; result ids are
 *    turned into report ids through the site's fragment files (site-bundles.ts).
 *
 * Options: --base /gk/nianbao/ (the base the site was built for; default /), --names 300,
 * --texts 300, --bytes 12, --seed recall, --label "1,000 reports, single build",
 * --no-gzip (serve files as they are), --out FILE (default bench/SEARCH-RECALL.md).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { cpus, totalmem } from 'node:os'
import path from 'node:path'
import type { Browser, BrowserContext, Request } from 'playwright-core'
import { parseFile, registryOf, type ReportRecord } from '../src/lib/index.ts'
import { planQuery } from '../src/utils/search/query.ts'
import { nameLookup } from '../src/utils/search/name-lookup.ts'
import { nameAnswer } from '../src/utils/search/name-match.ts'
import { launchBrowser, resolveBrowser } from '../tests/e2e/browser.ts'
import type { Manifest } from './corpus/manifest.ts'
import {
  nameQueries,
  recallOf,
  sampleOf,
  textQueries,
  townshipsOf,
  QUERY_TYPES,
  type RecallQuery,
  type SearchAnswer,
  type TypeRecall,
} from './lib/search-recall/recall-queries.ts'
import { serveSite } from './lib/search-recall/serve-site.ts'
import { bundleFolders, bundleOf, fragmentAddresses, FILE_KINDS, kindOf, reportIdOf } from './lib/search-recall/site-bundles.ts'

const ROOT = path.resolve(import.meta.dirname, '..')
const args = process.argv.slice(2).filter((a) => a !== '--')
const flags = new Map<string, string>()
const positional: string[] = []
for (let i = 0; i < args.length; i++) {
  const arg = args[i]!
  if (arg === '--no-gzip') flags.set('no-gzip', '1')
  else if (arg.startsWith('--')) flags.set(arg.slice(2), args[++i] ?? '')
  else positional.push(arg)
}
const [siteArg, corpusArg] = positional
if (!siteArg || !corpusArg) {
  console.error('usage: npx tsx scripts/search-recall.ts SITE CORPUS [--base /] [--names 300] [--texts 300] [--bytes 12] [--label …]')
  process.exit(2)
}
const SITE = path.resolve(siteArg)
const CORPUS = path.resolve(corpusArg)
const BASE = flags.get('base') ?? '/'
const NAMES = Number(flags.get('names') ?? 300)
const TEXTS = Number(flags.get('texts') ?? 300)
const BYTES = Number(flags.get('bytes') ?? 12)
const SEED = flags.get('seed') ?? 'recall'
const GZIP = !flags.has('no-gzip')
const OUT = path.resolve(flags.get('out') ?? path.join(ROOT, 'bench', 'SEARCH-RECALL.md'))
const log = (line: string): void => console.error(`[search-recall] ${line}`)
const started = performance.now()
const seconds = (): string => `${((performance.now() - started) / 1000).toFixed(0)} s`

if (!existsSync(path.join(SITE, 'pagefind', 'pagefind.js'))) throw new Error(`${SITE} has no pagefind/pagefind.js: not a built site`)
const manifest = JSON.parse(readFileSync(path.join(CORPUS, '.corpus-manifest.json'), 'utf8')) as Manifest

// 1. The queries.
const townships = townshipsOf(manifest.files)
const sampledTownships = sampleOf(townships, NAMES, (t) => t.code, SEED)
const sampledReports = sampleOf(manifest.files, TEXTS, (e) => e.id, SEED)
const registry = registryOf(path.join(ROOT, 'content')).registry
log(`${manifest.files.length} reports, ${townships.length} townships; parsing ${sampledReports.length} sampled reports`)
const records = new Map<string, ReportRecord>()
for (const entry of sampledReports) records.set(entry.id, await parseFile(path.join(CORPUS, entry.path), registry))
const queries: RecallQuery[] = [
  ...sampledTownships.flatMap(nameQueries),
  ...sampledReports.flatMap((e) => textQueries(records.get(e.id)!, e.id, SEED)),
]
const folders = await bundleFolders(SITE)
log(`${queries.length} queries; reading the fragments of ${folders.length} bundle(s)`)
const addresses = await fragmentAddresses(SITE)
const builtReports = new Set([...addresses.values()].map(reportIdOf).filter((id) => id !== null))

/** The queries of the byte count: `BYTES` of them, spread over the types, picked by hash. */
const byteQueries = QUERY_TYPES.flatMap((type, t) => {
  const ofType = [...new Map(queries.filter((q) => q.type === type).map((q) => [q.text, q])).values()]
  const n = Math.floor(BYTES / QUERY_TYPES.length) + (t < BYTES % QUERY_TYPES.length ? 1 : 0)
  return sampleOf(ofType, n, (q) => `${q.type}:${q.text}`, `${SEED}:bytes`)
})

// 2. Serve and browse.
interface Fetched {
  path: string
  kind: string
  body: number
  headers: number
}
interface ByteRun {
  query: RecallQuery
  files: Fetched[]
  body: number
  headers: number
  bundles: number
  /** What the page said, and what the API gives for the same query. */
  uiCount: number | null
  /** For name queries: expected reports listed on the first page, and after following "more". */
  firstPage: number
  followed: number
}

const server = await serveSite(SITE, { base: BASE, gzip: GZIP })
const searchUrl = new URL('search/', server.url).href
const bundleUrl = new URL('pagefind/pagefind.js', server.url).href
const chosen = await resolveBrowser()
const browser: Browser = await launchBrowser(chosen)
const sizes = async (request: Request): Promise<{ body: number; headers: number }> => {
  const s = await request.sizes()
  return { body: s.responseBodySize, headers: s.responseHeadersSize }
}

/**
 * A fresh context: its own empty cache. Requests are not intercepted (interception would turn
 * Chromium's cache off); the site's CSP keeps it on its own origin, and any other origin is counted.
 */
async function freshContext(): Promise<BrowserContext> {
  const context = await browser.newContext({ locale: 'zh-CN', viewport: { width: 1280, height: 800 } })
  const origin = new URL(server.url).origin
  context.on('request', (request) => {
    if (!/^(data|blob):/u.test(request.url()) && new URL(request.url()).origin !== origin) offOrigin.add(request.url())
  })
  return context
}
/** Requests that left the site's origin (expected none). */
const offOrigin = new Set<string>()

/** Wait until the search page shows a count (or says it found nothing) with the list settled. */
async function settled(page: import('playwright-core').Page): Promise<void> {
  await page.waitForFunction(
    () =>
      /找到|未找到/u.test(document.querySelector('#search-status')?.textContent ?? '') &&
      document.querySelector('#results')?.getAttribute('aria-busy') !== 'true',
    null,
    { timeout: 120_000 },
  )
  await page.waitForLoadState('networkidle')
}

/** Report ids of the result links the page lists. */
const listedIds = (page: import('playwright-core').Page): Promise<string[]> =>
  page
    .$$eval('#results > li h3 a', (links) => links.map((a) => (a as HTMLAnchorElement).pathname))
    .then((paths) => paths.map((p) => reportIdOf(p) ?? p))

async function firstSearch(query: RecallQuery): Promise<ByteRun> {
  const context = await freshContext()
  try {
    const page = await context.newPage()
    const finished: Promise<Fetched>[] = []
    page.on('requestfinished', (request) => {
      const pathname = new URL(request.url()).pathname
      finished.push(sizes(request).then((s) => ({ path: pathname, kind: kindOf(pathname), ...s })))
    })
    await page.goto(searchUrl, { waitUntil: 'load' })
    await page.locator('#q').click()
    // A Chinese reader's input method commits the words at once: one input event, as insertText sends.
    await page.keyboard.insertText(query.text)
    await settled(page)
    const files = await Promise.all(finished)
    const status = (await page.locator('#search-status').textContent()) ?? ''
    // "找到 N 份报告。" then, under it, how: "未找到完整短语，以下为包含全部词语的结果" when the phrase found nothing.
    const counted = /找到 (\d+) 份报告/u.exec(status)
    const uiCount = counted ? Number(counted[1]) : /未找到相关报告/u.test(status) ? 0 : NaN
    const expected = new Set(query.expected)
    const count = (ids: string[]): number => ids.filter((id) => expected.has(id)).length
    const firstPage = count(await listedIds(page))
    // Follow "显示更多结果" as a reader would, until every expected report is listed or the list ends.
    let followed = firstPage
    for (let clicks = 0; followed < expected.size && clicks < 100; clicks++) {
      const more = page.locator('#more-results')
      if (!(await more.isVisible())) break
      const before = await page.locator('#results > li').count()
      await more.click()
      const grew = await page
        .waitForFunction((n) => document.querySelectorAll('#results > li').length > n, before, { timeout: 60_000 })
        .then(() => true)
        .catch(() => false)
      if (!grew) {
        log(`"显示更多结果" did not add results for 「${query.text}」 after ${before}: stopped following`)
        break
      }
      followed = count(await listedIds(page))
    }
    return {
      query,
      files,
      body: files.reduce((n, f) => n + f.body, 0),
      headers: files.reduce((n, f) => n + f.headers, 0),
      bundles: new Set(files.map((f) => bundleOf(f.path)).filter(Boolean)).size,
      uiCount: Number.isNaN(uiCount) ? null : uiCount,
      firstPage,
      followed,
    }
  } finally {
    await context.close()
  }
}

/** Every query through the page's own Pagefind (loaded and merged by the page's first search). */
async function answersOf(list: readonly RecallQuery[]): Promise<SearchAnswer[]> {
  const context = await freshContext()
  try {
    const page = await context.newPage()
    await page.goto(searchUrl, { waitUntil: 'load' })
    await page.locator('#q').click()
    await page.keyboard.insertText(list[0]?.text ?? '报告')
    await settled(page)
    const answers: SearchAnswer[] = []
    const batch = 25
    for (let i = 0; i < list.length; i += batch) {
      const plans = list.slice(i, i + batch).map((q) => planQuery(q.text).steps)
      const raw = await page.evaluate(
        async ({ bundle, plans }) => {
          type Found = { results: Array<{ id: string }> } | null
          const pagefind = (await import(bundle)) as { search(term: string): Promise<Found> }
          const out: Array<{ ids: string[]; mode: 'phrase' | 'words' | null }> = []
          for (const steps of plans) {
            let answer: { ids: string[]; mode: 'phrase' | 'words' | null } = { ids: [], mode: null }
            for (const step of steps) {
              const found = await pagefind.search(step.term)
              if (found && found.results.length > 0) {
                answer = { ids: found.results.map((r) => r.id), mode: step.mode }
                break
              }
            }
            out.push(answer)
          }
          return out
        },
        { bundle: bundleUrl, plans },
      )
      for (const a of raw) {
        answers.push({ mode: a.mode, ids: a.ids.map((id) => reportIdOf(addresses.get(id) ?? '') ?? `?${id}`) })
      }
      if ((i / batch) % 8 === 0) log(`recall: ${Math.min(i + batch, list.length)}/${list.length} queries (${seconds()})`)
    }
    return answers
  } finally {
    await context.close()
  }
}

/**
 * The place-name index's answer to each query, as the page computes it (src/utils/search/
 * name-lookup.ts over the site's files): the named townships' reports when it answers, else null
 * (the page then searches the full text).
 */
async function namesAnswersOf(list: readonly RecallQuery[]): Promise<Array<SearchAnswer | null>> {
  const page = readFileSync(path.join(SITE, 'search', 'index.html'), 'utf8')
  const buckets = Number(/data-name-buckets="(\d+)"/u.exec(page)?.[1] ?? 0)
  if (buckets === 0) return list.map(() => null)
  const load = async <T>(file: string): Promise<T> => JSON.parse(readFileSync(path.join(SITE, file), 'utf8')) as T
  const names = nameLookup(buckets, load)
  return Promise.all(
    list.map(async (q) => {
      const answer = nameAnswer(await names.lookup(planQuery(q.text).text), { filtered: false, full: false })
      if (!answer.answers) return null
      const ids = answer.places
        .filter((p) => p.level === 'township')
        .flatMap((p) => p.reports.map((r) => reportIdOf(`/${r.path}`) ?? r.path))
      return { ids, mode: 'names' as const }
    }),
  )
}

let byteRuns: ByteRun[] = []
let answers: SearchAnswer[] = []
let browserVersion = ''
try {
  browserVersion = browser.version()
  for (const [i, q] of byteQueries.entries()) {
    byteRuns.push(await firstSearch(q))
    log(`first search ${i + 1}/${byteQueries.length}: ${q.text} → ${(byteRuns.at(-1)!.body / 1000).toFixed(1)} kB (${seconds()})`)
  }
  const byNames = await namesAnswersOf(queries)
  log(`place-name index answered ${byNames.filter(Boolean).length}/${queries.length} queries (${seconds()})`)
  const fullText = await answersOf(queries.filter((_, i) => !byNames[i]))
  let next = 0
  answers = byNames.map((a) => a ?? fullText[next++]!)
} finally {
  await browser.close()
  await server.close()
}
const recall = recallOf(queries, answers)
const apiCount = new Map(queries.map((q, i) => [`${q.type}:${q.text}`, answers[i]!.ids.length]))

// 3. The report.
const reports = manifest.files.length
const sharded = folders.length > 1
const goal = reports <= 10_000 ? 150_000 : reports <= 50_000 ? 200_000 : null
const goalText = goal ? `≤ ${goal / 1000} kB (issue 9: ${reports <= 10_000 ? '150 KB at 10k' : '200 KB at 50k'})` : 'none stated'
const kb = (n: number): string => (n / 1000).toFixed(1)
const sortedBodies = byteRuns.map((r) => r.body).sort((a, b) => a - b)
const median = sortedBodies.length ? sortedBodies[Math.floor((sortedBodies.length - 1) / 2)]! : 0
const max = sortedBodies.at(-1) ?? 0
const label =
  flags.get('label') ?? `${reports.toLocaleString('en-US')} reports, ${sharded ? `sharded (${folders.length} bundles)` : 'single build'}`
const verdict = (ok: boolean): string => (ok ? '**met**' : '**missed**')
const byKind = (run: ByteRun): string =>
  [...FILE_KINDS.map(([k]) => k), 'other']
    .map((kind) => {
      const files = run.files.filter((f) => f.kind === kind)
      return files.length ? `${kind} ${kb(files.reduce((n, f) => n + f.body, 0))} (${files.length})` : ''
    })
    .filter(Boolean)
    .join('; ')
const command = `flock /tmp/build.lock npx tsx scripts/search-recall.ts ${args.map((a) => (/[\s,()]/u.test(a) ? `"${a}"` : a)).join(' ')}`
const missLines = (row: TypeRecall): string[] => {
  const shown = row.misses.slice(0, 40).map((m) => {
    const absent = m.missing.map((id) => (builtReports.has(id) ? id : `${id} (no such report page in the site)`))
    return `  - 「${m.query.text}」: ${m.results} results, missing ${absent.join(', ')}`
  })
  return row.misses.length > 40 ? [...shown, `  - … and ${row.misses.length - 40} more`] : shown
}
const allRecall = recall.every((r) => r.recall === 1)
const namesTotal = townships.length
const section = [
  `<!-- run:${label} -->`,
  `## ${label}`,
  '',
  `Measured ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC on ${cpus().length} × ${cpus()[0]?.model ?? 'unknown CPU'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}, Chromium ${browserVersion} (${chosen.source}). The machine is shared with other sessions: bytes do not depend on it, times are not reported.`,
  '',
  `- Command: \`${command}\``,
  `- Site: \`${SITE}\`, base \`${BASE}\`, ${sharded ? `sharded: ${folders.length} Pagefind bundles (\`pagefind/\` and \`pagefind/shards/*\`), merged by the search page` : 'single build: one Pagefind bundle'}; ${builtReports.size.toLocaleString('en-US')} report pages in the index.`,
  `- Corpus: \`${CORPUS}\` (${manifest.generator}, seed ${manifest.seed}, ${reports.toLocaleString('en-US')} reports, ${namesTotal.toLocaleString('en-US')} townships, years ${manifest.years.join('–')}, formats ${manifest.formats.join(', ')}).`,
  `- Requests to other origins during the run: ${offOrigin.size === 0 ? 'none' : [...offOrigin].slice(0, 5).join(', ')}.`,
  `- Served by scripts/lib/search-recall/serve-site.ts ${GZIP ? 'with gzip for text files (HTML, CSS, JS, JSON; Pagefind chunks are gzip already)' : 'without compression'}.`,
  '',
  '### Bytes of a cold first search',
  '',
  `Each query in a fresh browser context (empty cache): open \`search/\`, click the box, enter the query as an input method commits it (one input event, Playwright's insertText; typed key by key, every pause over the page's 250 ms debounce would search a prefix too and fetch more), wait for the count and an idle network; the encoded body bytes of every response since the navigation, summed. ${byteRuns.length} queries, picked by hash across the query types.`,
  '',
  '| query | type | results (page / API) | bytes (kB) | headers (kB) | requests | bundles fetched | expected on first page / after "显示更多结果" |',
  '|---|---|---:|---:|---:|---:|---:|---|',
  ...byteRuns.map(
    (r) =>
      `| ${r.query.text} | ${r.query.type} | ${r.uiCount ?? '?'} / ${apiCount.get(`${r.query.type}:${r.query.text}`) ?? '?'} | ${kb(r.body)} | ${kb(r.headers)} | ${r.files.length} | ${r.bundles} | ${r.firstPage} / ${r.followed} of ${r.query.expected.length} |`,
  ),
  '',
  `- **Median ${kb(median)} kB, max ${kb(max)} kB** (1 kB = 1,000 bytes; headers not included). Goal ${goalText}: ${goal ? `median ${verdict(median <= goal)}, max ${verdict(max <= goal)}` : 'n/a'}.`,
  ...(byteRuns.length
    ? [
        `- Where the bytes of the largest go: ${byKind(byteRuns.find((r) => r.body === max)!)}.`,
        `- Where the bytes of the median go: ${byKind(byteRuns.find((r) => r.body === median)!)}.`,
        `- Largest files of the largest: ${[...byteRuns.find((r) => r.body === max)!.files]
          .sort((a, b) => b.body - a.body)
          .slice(0, 5)
          .map((f) => `\`${f.path}\` ${kb(f.body)}`)
          .join(', ')}.`,
      ]
    : []),
  '',
  '### Recall',
  '',
  `Townships: ${sampledTownships.length === namesTotal ? `all ${namesTotal}` : `${sampledTownships.length} of ${namesTotal.toLocaleString('en-US')}, picked by the hash of their code with seed "${SEED}"`}; each searched by its name (\`township\`) and by county and name written together (\`county-township\`), expecting every one of its reports. Texts: ${sampledReports.length} reports picked the same way, each parsed from its corpus file by the engine: a clause of its paragraphs (\`sentence\`) and its table 二 row phrase (\`table\`, the 行政处罚 row as the snippet writes it), expecting that report. Every query runs as the page runs it: a query naming a township is answered from the place-name index (its reports listed; src/utils/search/name-lookup.ts over the site's files), any other query with the phrase first, all words when the phrase finds nothing, through the page's own Pagefind instance, all results taken (the page itself lists 10 at a time behind "显示更多结果"; that button is followed, up to 100 times, for the queries of the byte count above: last column there).`,
  '',
  '| query type | queries | all expected found | expected reports | found | recall | answered by names / phrase / all words |',
  '|---|---:|---:|---:|---:|---:|---|',
  ...recall.map(
    (r) =>
      `| ${r.type} | ${r.queries} | ${r.complete} | ${r.expected} | ${r.found} | **${(r.recall * 100).toFixed(2)} %** | ${r.names} / ${r.phrase} / ${r.words} |`,
  ),
  '',
  `Goal (issue 9): recall 100 % for township names and phrases — ${verdict(allRecall)}.`,
  '',
  ...recall.flatMap((r) => (r.misses.length ? [`- Misses, ${r.type} (${r.misses.length}):`, ...missLines(r)] : [])),
  ...(recall.some((r) => r.misses.length) ? [''] : []),
  `<!-- /run:${label} -->`,
].join('\n')

const head = [
  '# 检索：首次检索的传输量与查全率（scripts/search-recall.ts）',
  '',
  'Issue 9 asks, at 10,000 and 50,000 reports across shards: the bytes of a cold first search in Chromium (≤ 150 KB at 10k, ≤ 200 KB at 50k) and recall 100 % for township names and phrases, measured by a script against the corpus. One section per site measured; rerunning a label replaces its section.',
  '',
].join('\n')
const previous = existsSync(OUT) ? readFileSync(OUT, 'utf8') : head
const marker = new RegExp(`<!-- run:${label.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')} -->[\\s\\S]*?<!-- /run:[^>]*-->`, 'u')
const text = marker.test(previous) ? previous.replace(marker, () => section) : `${previous.trimEnd()}\n\n${section}\n`
writeFileSync(OUT, text)
log(
  `wrote ${path.relative(ROOT, OUT)} (${seconds()}): bytes median ${kb(median)} kB, max ${kb(max)} kB; recall ${recall.map((r) => `${r.type} ${(r.recall * 100).toFixed(2)}%`).join(', ')}`,
)
