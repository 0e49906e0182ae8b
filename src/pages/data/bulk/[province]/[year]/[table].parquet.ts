/** A table of one bulk partition as Parquet: /data/bulk/<province code>/<year>/{cells,reports}.parquet. */
import type { APIRoute, GetStaticPaths } from 'astro'
import { bulkFileParams, bulkFileResponse } from '../../_bulk-files.ts'

export const getStaticPaths = (() => bulkFileParams('parquet')) satisfies GetStaticPaths

export const GET: APIRoute = ({ params }) => bulkFileResponse(params, 'parquet')
