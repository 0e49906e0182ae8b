/** A table of one bulk partition as gzip CSV: /data/bulk/<province code>/<year>/{cells,reports}.csv.gz. */
import type { APIRoute, GetStaticPaths } from 'astro'
import { bulkFileParams, bulkFileResponse } from '../../_bulk-files.ts'

export const getStaticPaths = (() => bulkFileParams('csv.gz')) satisfies GetStaticPaths

export const GET: APIRoute = ({ params }) => bulkFileResponse(params, 'csv.gz')
