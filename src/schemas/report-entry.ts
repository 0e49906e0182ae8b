/**
 * The zod schema of a `reports` collection entry: where the report's record is kept, not the
 * record itself. Astro bundles its whole data store into the build as one module, whose parse
 * time grows with the square of its size (10,000 full records are 230 MB of string literal);
 * so the records live in files of their own (src/loaders/record-files.ts) and the store stays
 * a few hundred bytes a report. The record is validated with `reportSchema` (./report.ts) when
 * it is written.
 */
import { z } from 'astro/zod'

export const reportEntrySchema = z.object({
  /** A JSON file holding the record, or (national build) a shard summary holding the records of its `reports`. */
  recordFile: z.string(),
  /**
   * True for a shard summary: the entry stands for every report of the shard, so the national
   * store holds one entry a shard, not one a report.
   */
  summary: z.literal(true).optional(),
})

export type ReportEntryData = z.output<typeof reportEntrySchema>
