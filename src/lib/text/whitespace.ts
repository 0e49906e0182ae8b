/** Whitespace as the regular expression `\s` reads it, one UTF-16 code unit at a time (no string per character). */

/** Whether code unit `c` is whitespace to `\s`: tab to carriage return, space, no-break space, the Unicode spaces and line separators, BOM. */
export function isSpaceCode(c: number): boolean {
  return (
    c === 0x20 ||
    (c >= 0x09 && c <= 0x0d) ||
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  )
}
