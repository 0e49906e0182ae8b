/**
 * pdf.js path buffers → subpaths as lists of points placed on the page. pdf.js hands each
 * path as one flat array of DrawOPS codes and coordinates, in the user space of the moment;
 * curves are kept only as their end points (a curved subpath is never a rule).
 */

/** One subpath: its points (x, y, x, y, …) under the matrix, and whether it was closed or curved. */
export interface Subpath {
  pts: number[]
  closed: boolean
  curved: boolean
}

/** The subpaths of a pdf.js path buffer (DrawOPS: 0 moveTo, 1 lineTo, 2 curveTo, 3 quadraticCurveTo, 4 closePath) under the matrix `m`. */
export function subpaths(data: ArrayLike<number>, m: readonly number[]): Subpath[] {
  const paths: Subpath[] = []
  let cur: Subpath | null = null
  const at = (x: number, y: number): void => void cur!.pts.push(m[0]! * x + m[2]! * y + m[4]!, m[1]! * x + m[3]! * y + m[5]!)
  for (let k = 0; k < data.length;) {
    const op = data[k++]
    const n = op === 0 || op === 1 ? 2 : op === 2 ? 6 : op === 3 ? 4 : op === 4 ? 0 : -1
    if (n < 0) break
    if (op === 0) paths.push((cur = { pts: [], closed: false, curved: false }))
    if (cur && n > 0) at(data[k + n - 2]!, data[k + n - 1]!)
    if (cur && (op === 2 || op === 3)) cur.curved = true
    if (cur && op === 4) cur.closed = true
    k += n
  }
  return paths
}
