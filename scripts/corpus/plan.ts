/**
 * The plan of a corpus: which townships (whole counties at a time, as a county portal publishes
 * them), which consecutive years, which template, layout and faults for each report, and its
 * figures. Everything follows from the options and the seed.
 */
import { faultApplies, faultRules, injectFault, type Fault, type FaultRule } from './faults.ts'
import { townshipState, yearFigures, type Figures } from './figures.ts'
import { places, placesByCounty, type Place } from './places.ts'
import { Random } from './random.ts'

/** The file types the generator writes. */
export const fileFormats = ['txt', 'md', 'html', 'docx', 'pdf', 'doc'] as const
export type FileFormat = (typeof fileFormats)[number]

/** The formats written when none are named: PDF and .doc need LibreOffice and take ~0.4 s a file, so they are asked for. */
export const defaultFormats: readonly FileFormat[] = ['txt', 'md', 'html', 'docx']

/** How a report's file is laid out, and the file type of each layout. */
export const layouts = {
  tab: 'txt',
  'cell-per-line': 'txt',
  pipe: 'txt',
  pdftotext: 'txt',
  markdown: 'md',
  'html-cms': 'html',
  'html-trs': 'html',
  'html-word': 'html',
  docx: 'docx',
  /** The .docx converted by LibreOffice: tables with ruling lines, or (`pdf-plain`) without. */
  pdf: 'pdf',
  'pdf-plain': 'pdf',
  doc: 'doc',
} as const satisfies Record<string, FileFormat>
export type Layout = keyof typeof layouts

/**
 * How many reports of a deck use each layout (dealt from a shuffled deck of the layouts of the
 * formats asked for, so each occurs in every deck): 20 cards for the default formats, 25 with PDF and .doc.
 */
const deck: Record<Layout, number> = {
  tab: 4,
  'cell-per-line': 2,
  pipe: 2,
  pdftotext: 3,
  markdown: 1,
  'html-cms': 3,
  'html-trs': 1,
  'html-word': 1,
  docx: 3,
  pdf: 3,
  'pdf-plain': 1,
  doc: 1,
}

/** What to generate. */
export interface CorpusOptions {
  count: number
  seed: string
  /** First and last report year. */
  years: [number, number]
  formats: readonly FileFormat[]
  /** Share of reports that break one identity on purpose (0 … 1). */
  faultShare: number
}

/** One report to write. */
export interface ReportPlan {
  index: number
  place: Place
  year: number
  layout: Layout
  figures: Figures
  faults: Fault[]
  /** The count of received requests the text states when it differs from table 三 (a fault). */
  claimOverride: number | null
}

/** Consecutive years for one township: 3–6 (fewer when the range is shorter), anywhere in the range. */
function yearRun(random: Random, [first, last]: [number, number]): number[] {
  const span = last - first + 1
  const length = Math.min(span, random.int(3, 6))
  const start = first + random.int(0, span - length)
  return Array.from({ length }, (_, i) => start + i)
}

/** Counties in a random order, weighted by their number of townships (bigger counties publish more reports). */
function countyOrder(random: Random): Place[][] {
  const counties = [...placesByCounty().values()]
  const keyed = counties.map((list) => ({ list, key: Math.log(random.next()) / list.length }))
  return keyed.sort((a, b) => b.key - a.key).map((k) => k.list)
}

/**
 * The township-years of the corpus, exactly `count` of them: whole counties at a time (half to all of
 * each county's townships, 3–6 years each); a corpus larger than that takes every township of the
 * country, then every year of the range.
 */
function townshipYears(options: CorpusOptions): { place: Place; years: number[] }[] {
  const random = new Random(options.seed, 'counties')
  const [first, last] = options.years
  const counties = countyOrder(random).map((county) => random.shuffle(county))
  const shares = counties.map((county) => Math.max(1, Math.round(county.length * (0.5 + random.next() * 0.5))))
  const out: { place: Place; years: number[] }[] = []
  let total = 0
  const add = (place: Place) => {
    const years = yearRun(new Random(options.seed, 'years', place.code), options.years).slice(0, options.count - total)
    out.push({ place, years })
    total += years.length
  }
  counties.forEach((county, i) => county.slice(0, shares[i]).forEach((place) => total < options.count && add(place)))
  counties.forEach((county, i) => county.slice(shares[i]).forEach((place) => total < options.count && add(place)))
  // Past every township: longer runs, up to the whole range.
  for (const run of out) {
    while (total < options.count && run.years[0]! > first) (run.years.unshift(run.years[0]! - 1), total++)
    while (total < options.count && run.years[run.years.length - 1]! < last) (run.years.push(run.years[run.years.length - 1]! + 1), total++)
  }
  if (total < options.count) throw new Error(`最多能生成 ${total} 份报告（${places().length} 个乡镇 × ${last - first + 1} 个年度）`)
  return out
}

/** The year a township moved to the 2021 template (some kept the 2019 tables for a year or two). */
function switchYear(random: Random): number {
  return Number(random.weighted({ '2021': 75, '2022': 18, '2023': 7 }))
}

/** The reports of the corpus one at a time, in township order, years ascending (so that a large corpus needs little memory). */
export function* planReports(options: CorpusOptions): Generator<ReportPlan> {
  const cards = (Object.entries(deck) as [Layout, number][]).flatMap(([layout, n]) =>
    options.formats.includes(layouts[layout]) ? Array<Layout>(n).fill(layout) : [],
  )
  if (cards.length === 0) throw new Error(`no layout writes the formats ${options.formats.join(',')}`)
  const dealer = new Random(options.seed, 'layouts')
  let hand: Layout[] = []
  // Faults: an exact share of the reports, chosen up front; the rules dealt in turn as those reports come.
  const faulty = new Random(options.seed, 'faults')
  const indices = Array.from({ length: options.count }, (_, i) => i)
  const broken = new Set(faulty.sample(indices, Math.round(options.count * options.faultShare)))
  let rules: FaultRule[] = []
  let index = 0
  for (const { place, years } of townshipYears(options)) {
    const random = new Random(options.seed, 'township', place.code)
    const state = townshipState(random)
    const moved = switchYear(random)
    for (const year of years) {
      const template = year >= moved ? '2021' : '2019'
      // A report in transition: the 2021 table 三 with the 2019 table 二.
      const mixed = template === '2019' && year >= 2021 && random.chance(0.2)
      const figures = yearFigures(random, state, template, mixed ? '2021' : template)
      if (hand.length === 0) hand = dealer.shuffle(cards)
      const plan: ReportPlan = { index, place, year, layout: hand.pop()!, figures, faults: [], claimOverride: null }
      if (broken.has(index)) {
        if (rules.length === 0) rules = faulty.shuffle(faultRules)
        const at = rules.findIndex((rule) => faultApplies(rule, figures))
        const rule = at < 0 ? faulty.pick(faultRules.filter((r) => faultApplies(r, figures))) : rules.splice(at, 1)[0]!
        const { fault, claim } = injectFault(rule, figures, faulty)
        plan.faults.push(fault)
        plan.claimOverride = claim
      }
      index++
      yield plan
    }
  }
}

/** Every report of the corpus (for tests and small corpora). */
export function planCorpus(options: CorpusOptions): ReportPlan[] {
  return [...planReports(options)]
}
