/**
 * pdf.js, loaded once on first use. In Node it runs in the main thread: the worker module is
 * imported here and handed to pdf.js (`globalThis.pdfjsWorker`), so no Worker and no DOM are
 * needed and bundlers need not resolve the worker file. Fonts are never turned into web fonts,
 * no code is generated with `eval`, and images are not decoded (only text and ruling lines are read).
 */
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import type { DocumentInitParameters } from 'pdfjs-dist/types/src/display/api'

type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs')

// A plain string keeps type checkers from looking for the worker's (missing) declarations.
const workerModule = 'pdfjs-dist/legacy/build/pdf.worker.mjs'

let loading: Promise<PdfJs> | null = null

/** The pdf.js module, imported on first call and shared afterwards. */
export function pdfjs(): Promise<PdfJs> {
  loading ??= load().catch((error: unknown) => {
    loading = null
    throw error
  })
  return loading
}

/** Import the worker into this thread, then the display layer that talks to it. */
async function load(): Promise<PdfJs> {
  const worker = (await import(/* @vite-ignore */ workerModule)) as { WorkerMessageHandler: unknown }
  const scope = globalThis as { pdfjsWorker?: { WorkerMessageHandler: unknown } }
  scope.pdfjsWorker ??= { WorkerMessageHandler: worker.WorkerMessageHandler }
  return import('pdfjs-dist/legacy/build/pdf.mjs')
}

let assets: string | null = null

/** The folder of the installed pdfjs-dist package (its CMaps and standard font data). */
function packageDir(): string {
  assets ??= dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'))
  return assets
}

/** How every document is opened: safe, quiet and text-only. */
export function loadParameters(data: Uint8Array): DocumentInitParameters {
  const dir = packageDir()
  return {
    data,
    disableFontFace: true,
    isEvalSupported: false,
    useSystemFonts: false,
    verbosity: 0,
    // Fonts without a ToUnicode map but with a predefined CMap (UniGB-UCS2-H …) need the CMap files.
    cMapUrl: join(dir, 'cmaps') + '/',
    cMapPacked: true,
    standardFontDataUrl: join(dir, 'standard_fonts') + '/',
    // Images larger than this many pixels are left out of operator lists: none is needed.
    maxImageSize: 1,
    isOffscreenCanvasSupported: false,
    isImageDecoderSupported: false,
    stopAtErrors: false,
  }
}
