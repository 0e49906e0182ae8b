/**
 * The zod schema of a report entry: the engine's public record (see README「数据格式」).
 * The record type is written once, in src/lib/types.ts; this schema validates each record in
 * the loader, and the compiler checks that it describes exactly that type (see the end).
 */
import { z } from 'astro/zod'
import { correctableFields } from '../lib/index.ts'
import type { ReportRecord } from '../lib/types.ts'

/** A positioned diagnostic; severity `error` fails the build. */
export const diagnosticSchema = z.object({
  ruleId: z.string(),
  severity: z.enum(['error', 'warning', 'info']),
  message: z.string(),
  line: z.number().int().nullable(),
  column: z.number().int().nullable(),
  cause: z.object({ path: z.string(), line: z.number().int().nullable() }).optional(),
})

/** One value cell; `value` null means not reported or uncertain; `line` is its source line, `page` its PDF page. */
export const cellSchema = z.object({
  row: z.string(),
  column: z.string(),
  value: z.number().nullable(),
  raw: z.string(),
  unit: z.string().nullable(),
  line: z.number().int(),
  page: z.number().int().optional(),
  uncertain: z.object({ ruleId: z.string(), message: z.string() }).optional(),
  corrected: z.object({ from: z.number().nullable(), reason: z.string() }).optional(),
})

/** Record fields an editor may correct by name. */
const correctableField = z.enum(correctableFields)

/** One correction made in the front matter, with the original reading. */
const correctionSchema = z.object({
  target: z.union([
    z.object({ table: z.enum(['proactive', 'requests', 'appeals']), row: z.string(), column: z.string() }),
    z.object({ field: correctableField }),
  ]),
  from: z.union([z.number(), z.string()]).nullable(),
  to: z.union([z.number(), z.string()]).nullable(),
  reason: z.string(),
  at: z.object({ path: z.string(), line: z.number().int() }),
})

/** Table 二 or 三 with the template it follows. */
const formattedTable = z.object({ format: z.enum(['2019', '2021']), line: z.number().int(), cells: z.array(cellSchema) })

/** A paragraph of report text and its source line. */
const paragraph = z.object({ text: z.string(), line: z.number().int() })

/** Section numbers 1–6. */
const sectionNumber = z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4), z.literal(5), z.literal(6)])

/** One check of the quality card (src/lib/types.ts `QualityCheck`). */
export const qualityCheckSchema = z.object({
  ruleId: z.string(),
  subject: z.string(),
  formula: z.string(),
  status: z.enum(['pass', 'fail', 'unknown']),
  left: z.number().nullable().optional(),
  right: z.number().nullable().optional(),
  difference: z.number().nullable().optional(),
  reason: z.string().optional(),
  line: z.number().int().nullable(),
})

/** The record of one report file. */
export const reportSchema = z.object({
  id: z.string(),
  source: z.object({
    path: z.string(),
    encoding: z.string().nullable(),
    sha256: z.string(),
    reader: z.string().nullable(),
    pages: z.number().int().nullable(),
  }),
  organ: z.object({
    name: z.string().nullable(),
    township: z.string().nullable(),
    county: z.string().nullable(),
    prefecture: z.string().nullable(),
    province: z.string().nullable(),
    code: z.string().nullable(),
  }),
  year: z.number().int().nullable(),
  publishedOn: z.string().nullable(),
  documentNumber: z.string().nullable(),
  sections: z.array(z.object({ number: sectionNumber, title: z.string(), line: z.number().int() })),
  tables: z.object({
    proactive: formattedTable.nullable(),
    requests: formattedTable.nullable(),
    appeals: z.object({ line: z.number().int(), cells: z.array(cellSchema) }).nullable(),
  }),
  narrative: z.object({
    intro: z.array(paragraph),
    sections: z.array(z.object({ number: sectionNumber, paragraphs: z.array(paragraph) })),
  }),
  sourceUrl: z.string().nullable(),
  corrections: z.array(correctionSchema),
  supersedes: z.string().nullable(),
  diagnostics: z.array(diagnosticSchema),
  quality: z.array(qualityCheckSchema),
})

/** True when A and B are the same type. */
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false

/** Fails to compile when the schema and `ReportRecord` drift apart. */
export const schemaDescribesRecord: Same<z.output<typeof reportSchema>, ReportRecord> = true
