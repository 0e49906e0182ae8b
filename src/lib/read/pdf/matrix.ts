/** Affine matrices as PDF writes them, [a b c d e f]: x' = a·x + c·y + e, y' = b·x + d·y + f. */

/** Product of two affine matrices [a b c d e f]: first `m`, then `t`. */
export function multiply(t: readonly number[], m: readonly number[]): number[] {
  return [
    t[0]! * m[0]! + t[2]! * m[1]!,
    t[1]! * m[0]! + t[3]! * m[1]!,
    t[0]! * m[2]! + t[2]! * m[3]!,
    t[1]! * m[2]! + t[3]! * m[3]!,
    t[0]! * m[4]! + t[2]! * m[5]! + t[4]!,
    t[1]! * m[4]! + t[3]! * m[5]! + t[5]!,
  ]
}
