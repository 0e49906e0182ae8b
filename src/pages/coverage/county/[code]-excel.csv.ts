/**
 * /coverage/county/<code>-excel.csv: one county's matrix for Excel, a row per township and a column
 * per year (src/utils/coverage/coverage-excel-csv.ts). Made where the tidy file is made.
 */
import type { APIRoute, GetStaticPaths } from 'astro'
import { getCountyCoverage, type CountyCoverage } from '../../../data/coverage.ts'
import { cacheKey } from '../../../data/cache-key.ts'
import { countyMatrixExcelCsv } from '../../../utils/coverage/coverage-excel-csv.ts'

export const getStaticPaths = (async () =>
  (await getCountyCoverage()).map((c) => ({
    params: { code: c.group.key },
    props: { ...c },
    cacheKey: cacheKey(c.group, c.matrix),
  }))) satisfies GetStaticPaths

export const GET: APIRoute<CountyCoverage> = ({ props }) =>
  new Response(countyMatrixExcelCsv(props.matrix, props.group), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } })
