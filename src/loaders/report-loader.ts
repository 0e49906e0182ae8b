/**
 * The content loader of the `reports` collection: every file below `content/` is parsed by
 * the engine (src/lib, through `collectReports`, the same path as `npm run check`) into its
 * record. Unchanged files are skipped by digest (file bytes + front matter file beside it +
 * engine fingerprint + place registry), entries of removed files are deleted, and in `astro dev` the watcher re-syncs.
 * Every file with an error is reported at once (file, line, message), then the build fails:
 * no report is ever silently dropped.
 */
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { AstroError } from 'astro/errors'
import type { Loader, LoaderContext } from 'astro/loaders'
import { collectContent, formatDiagnostic, progressLine, registryOf, type ParsedSource } from '../lib/index.ts'
import { reportEntrySchema } from '../schemas/report-entry.ts'
import { readRecordFile, recordFileOf, recordPath, writeRecordFile } from './record-files.ts'
import { buildSummary, keepBuildSummary } from './build-summary.ts'
import { keepPreviewProblems, previewProblems } from './preview-problems.ts'
import { inputHash, recordIndexFile, recordSalt, writeRecordIndex, type RecordIndexEntry } from './record-index.ts'

/** Options: the folder of report files and the folder holding places.yaml. */
export interface ReportLoaderOptions {
  base?: string
  contentDir?: string
}

/** Build the loader. */
export function reportLoader(options: ReportLoaderOptions = {}): Loader {
  const base = options.base ?? 'content'
  const contentDir = options.contentDir ?? 'content'
  return {
    name: 'report-loader',
    schema: reportEntrySchema,
    load: async (context) => {
      await sync(context, base, contentDir)
      context.watcher?.add(resolve(base))
      context.watcher?.on('all', (_event, path) => {
        if (path.startsWith(resolve(contentDir))) void sync(context, base, contentDir).catch((e) => context.logger.error(String(e)))
      })
    },
  }
}

/** Parse what changed, delete what is gone, and fail on errors (all of them listed). */
async function sync(context: LoaderContext, base: string, contentDir: string): Promise<void> {
  const { store, meta, logger, generateDigest } = context
  // Records and source texts live in files of their own (one per parse, named by its digest), not in
  // the data store: the store is bundled whole into the build (src/schemas/report-entry.ts), and a
  // page that shows a text reads only its own.
  const textDir = fileURLToPath(new URL('report-texts/', context.config.cacheDir))
  const recordDir = fileURLToPath(new URL('report-records/', context.config.cacheDir))
  mkdirSync(textDir, { recursive: true })
  mkdirSync(recordDir, { recursive: true })
  const textFile = (digest: string): string => join(textDir, `${digest}.txt`)
  const recordFile = (digest: string): string => recordFileOf(recordDir, digest)
  const registryPath = `${contentDir}/places.yaml`
  const salt = recordSalt(contentDir)
  const { registry, diagnostics: registryProblems } = registryOf(contentDir)
  const digestOf = (path: string, bytes: Uint8Array, sidecar: string): string =>
    generateDigest(`${salt}\0${recordPath(path)}\0${generateDigest(Buffer.from(bytes).toString('base64'))}\0${generateDigest(sidecar)}`)
  /** The stored entry of a file whose bytes, engine and registry are unchanged. */
  const cached = (path: string, bytes: Uint8Array, sidecar: string): ParsedSource | undefined => {
    const rel = recordPath(path)
    const id = meta.get(`id:${rel}`)
    const entry = id ? store.get(id) : undefined
    const digest = digestOf(path, bytes, sidecar)
    if (!entry || entry.digest !== digest || meta.get(`digest:${rel}`) !== digest) return undefined
    if (!existsSync(textFile(digest)) || !existsSync(recordFile(digest))) return undefined
    return { record: readRecordFile(recordFile(digest)), text: '' }
  }
  // Registry warnings (an entry left out) are shown as `npm run check` shows them; only errors fail the build.
  for (const d of registryProblems.filter((d) => d.severity !== 'error')) logger.warn(formatDiagnostic(registryPath, d))
  const { files, skipped } = existsSync(base)
    ? await collectContent([base], { registry, cached, progress: progressLine('解析报告', (line) => logger.info(line)) })
    : { files: [], skipped: [] }
  for (const { path, reason } of skipped) logger.info(`${recordPath(path)}：${reason}，已跳过`)
  for (const file of files) file.record.source.path = recordPath(file.path)
  const problems = [
    ...registryProblems.filter((d) => d.severity === 'error').map((d) => formatDiagnostic(registryPath, d)),
    ...files.flatMap(({ record }) =>
      record.diagnostics.filter((d) => d.severity === 'error').map((d) => formatDiagnostic(record.source.path, d)),
    ),
  ]
  const keep = new Set<string>()
  const index: Record<string, RecordIndexEntry> = {}
  for (const { record, text, path, bytes, sidecar, cached: unchanged, revised } of files) {
    if (record.diagnostics.some((d) => d.severity === 'error')) continue
    const rel = recordPath(path)
    const digest = digestOf(path, bytes, sidecar)
    keep.add(record.id)
    index[rel] = { input: inputHash(bytes, sidecar), record: recordFile(digest), id: record.id }
    meta.set(`id:${rel}`, record.id)
    meta.set(`digest:${rel}`, digest)
    // A cached record is written again only when its checks across years changed (its text has not).
    if (unchanged && !revised) continue
    // The record is checked against its schema once, when written; the store holds where it is.
    writeRecordFile(recordFile(digest), record)
    if (!unchanged) writeFileSync(textFile(digest), text)
    const data = await context.parseData({ id: record.id, data: { recordFile: recordFile(digest) }, filePath: rel })
    // `body` holds where the source text is (src/data/reports.ts reads it for the page that shows it).
    store.set({ id: record.id, data, digest, filePath: rel, body: textFile(digest) })
  }
  for (const id of store.keys()) if (!keep.has(id)) store.delete(id)
  const kept = new Set([...store.values()].flatMap((e) => [e.body, (e.data as { recordFile?: string }).recordFile]))
  for (const dir of [textDir, recordDir])
    for (const name of readdirSync(dir)) if (!kept.has(join(dir, name))) rmSync(join(dir, name), { force: true })
  writeRecordIndex(recordIndexFile(fileURLToPath(context.config.cacheDir)), salt, index)
  const parsed = files.filter((f) => !f.cached).length
  logger.info(`${files.length} 份报告文件：解析 ${parsed} 份，未变化跳过 ${files.length - parsed} 份`)
  // The per-file summary ends the build (src/integrations/build-summary.ts); in dev there is no end, so it is shown now.
  const summary = buildSummary(files.map((f) => f.record))
  if (context.watcher) {
    for (const line of summary) logger.info(line)
    // The preview shows what a build would refuse at the top of every page.
    keepPreviewProblems(
      previewProblems(
        files.map((f) => f.record),
        registryPath,
        registryProblems.filter((d) => d.severity === 'error'),
      ),
    )
  } else keepBuildSummary(summary)
  if (problems.length) {
    for (const line of problems) logger.error(line)
    const failing = [...new Set(problems.map((p) => p.split(/:\d|  /)[0]!))]
    const named = failing.slice(0, 10).join('、') + (failing.length > 10 ? ` 等` : '')
    const message = `${problems.length} 个错误，涉及 ${failing.length} 个文件：${named}（每个错误见上）。网站没有生成，dist/ 中仍是上一次的网站，请不要上传；修正后重新构建，可先运行 npm run check 查看全部问题。`
    if (context.watcher) logger.error(message)
    else {
      // An editor's mistake, not a program fault: the message and the fix, no stack trace.
      const error = new AstroError(message, '先运行 npm run check 查看全部问题，改正后重新构建。')
      error.stack = ''
      throw error
    }
  }
}
