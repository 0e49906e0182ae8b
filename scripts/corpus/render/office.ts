/**
 * PDF and old Word (.doc) files, as offices publish them: the report's .docx converted by
 * LibreOffice (`soffice --headless --convert-to`), which makes PDFs with real embedded CJK fonts,
 * tables drawn with ruling lines (or none), rows that run over page breaks, and Word 97 files.
 * LibreOffice is needed only to generate these two formats (Debian: libreoffice-writer-nogui and
 * fonts-noto-cjk); the engine reads the files without it.
 */
import { execFileSync, spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { basename, join } from 'node:path'

/** The formats converted from .docx. */
export type OfficeFormat = 'pdf' | 'doc'

/** A file to convert: the .docx bytes, where its conversion goes, and its publication date (pinned into a PDF). */
export interface OfficeJob {
  docx: Buffer
  target: string
  publishedOn: string
}

/** Files converted by one soffice start (each start costs a few seconds). */
const BATCH = 100

/** Why LibreOffice cannot be used here, or null when `soffice` runs. */
export function officeMissing(): string | null {
  const probe = spawnSync('soffice', ['--version'], { encoding: 'utf8' })
  if (probe.status === 0) return null
  return '生成 PDF 和 .doc 文件需要 LibreOffice（soffice），本机没有：Debian 上 apt-get install libreoffice-writer-nogui fonts-noto-cjk；或从 --formats 中去掉 pdf、doc'
}

/**
 * Convert `jobs` to `format`, in batches, each file written to its target. A PDF's dates and id
 * are pinned to its publication date, so the same corpus gives the same PDF bytes; a .doc keeps
 * the times LibreOffice writes into it (its text and tables are the same every time).
 */
export function convertWithLibreOffice(
  jobs: readonly OfficeJob[],
  format: OfficeFormat,
  progress: (done: number, total: number) => void = () => {},
): void {
  if (jobs.length === 0) return
  const work = mkdtempSync(join(tmpdir(), 'corpus-office-'))
  // A private profile, so a LibreOffice the user has open is not disturbed.
  const profile = `file://${join(work, 'profile')}`
  progress(0, jobs.length)
  try {
    for (let start = 0; start < jobs.length; start += BATCH) {
      const batch = jobs.slice(start, start + BATCH)
      const input = join(work, `in-${start}`)
      const output = join(work, `out-${start}`)
      mkdirSync(input)
      const names = batch.map((job, i) => {
        const name = join(input, `${start + i}.docx`)
        writeFileSync(name, job.docx)
        return name
      })
      soffice(profile, format, names, output)
      const made = new Set(readdirSync(output))
      batch.forEach((job, i) => {
        const name = `${basename(names[i]!, '.docx')}.${format}`
        if (!made.has(name)) throw new Error(`LibreOffice 没有把第 ${start + i + 1} 份报告转换为 ${format}（${job.target}）`)
        const bytes = readFileSync(join(output, name))
        writeFileSync(job.target, format === 'pdf' ? pinPdf(bytes, `${job.publishedOn}T09:00:00`) : bytes)
      })
      rmSync(input, { recursive: true })
      rmSync(output, { recursive: true })
      progress(Math.min(start + BATCH, jobs.length), jobs.length)
    }
  } finally {
    rmSync(work, { recursive: true, force: true })
  }
}

/** Convert `files` to `target` (a format, or format:filter) into `outdir` with LibreOffice, under the profile `profile` (a file:// URL: a private one leaves a running LibreOffice alone). */
export function soffice(profile: string, target: string, files: readonly string[], outdir: string): void {
  mkdirSync(outdir, { recursive: true })
  execFileSync(
    'soffice',
    [`-env:UserInstallation=${profile}`, '--headless', '--norestore', '--convert-to', target, '--outdir', outdir, ...files],
    {
      stdio: 'pipe',
    },
  )
}

/** Overwrite in place (same length, so the xref stays valid) the dates and the /ID LibreOffice writes. */
export function pinPdf(bytes: Buffer, iso: string): Buffer {
  let text = bytes.toString('latin1')
  const d = iso.replace(/[-:]/g, '').replace('T', '').slice(0, 14)
  text = text.replace(/\/(CreationDate|ModDate)\s*\(D:\d{14}/g, (m) => m.slice(0, -14) + d)
  text = text.replace(/\/ID\s*\[\s*<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*\]/g, (m, a: string) => {
    const id = pinnedId(d, a.length)
    return m.replace(/<[0-9A-Fa-f]+>/g, `<${id}>`)
  })
  text = text.replace(/\/DocChecksum\s*\/([0-9A-Fa-f]+)/g, (m, sum: string) => m.slice(0, -sum.length) + pinnedId(`${d}sum`, sum.length))
  return Buffer.from(text, 'latin1')
}

/** A hex id of `length` digits that depends only on `seed`. */
function pinnedId(seed: string, length: number): string {
  let out = ''
  let h = 2166136261
  while (out.length < length) {
    for (const ch of seed + out.length) h = Math.imul(h ^ ch.charCodeAt(0), 16777619) >>> 0
    out += h.toString(16).toUpperCase().padStart(8, '0')
  }
  return out.slice(0, length)
}
