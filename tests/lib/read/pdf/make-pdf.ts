/**
 * Small PDFs written out by hand for the PDF reader's tests: real files that pdf.js reads like
 * any other. Text is set in STSong-Light (not embedded, UniGB-UCS2-H: pdf.js maps it through its
 * CMap files, as for many older Chinese PDFs); rules are stroked lines or thin filled rectangles.
 */

/** One page: its content stream, size (points) and rotation. */
export interface PageSpec {
  ops: string[]
  width?: number
  height?: number
  rotate?: number
}

/** Text at (x, y) (PDF coordinates, y up) in the CJK font. */
export function text(x: number, y: number, s: string, size = 12): string {
  const hex = [...s].map((ch) => ch.codePointAt(0)!.toString(16).padStart(4, '0')).join('')
  return `BT /F1 ${size} Tf ${x} ${y} Td <${hex}> Tj ET`
}

/** A stroked straight line. */
export function line(x0: number, y0: number, x1: number, y1: number): string {
  return `0.5 w ${x0} ${y0} m ${x1} ${y1} l S`
}

/** A filled rectangle (Word draws each cell border as a thin one). */
export function box(x: number, y: number, w: number, h: number): string {
  return `${x} ${y} ${w} ${h} re f`
}

/** The ruling lines of a grid with rows at `ys` and columns at `xs`, every border drawn. */
export function grid(xs: number[], ys: number[]): string[] {
  return [...ys.map((y) => line(xs[0]!, y, xs.at(-1)!, y)), ...xs.map((x) => line(x, ys[0]!, x, ys.at(-1)!))]
}

const FONT =
  '<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light /Encoding /UniGB-UCS2-H /DescendantFonts [<< /Type /Font /Subtype /CIDFontType0 ' +
  '/BaseFont /STSong-Light /CIDSystemInfo << /Registry (Adobe) /Ordering (GB1) /Supplement 4 >> /DW 1000 /W [1 95 500] ' +
  '/FontDescriptor << /Type /FontDescriptor /FontName /STSong-Light /Flags 6 /FontBBox [-25 -254 1000 880] /ItalicAngle 0 ' +
  '/Ascent 880 /Descent -120 /CapHeight 880 /StemV 93 >> >>] >>'

/** Write a PDF with these pages (and a Title, if given) as bytes. */
export function makePdf(pages: PageSpec[], title?: string): Uint8Array {
  const objects: string[] = []
  const add = (body: string): number => objects.push(body)
  add('<< /Type /Catalog /Pages 2 0 R >>')
  add('') // the page tree, once the pages are numbered
  const font = add(FONT)
  const kids: number[] = []
  for (const page of pages) {
    const stream = page.ops.join('\n')
    const contents = add(`<< /Length ${Buffer.byteLength(stream, 'latin1')} >>\nstream\n${stream}\nendstream`)
    const size = `[0 0 ${page.width ?? 595} ${page.height ?? 842}]`
    kids.push(
      add(
        `<< /Type /Page /Parent 2 0 R /MediaBox ${size} /Rotate ${page.rotate ?? 0} /Resources << /Font << /F1 ${font} 0 R >> >> /Contents ${contents} 0 R >>`,
      ),
    )
  }
  objects[1] = `<< /Type /Pages /Kids [${kids.map((k) => `${k} 0 R`).join(' ')}] /Count ${kids.length} >>`
  const info = title ? add(`<< /Title <feff${[...title].map((c) => c.codePointAt(0)!.toString(16).padStart(4, '0')).join('')}> >>`) : null
  let out = '%PDF-1.4\n'
  const offsets: number[] = []
  objects.forEach((body, i) => {
    offsets.push(Buffer.byteLength(out, 'latin1'))
    out += `${i + 1} 0 obj\n${body}\nendobj\n`
  })
  const xref = Buffer.byteLength(out, 'latin1')
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R${info ? ` /Info ${info} 0 R` : ''} >>\nstartxref\n${xref}\n%%EOF\n`
  return new Uint8Array(Buffer.from(out, 'latin1'))
}
