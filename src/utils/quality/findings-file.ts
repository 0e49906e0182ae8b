/**
 * The findings data files of the quality overview: one per province and year
 * (`/quality/data/<province>/<year>.json`), made where the reports render (whole site or the
 * province's shard), so no file grows past a province's year and the browser fetches only the
 * files a filter needs. Each lists the reports with at least one finding, with their place, and
 * each finding's rule, subject, both sides, difference, reason and source line. Short field
 * names and tuples keep the files small; `readFindingsFile` turns one back into findings (the
 * browser reads them too: nothing here reads build settings). Made by findings-files.ts.
 */

/** A finding in a file: [rule id, subject, left, right, difference, reason, source line]. */
export type FileCheck = [string, string, number | null, number | null, number | null, string | null, number | null]

/** A report in a file: [id, year, township name, prefecture key ('' when none), county key, findings]. */
export type FileReport = [string, number | null, string, string, string, FileCheck[]]

/** One file: a province's findings of one year. */
export interface FindingsFile {
  /** Province key and name. */
  k: string
  n: string
  /** Year key (`yearKey`). */
  y: string
  /** Names of the prefectures and counties the reports are in, by key. */
  names: Record<string, string>
  r: FileReport[]
}

/** One finding with its report and place, as the overview lists it and its CSV has it. */
export interface Finding {
  reportId: string
  year: number | null
  provinceKey: string
  province: string
  prefectureKey: string
  prefecture: string
  countyKey: string
  county: string
  township: string
  ruleId: string
  subject: string
  left: number | null
  right: number | null
  difference: number | null
  reason: string | null
  line: number | null
}

/** The key of a year in file names and URLs: the year, or `na` when unknown. */
export const yearKey = (year: number | null): string => (year === null ? 'na' : String(year))

/** The findings of one file, in its order. */
export function readFindingsFile(file: FindingsFile): Finding[] {
  return file.r.flatMap(([reportId, year, township, prefectureKey, countyKey, checks]) =>
    checks.map(([ruleId, subject, left, right, difference, reason, line]) => ({
      reportId,
      year,
      provinceKey: file.k,
      province: file.n,
      prefectureKey,
      prefecture: prefectureKey ? (file.names[prefectureKey] ?? '') : '',
      countyKey,
      county: file.names[countyKey] ?? '',
      township,
      ruleId,
      subject,
      left,
      right,
      difference,
      reason,
      line,
    })),
  )
}
