/**
 * /quality/data/<province>/<year>.json: a province's findings of one year, for the findings page's
 * script (src/utils/quality/findings-file.ts). Made where the reports render (whole site or the
 * province's shard); keyed by its content.
 */
import type { APIRoute, GetStaticPaths } from 'astro'
import { cacheKey } from '../../../../data/cache-key.ts'
import { getFindingsFiles } from '../../../../data/quality.ts'
import type { FindingsFile } from '../../../../utils/quality/findings-file.ts'

export const getStaticPaths = (async () =>
  (await getFindingsFiles()).map((file) => ({
    params: { province: file.k, year: file.y },
    props: { file },
    cacheKey: cacheKey(file),
  }))) satisfies GetStaticPaths

export const GET: APIRoute<{ file: FindingsFile }> = ({ props }) =>
  new Response(JSON.stringify(props.file), { headers: { 'Content-Type': 'application/json; charset=utf-8' } })
