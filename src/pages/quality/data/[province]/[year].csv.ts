/**
 * /quality/data/<province>/<year>.csv: a province's findings of one year as CSV, one row per
 * finding (src/utils/quality/findings-csv.ts), linked from the findings page for readers without
 * JavaScript. Made where the reports render (whole site or the province's shard).
 */
import type { APIRoute, GetStaticPaths } from 'astro'
import { cacheKey } from '../../../../data/cache-key.ts'
import { getFindingsFiles } from '../../../../data/quality.ts'
import { ruleTitles } from '../../../../utils/report/quality-card.ts'
import { findingsCsv } from '../../../../utils/quality/findings-csv.ts'
import { readFindingsFile, type FindingsFile } from '../../../../utils/quality/findings-file.ts'

export const getStaticPaths = (async () =>
  (await getFindingsFiles()).map((file) => ({
    params: { province: file.k, year: file.y },
    props: { file },
    cacheKey: cacheKey(file),
  }))) satisfies GetStaticPaths

export const GET: APIRoute<{ file: FindingsFile }> = ({ props }) =>
  new Response(findingsCsv(readFindingsFile(props.file), ruleTitles), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } })
