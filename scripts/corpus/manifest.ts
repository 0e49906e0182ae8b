/**
 * The corpus manifest: one entry per file saying what the engine should read from it (place,
 * year, organ, date, templates, the count the text claims) and what was done to it (layout,
 * encoding, label variants, faults injected). Written as `.corpus-manifest.json` inside the
 * corpus folder: a hidden file, which the content walker skips as not a report.
 */
import type { TableFormat } from '../../src/lib/index.ts'
import type { ReportDocument } from './document.ts'
import type { Fault } from './faults.ts'
import { cellKey } from './figures.ts'
import type { CorpusOptions, Layout } from './plan.ts'
import type { RenderedFile } from './render/index.ts'

/** The manifest's file name inside the corpus folder. */
export const manifestName = '.corpus-manifest.json'

/** What the manifest says of one file. */
export interface ManifestEntry {
  /** Relative to the corpus folder, with `/`. */
  path: string
  /** The record id the engine should give it: `<code>-<year>`. */
  id: string
  code: string
  province: string
  prefecture: string | null
  county: string
  township: string
  organ: string
  year: number
  publishedOn: string
  /** Published after 31 January of the next year. */
  late: boolean
  documentNumber: string | null
  /** Template of table 二 and of table 三 (a report may mix them). */
  template: { proactive: TableFormat; requests: TableFormat }
  layout: Layout
  encoding: string | null
  crlf: boolean
  /** Table 三 一、本年新收 总计, and the count the text states (null: none stated). */
  received: number
  claim: number | null
  /** Label and numeral variants the file uses (the engine reads them; fuzzy labels give label-fuzzy infos). */
  variants: string[]
  /** Identities broken on purpose; empty for a clean file. */
  faults: Fault[]
}

/** The whole manifest. */
export interface Manifest {
  generator: string
  seed: string
  count: number
  years: [number, number]
  formats: string[]
  faultShare: number
  files: ManifestEntry[]
}

/** The manifest entry of a rendered report. */
export function manifestEntry(path: string, doc: ReportDocument, file: RenderedFile): ManifestEntry {
  const { place, year, figures, layout, faults } = doc.plan
  return {
    path,
    id: `${place.code}-${year}`,
    code: place.code,
    province: place.province,
    prefecture: place.prefecture,
    county: place.county,
    township: place.township,
    organ: doc.meta.organ,
    year,
    publishedOn: doc.meta.publishedOn,
    late: doc.meta.late,
    documentNumber: doc.meta.documentNumber,
    template: { proactive: figures.proactiveFormat, requests: figures.requestFormat },
    layout,
    encoding: file.encoding,
    crlf: file.crlf,
    received: figures.requests.get(cellKey('本年新收政府信息公开申请数量', '总计'))!.value,
    claim: doc.meta.claim,
    variants: doc.style.variants,
    faults,
  }
}

/** The manifest as JSON text: one line per file, so that it stays readable and diffable. */
export function manifestText(options: CorpusOptions, files: ManifestEntry[]): string {
  const head: Omit<Manifest, 'files'> = {
    generator: 'npm run corpus',
    seed: options.seed,
    count: options.count,
    years: options.years,
    formats: [...options.formats],
    faultShare: options.faultShare,
  }
  const body = files.map((f) => '    ' + JSON.stringify(f)).join(',\n')
  return `${JSON.stringify(head, null, 2).slice(0, -2)},\n  "files": [\n${body}\n  ]\n}\n`
}
