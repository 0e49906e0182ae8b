/** Small hand-made records for the site tests: only what a test needs is filled in. */
import type { Cell, Diagnostic, OrganRecord, QualityCheck, ReportRecord, TableFormat } from '../../../../src/lib/types.ts'

/** What a test can say about a record. */
export interface RecordSpec {
  id?: string
  year?: number | null
  publishedOn?: string | null
  organ?: Partial<OrganRecord>
  /** Table 二: its format and cells as [row, column, value, line?, unit?]. */
  proactive?: { format: TableFormat; cells: CellSpec[] } | null
  requests?: { format: TableFormat; cells: CellSpec[] } | null
  appeals?: { cells: CellSpec[] } | null
  diagnostics?: Partial<Diagnostic>[]
  quality?: QualityCheck[]
}

/** [row, column, value, line, unit]. */
export type CellSpec = [string, string, number | null, number?, string?]

/** Make one cell. */
function cell([row, column, value, line = 1, unit]: CellSpec): Cell {
  return { row, column, value, raw: value === null ? '' : String(value), unit: unit ?? null, line }
}

/** Make a record; the organ defaults to 中宁县徐套乡 (code 640521205000), the year to 2021. */
export function record(spec: RecordSpec = {}): ReportRecord {
  const organ: OrganRecord = {
    name: '中宁县徐套乡人民政府',
    township: '徐套乡',
    county: '中宁县',
    prefecture: '中卫市',
    province: '宁夏回族自治区',
    code: '640521205000',
    ...spec.organ,
  }
  const year = spec.year === undefined ? 2021 : spec.year
  return {
    id: spec.id ?? `${organ.code ?? 'x'}-${year ?? 'unknown'}`,
    source: { path: `content/reports/${spec.id ?? 'r'}.txt`, encoding: 'utf-8', sha256: '0'.repeat(64), reader: 'text', pages: null },
    organ,
    year,
    publishedOn: spec.publishedOn ?? null,
    documentNumber: null,
    sections: [],
    tables: {
      proactive: spec.proactive ? { format: spec.proactive.format, line: 1, cells: spec.proactive.cells.map(cell) } : null,
      requests: spec.requests ? { format: spec.requests.format, line: 1, cells: spec.requests.cells.map(cell) } : null,
      appeals: spec.appeals ? { line: 1, cells: spec.appeals.cells.map(cell) } : null,
    },
    narrative: { intro: [], sections: [] },
    sourceUrl: null,
    corrections: [],
    supersedes: null,
    diagnostics: (spec.diagnostics ?? []).map((d) => ({ ruleId: 'x', severity: 'warning', message: '', line: null, column: null, ...d })),
    quality: spec.quality ?? [],
  }
}

/** The five sample townships' organs (as the engine resolves them). */
export const organs = {
  halazhigou: {
    name: '哈拉直沟乡人民政府',
    township: '哈拉直沟乡',
    county: '互助土族自治县',
    prefecture: '海东市',
    province: '青海省',
    code: '630223204000',
  },
  fengshan: {
    name: '东乡族自治县凤山乡人民政府',
    township: '凤山乡',
    county: '东乡族自治县',
    prefecture: '临夏回族自治州',
    province: '甘肃省',
    code: '622926214000',
  },
  duizhen: { name: '兑镇镇人民政府', township: '兑镇镇', county: '孝义市', prefecture: '吕梁市', province: '山西省', code: '141181100000' },
  jiergelete: {
    name: '吉尔格勒特郭楞蒙古民族乡',
    township: '吉尔格勒特郭楞蒙古民族乡',
    county: '乌苏市',
    prefecture: '塔城地区',
    province: '新疆维吾尔自治区',
    code: '654202205000',
  },
  xutao: {
    name: '中宁县徐套乡人民政府',
    township: '徐套乡',
    county: '中宁县',
    prefecture: '中卫市',
    province: '宁夏回族自治区',
    code: '640521205000',
  },
} satisfies Record<string, OrganRecord>
