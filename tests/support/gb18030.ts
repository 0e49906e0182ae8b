/** A GB18030 encoder for test fixtures (Node has a GB18030 decoder but no encoder). */

/** Build a char → 2-byte GB18030 map by decoding the whole 2-byte range. */
function gbTable(): Map<string, number[]> {
  const map = new Map<string, number[]>()
  const dec = new TextDecoder('gb18030')
  for (let hi = 0x81; hi <= 0xfe; hi++) {
    for (let lo = 0x40; lo <= 0xfe; lo++) {
      if (lo === 0x7f) continue
      const ch = dec.decode(new Uint8Array([hi, lo]))
      if (ch.length === 1 && ch !== '\ufffd' && !map.has(ch)) map.set(ch, [hi, lo])
    }
  }
  return map
}

/** Encode text as GB18030 (ASCII plus the 2-byte GBK range, enough for the snippet). */
export function gb18030(text: string): Uint8Array {
  const table = gbTable()
  const bytes: number[] = []
  for (const ch of text) {
    const c = ch.codePointAt(0)!
    if (c < 0x80) bytes.push(c)
    else if (table.has(ch)) bytes.push(...table.get(ch)!)
    else throw new Error(`no 2-byte GB18030 code for ${ch}`)
  }
  return Uint8Array.from(bytes)
}
