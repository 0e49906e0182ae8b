/**
 * Write a corpus: plan it, build and render each report, write it under
 * DIR/<省>/<县>/<县><乡镇>-<年度>.<ext>, and write the manifest last.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { buildDocument } from './document.ts'
import { manifestEntry, manifestName, manifestText, type Manifest, type ManifestEntry } from './manifest.ts'
import { places, type Place } from './places.ts'
import { planReports, type CorpusOptions, type ReportPlan } from './plan.ts'
import { renderFile, type RenderedFile } from './render/index.ts'
import { convertWithLibreOffice, officeMissing, type OfficeFormat, type OfficeJob } from './render/office.ts'

/** County folders whose name recurs within a province carry the prefecture's name too. */
function folderNames(): (place: Place) => string {
  const seen = new Map<string, Set<string>>()
  for (const p of places()) {
    const key = `${p.province}/${p.county}`
    const codes = seen.get(key) ?? new Set<string>()
    codes.add(p.code.slice(0, 6))
    seen.set(key, codes)
  }
  return (p) => (seen.get(`${p.province}/${p.county}`)!.size > 1 ? `${p.prefecture ?? ''}${p.county}` : p.county)
}

/** The report of `plan`: its path relative to the corpus folder, its bytes and its manifest entry. */
export function reportFile(
  plan: ReportPlan,
  seed: string,
  folder: (p: Place) => string,
): { path: string; file: RenderedFile; entry: ManifestEntry } {
  const doc = buildDocument(plan, seed)
  const file = renderFile(doc, seed)
  const { place, year } = plan
  const name = place.prefix === place.county ? place.county + place.township : place.prefix + place.township
  const path = `${place.province}/${folder(place)}/${name}-${year}.${file.extension}`
  return { path, file, entry: manifestEntry(path, doc, file) }
}

/** Remove the files of an earlier corpus in `dir` (named by its manifest); refuse a folder holding anything else. */
function clearEarlier(dir: string): void {
  if (!existsSync(dir) || readdirSync(dir).length === 0) return
  const manifest = join(dir, manifestName)
  if (!existsSync(manifest)) throw new Error(`${dir} 不是空文件夹，也不是本命令生成的报告集（没有 ${manifestName}）：请换一个文件夹`)
  const earlier = JSON.parse(readFileSync(manifest, 'utf8')) as Manifest
  for (const f of earlier.files) rmSync(join(dir, f.path), { force: true })
  rmSync(manifest)
  // Folders left empty go too.
  const prune = (d: string): boolean => {
    for (const name of readdirSync(d, { withFileTypes: true })) if (name.isDirectory()) prune(join(d, name.name))
    const empty = readdirSync(d).length === 0
    if (empty && d !== dir) rmSync(d, { recursive: true })
    return empty
  }
  prune(dir)
}

/**
 * Generate the corpus into `dir`; `progress` is told after each file written, `converted` after
 * each batch of PDF or .doc files LibreOffice converted. Returns the manifest entries.
 */
export function writeCorpus(
  options: CorpusOptions,
  dir: string,
  progress: (done: number, total: number) => void = () => {},
  converted: (format: OfficeFormat, done: number, total: number) => void = () => {},
): ManifestEntry[] {
  if (options.formats.some((f) => f === 'pdf' || f === 'doc')) {
    const missing = officeMissing()
    if (missing) throw new Error(missing)
  }
  clearEarlier(dir)
  const folder = folderNames()
  const made = new Set<string>()
  const entries: ManifestEntry[] = []
  const office: Record<OfficeFormat, OfficeJob[]> = { pdf: [], doc: [] }
  for (const plan of planReports(options)) {
    const { path, file, entry } = reportFile(plan, options.seed, folder)
    const target = join(dir, path)
    const parent = dirname(target)
    if (!made.has(parent)) mkdirSync(parent, { recursive: true })
    made.add(parent)
    if (file.convertTo) office[file.convertTo].push({ docx: file.bytes, target, publishedOn: entry.publishedOn })
    else writeFileSync(target, file.bytes)
    entries.push(entry)
    progress(entries.length, options.count)
  }
  for (const format of ['pdf', 'doc'] as const)
    convertWithLibreOffice(office[format], format, (done, total) => converted(format, done, total))
  writeFileSync(join(dir, manifestName), manifestText(options, entries))
  return entries
}
