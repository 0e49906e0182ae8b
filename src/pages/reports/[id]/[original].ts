/** A report's original file as the editor dropped it (PDF, Word, web page or text): /reports/<id>/original.<ext>. */
import { readFileSync } from 'node:fs'
import { extname } from 'node:path'
import type { APIRoute, GetStaticPaths } from 'astro'
import { getReportPages } from '../../../data/reports.ts'
import { cacheKey } from '../../../data/cache-key.ts'
import type { ReportRecord } from '../../../lib/types.ts'
import { originalExtension } from '../../../utils/paths.ts'

export const getStaticPaths = (async () =>
  (await getReportPages()).map(({ record }) => ({
    params: { id: record.id, original: `original${originalExtension(record)}` },
    props: { record },
    // The record holds the original's SHA-256.
    cacheKey: cacheKey(record),
  }))) satisfies GetStaticPaths

/** Served types: browsers open PDFs in place; everything else downloads. */
const types: Record<string, string> = {
  '.pdf': 'application/pdf',
  '.docx': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  '.doc': 'application/msword',
  '.txt': 'text/plain; charset=utf-8',
}

export const GET: APIRoute<{ record: ReportRecord }> = ({ props }) =>
  new Response(readFileSync(props.record.source.path), {
    // By the last ending: a web page's original is published as text (`.html.txt`).
    headers: { 'Content-Type': types[extname(originalExtension(props.record))] ?? 'application/octet-stream' },
  })
