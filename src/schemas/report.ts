/**
 * The zod schema of a report entry: the engine's public record (see README「数据格式」).
 * Every field mirrors `src/lib/types.ts`; the loader validates each record against it.
 */
import { z } from 'astro/zod'

/** A positioned diagnostic; severity `error` fails the build. */
export const diagnosticSchema = z.object({
  ruleId: z.string(),
  severity: z.enum(['error', 'warning', 'info']),
  message: z.string(),
  line: z.number().int().nullable(),
  column: z.number().int().nullable(),
})

/** One value cell; `value` null means not reported or uncertain; `line` is its source line. */
export const cellSchema = z.object({
  row: z.string(),
  column: z.string(),
  value: z.number().nullable(),
  raw: z.string(),
  unit: z.string().nullable(),
  line: z.number().int(),
})

/** Table 二 or 三 with the template it follows. */
const formattedTable = z.object({ format: z.enum(['2019', '2021']), line: z.number().int(), cells: z.array(cellSchema) })

/** The record of one report file. */
export const reportSchema = z.object({
  id: z.string(),
  source: z.object({ path: z.string(), encoding: z.string().nullable(), sha256: z.string() }),
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
  sections: z.array(z.object({ number: z.number().int().min(1).max(6), title: z.string(), line: z.number().int() })),
  tables: z.object({
    proactive: formattedTable.nullable(),
    requests: formattedTable.nullable(),
    appeals: z.object({ line: z.number().int(), cells: z.array(cellSchema) }).nullable(),
  }),
  diagnostics: z.array(diagnosticSchema),
})
