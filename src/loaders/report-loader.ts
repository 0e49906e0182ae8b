/**
 * The content loader of the `reports` collection: every file below `content/reports` is
 * parsed by the engine (src/lib) into its record. Unchanged files are skipped by digest
 * (file bytes + engine fingerprint + place registry), entries of removed files are deleted,
 * and in `astro dev` the watcher re-syncs. Every file with an error is reported at once
 * (file, line, message), then the build fails: no report is ever silently dropped.
 */
import { existsSync, readFileSync } from 'node:fs'
import { relative, resolve } from 'node:path'
import type { Loader, LoaderContext } from 'astro/loaders'
import { duplicateReports } from '../lib/collection/duplicate-report.ts'
import { formatDiagnostic } from '../lib/collection/format-diagnostics.ts'
import { parseFile, registryOf } from '../lib/collection/parse-collection.ts'
import { classifyFiles } from '../lib/collection/report-files.ts'
import { decodeReport } from '../lib/read/decode.ts'
import type { ReportRecord } from '../lib/types.ts'
import { reportSchema } from '../schemas/report.ts'
import { engineFingerprint } from './engine-fingerprint.ts'

/** Options: the folder of report files and the folder holding places.yaml. */
export interface ReportLoaderOptions {
  base?: string
  contentDir?: string
}

/** The source text as lines, for the source page (same line numbering as the engine). */
export function sourceText(path: string): string {
  return decodeReport(readFileSync(path)).text.replace(/\r\n?/g, '\n')
}

/** Build the loader. */
export function reportLoader(options: ReportLoaderOptions = {}): Loader {
  const base = options.base ?? 'content'
  const contentDir = options.contentDir ?? 'content'
  return {
    name: 'report-loader',
    schema: reportSchema,
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
  const registryPath = `${contentDir}/places.yaml`
  const salt = engineFingerprint() + (existsSync(registryPath) ? generateDigest(readFileSync(registryPath, 'utf8')) : '')
  const { registry, diagnostics: registryProblems } = registryOf(contentDir)
  const { reports, unsupported } = existsSync(base) ? classifyFiles(base) : { reports: [], unsupported: [] }
  const records: { record: ReportRecord; digest: string; path: string; cached: boolean }[] = []
  for (const path of [...reports, ...unsupported]) {
    const rel = relative(process.cwd(), resolve(path))
    const bytes = readFileSync(path)
    const digest = generateDigest(`${salt}\0${rel}\0${generateDigest(bytes.toString('base64'))}`)
    const previousId = meta.get(`id:${rel}`)
    const previous = previousId ? store.get(previousId) : undefined
    if (previous && previous.digest === digest && meta.get(`digest:${rel}`) === digest) {
      records.push({ record: structuredClone(previous.data as unknown as ReportRecord), digest, path: rel, cached: true })
      continue
    }
    const record = parseFile(path, registry)
    if (unsupported.includes(path)) record.diagnostics = [{ ruleId: 'unsupported-file', severity: 'error', message: '不支持的文件类型：请把报告保存为 .txt、.md 或 .html 文件（PDF 和 Word 需先转换为文本）', line: null, column: null }]
    record.source.path = rel
    records.push({ record, digest, path: rel, cached: false })
  }
  duplicateReports(records.map((r) => r.record))
  const problems = [...registryProblems.map((d) => formatDiagnostic(registryPath, d)), ...records.flatMap(({ record }) => record.diagnostics.filter((d) => d.severity === 'error').map((d) => formatDiagnostic(record.source.path, d)))]
  const keep = new Set<string>()
  for (const { record, digest, path, cached } of records) {
    if (record.diagnostics.some((d) => d.severity === 'error')) continue
    keep.add(record.id)
    meta.set(`id:${path}`, record.id)
    meta.set(`digest:${path}`, digest)
    if (cached) continue
    const data = await context.parseData({ id: record.id, data: record as unknown as Record<string, unknown>, filePath: path })
    store.set({ id: record.id, data, digest, filePath: path, body: sourceText(path) })
  }
  for (const id of store.keys()) if (!keep.has(id)) store.delete(id)
  const parsed = records.filter((r) => !r.cached).length
  logger.info(`${records.length} 份报告文件：解析 ${parsed} 份，未变化跳过 ${records.length - parsed} 份`)
  if (problems.length) {
    for (const line of problems) logger.error(line)
    const message = `${problems.length} 个错误，涉及 ${new Set(problems.map((p) => p.split(':')[0])).size} 个文件（见上）：请修正后重新构建。可先运行 npm run check 查看全部问题。`
    if (context.watcher) logger.error(message)
    else throw new Error(message + '\n' + problems.join('\n'))
  }
}
