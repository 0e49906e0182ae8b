/**
 * In `npm run dev`, the files that a build would refuse, kept for the pages: the loader fills it on
 * every sync, the layout shows it at the top of every page (src/components/PreviewProblems.astro),
 * so an editor previewing sees a failing file in the browser, not only in the terminal.
 * Kept on `globalThis`: the loader and the dev server's page modules are separate module instances
 * in the same process.
 */
import { formatDiagnostic, formatReading, type Diagnostic, type ReportRecord } from '../lib/index.ts'

const slot = Symbol.for('gov-disclosure-portal.preview-problems')

/** One file a build would refuse, as the preview shows it. */
export interface PreviewProblem {
  path: string
  /** How it was read and what was understood (the `npm run check` line). */
  reading: string | null
  /** Its errors, compiler-style, in source order. */
  errors: string[]
}

type Holder = { [slot]?: PreviewProblem[] }

/** The preview's view of what would fail: files with errors, and place-registry errors. */
export function previewProblems(
  records: readonly ReportRecord[],
  registryPath: string,
  registryErrors: readonly Diagnostic[],
): PreviewProblem[] {
  const failing = records
    .filter((r) => r.diagnostics.some((d) => d.severity === 'error'))
    .map((r) => ({
      path: r.source.path,
      reading: formatReading(r),
      errors: r.diagnostics.filter((d) => d.severity === 'error').map((d) => formatDiagnostic(r.source.path, d)),
    }))
  const registry = registryErrors.length
    ? [{ path: registryPath, reading: null, errors: registryErrors.map((d) => formatDiagnostic(registryPath, d)) }]
    : []
  return [...registry, ...failing]
}

/** Keep the problems of the latest sync. */
export function keepPreviewProblems(problems: PreviewProblem[]): void {
  ;(globalThis as Holder)[slot] = problems
}

/** The problems of the latest sync (empty outside `npm run dev`). */
export function keptPreviewProblems(): PreviewProblem[] {
  return (globalThis as Holder)[slot] ?? []
}
