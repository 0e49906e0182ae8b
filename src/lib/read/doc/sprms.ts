/**
 * The paragraph properties the .doc reader needs, from a paragraph's property modifiers (Prls,
 * [MS-DOC] 2.2.5): whether it is in a table and at which depth, whether its mark ends a cell or
 * a row, and for a row end the row's cell edges and merges (sprmTDefTable, 2.9.302): from those
 * edges the table grid is rebuilt, so merged cells take their place as in the .docx. Modifiers too
 * large for their page are in the Data stream (sprmPHugePapx).
 */

/** A table row as sprmTDefTable gives it: cell edges (twips, one more than cells) and covered cells. */
export interface RowDef {
  edges: number[]
  /** True for a cell that is the lower part of a vertical merge or the right part of a legacy horizontal merge. */
  covered: boolean[]
}

/** The properties of one paragraph (defaults: not in a table). */
export interface ParagraphProps {
  inTable: boolean
  /** This mark ends a row of the outermost table (sprmPFTtp). */
  ttp: boolean
  /** Table depth: 0 outside tables, 1 in a table, 2 in a table in a table … */
  itap: number
  /** This paragraph mark ends a cell of a nested table (sprmPFInnerTableCell). */
  innerCell: boolean
  /** This paragraph mark ends a row of a nested table (sprmPFInnerTtp). */
  innerTtp: boolean
  row: RowDef | null
}

const sprmPFInTable = 0x2416
const sprmPFTtp = 0x2417
const sprmPItap = 0x6649
const sprmPDtap = 0x664a
const sprmPFInnerTableCell = 0x244b
const sprmPFInnerTtp = 0x244c
const sprmTDefTable = 0xd608
const sprmPChgTabs = 0xc615
const sprmPHugePapx = 0x6646

/** The size of the operand of `sprm` starting at `at` (spra, with the two variable-length exceptions). */
function operandSize(sprm: number, bytes: Uint8Array, at: number): number {
  const spra = sprm >> 13
  if (spra !== 6) return [1, 1, 2, 4, 2, 2, 0, 3][spra]
  if (sprm === sprmTDefTable) return at + 1 < bytes.length ? (bytes[at] | (bytes[at + 1] << 8)) + 1 : bytes.length
  if (sprm === sprmPChgTabs && bytes[at] === 255) {
    const deleted = bytes[at + 1] ?? 0
    return 1 + 1 + deleted * 4 + 1 + (bytes[at + 2 + deleted * 4] ?? 0) * 3
  }
  return 1 + (bytes[at] ?? 0)
}

/** The row definition of a sprmTDefTable operand at `at`. */
function rowDef(bytes: Uint8Array, at: number, size: number): RowDef | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const cells = bytes[at + 2]
  const edgesAt = at + 3
  const tcAt = edgesAt + 2 * (cells + 1)
  if (cells === undefined || cells === 0 || tcAt > at + size || tcAt > bytes.length) return null
  const edges = Array.from({ length: cells + 1 }, (_, i) => view.getInt16(edgesAt + 2 * i, true))
  const tcs = Math.min(cells, Math.floor((Math.min(at + size, bytes.length) - tcAt) / 20))
  const covered = Array.from({ length: cells }, (_, i) => {
    if (i >= tcs) return false
    const flags = view.getUint16(tcAt + 20 * i, true)
    const mergedLeft = (flags & 0x0002) !== 0
    const mergedUp = (flags & 0x0020) !== 0 && (flags & 0x0040) === 0
    return mergedLeft || mergedUp
  })
  return { edges, covered }
}

/** Call `visit` with each Prl of `grpprl` (sprm, operand offset and size), following sprmPHugePapx into the Data stream. */
function forEachSprm(
  grpprl: Uint8Array,
  data: Uint8Array | null,
  visit: (bytes: Uint8Array, sprm: number, at: number, size: number) => void,
  depth = 0,
): void {
  for (let at = 0; at + 2 <= grpprl.length;) {
    const sprm = grpprl[at] | (grpprl[at + 1] << 8)
    const op = at + 2
    const size = operandSize(sprm, grpprl, op)
    if (sprm === sprmPHugePapx && data && depth === 0 && op + 4 <= grpprl.length) {
      const fc = new DataView(grpprl.buffer, grpprl.byteOffset + op, 4).getUint32(0, true)
      if (fc + 2 <= data.length) forEachSprm(data.subarray(fc + 2, fc + 2 + (data[fc] | (data[fc + 1] << 8))), null, visit, 1)
    } else visit(grpprl, sprm, op, size)
    at = op + size
  }
}

/** Read the properties of one paragraph from its property modifiers (`data`: the Data stream, for huge ones). */
export function paragraphProps(grpprl: Uint8Array, data: Uint8Array | null = null): ParagraphProps {
  const props: ParagraphProps = { inTable: false, ttp: false, itap: 0, innerCell: false, innerTtp: false, row: null }
  let itapSet = false
  forEachSprm(grpprl, data, (bytes, sprm, op, size) => {
    const byte = bytes[op] ?? 0
    const int = op + 4 <= bytes.length ? new DataView(bytes.buffer, bytes.byteOffset + op, 4).getInt32(0, true) : 0
    if (sprm === sprmPFInTable) props.inTable = byte !== 0
    else if (sprm === sprmPFTtp) props.ttp = byte !== 0
    else if (sprm === sprmPFInnerTableCell) props.innerCell = byte !== 0
    else if (sprm === sprmPFInnerTtp) props.innerTtp = byte !== 0
    else if (sprm === sprmTDefTable) props.row = rowDef(bytes, op, size)
    else if (sprm === sprmPItap || sprm === sprmPDtap) {
      props.itap = sprm === sprmPItap ? int : props.itap + int
      itapSet = true
    }
  })
  if (!itapSet && props.inTable) props.itap = 1
  if (props.itap > 0) props.inTable = true
  props.itap = Math.max(0, Math.min(props.itap, 64))
  return props
}
